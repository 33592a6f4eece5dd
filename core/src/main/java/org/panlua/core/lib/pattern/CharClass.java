package org.panlua.core.lib.pattern;

/**
 * The character classes of patterns ({@code %a}, {@code %d}, ... and their upper-case
 * complements), with the meaning the C locale gives them: only bytes below 0x80 belong to a
 * class. Two tables replace the {@code <ctype.h>} calls: the classes each byte belongs to, and
 * for each class letter the class it names and whether it is the complement.
 */
final class CharClass {
    private static final int ALPHA = 1;
    private static final int CNTRL = 1 << 1;
    private static final int DIGIT = 1 << 2;
    private static final int GRAPH = 1 << 3;
    private static final int LOWER = 1 << 4;
    private static final int PUNCT = 1 << 5;
    private static final int SPACE = 1 << 6;
    private static final int UPPER = 1 << 7;
    private static final int XDIGIT = 1 << 8;
    /** The deprecated {@code %z}: the byte 0. */
    private static final int ZERO = 1 << 9;
    /** Set in a class letter's entry when the letter is upper case (the complement). */
    private static final int NEGATE = 1 << 30;

    /** For each byte, the classes it belongs to. */
    private static final int[] MEMBERSHIP = new int[256];
    /** For each byte used as a class letter, its classes (0: not a class letter). */
    private static final int[] CLASS_OF_LETTER = new int[256];

    static {
        for (int c = 0; c < 128; c++) {
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            boolean graph = c > 32 && c < 127;
            int m = 0;
            if (upper || lower) m |= ALPHA;
            if (c < 32 || c == 127) m |= CNTRL;
            if (digit) m |= DIGIT;
            if (graph) m |= GRAPH;
            if (lower) m |= LOWER;
            if (graph && !upper && !lower && !digit) m |= PUNCT;
            if (c == ' ' || (c >= 9 && c <= 13)) m |= SPACE;
            if (upper) m |= UPPER;
            if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) m |= XDIGIT;
            if (c == 0) m |= ZERO;
            MEMBERSHIP[c] = m;
        }
        letter('a', ALPHA);
        letter('c', CNTRL);
        letter('d', DIGIT);
        letter('g', GRAPH);
        letter('l', LOWER);
        letter('p', PUNCT);
        letter('s', SPACE);
        letter('u', UPPER);
        letter('w', ALPHA | DIGIT);
        letter('x', XDIGIT);
        letter('z', ZERO);
    }

    private static void letter(char lower, int classes) {
        CLASS_OF_LETTER[lower] = classes;
        CLASS_OF_LETTER[lower - 'a' + 'A'] = classes | NEGATE;
    }

    private CharClass() {}

    /**
     * Whether byte {@code c} matches {@code %cl}: the class when {@code cl} is a class letter,
     * otherwise {@code cl} itself taken literally ({@code %.} is a dot).
     */
    static boolean matches(int c, int cl) {
        int classes = CLASS_OF_LETTER[cl];
        if (classes == 0) return cl == c;
        return ((MEMBERSHIP[c] & classes) != 0) != ((classes & NEGATE) != 0);
    }

    /** For each class letter, which bytes {@code %letter} matches (null: not a class letter). */
    private static final boolean[][] TABLES = new boolean[256][];

    static {
        for (int cl = 0; cl < 256; cl++) {
            if (CLASS_OF_LETTER[cl] == 0) continue;
            boolean[] t = new boolean[256];
            for (int c = 0; c < 256; c++) t[c] = matches(c, cl);
            TABLES[cl] = t;
        }
    }

    /**
     * The bytes {@code %cl} matches, indexed by unsigned byte, for a class letter {@code cl};
     * shared, never to be written.
     */
    static boolean[] table(int cl) {
        return TABLES[cl];
    }

    /** Whether {@code %cl} names a class (rather than escaping a literal byte). */
    static boolean isClassLetter(int cl) {
        return CLASS_OF_LETTER[cl] != 0;
    }
}
