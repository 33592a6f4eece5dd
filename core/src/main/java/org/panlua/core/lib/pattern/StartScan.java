package org.panlua.core.lib.pattern;

/**
 * Skips the subject positions where a pattern cannot start to match, so that the searches of
 * {@code find}, {@code match}, {@code gmatch} and {@code gsub} try the matcher only where its
 * first item matches. This pays when the pattern opens with a byte that must be present: a
 * literal byte is found eight bytes at a time, a class or set is tested with a tight loop.
 *
 * <p>The first item is examined on the first call, right before the first attempt, because
 * examining it can raise the malformed-pattern error that attempt would raise anyway; a
 * search that attempts nothing (for instance {@code gsub} with {@code n = 0}) raises nothing.
 */
final class StartScan {
    /** Not examined yet. */
    private static final int UNKNOWN = 0;
    /** Any position may match. */
    private static final int ANY = 1;
    /** The first subject byte must be {@link #literal}. */
    private static final int LITERAL = 2;
    /** The first subject byte must match the item {@code [itemStart, itemEnd)}. */
    private static final int ITEM = 3;
    /** The first subject byte must be one {@link #table} holds. */
    private static final int TABLE = 4;
    /** Subject length from which a set is worth turning into a table of its 256 bytes. */
    private static final int SET_TABLE_MIN = 512;

    private final PatternMatcher m;
    private int kind = UNKNOWN;
    private int literal;
    private int itemStart;
    private int itemEnd;
    private boolean[] table;
    /**
     * The last few sets turned into tables, and the tables: a loop of searches over a few sets
     * (a parser skipping blanks, then scanning a string) builds each table once.
     */
    private final byte[][] cachedSets = new byte[4][];
    private final boolean[][] cachedSetTables = new boolean[4][];
    private int nextCacheSlot;

    StartScan(PatternMatcher m) {
        this.m = m;
    }

    void forget() {
        kind = UNKNOWN;
    }

    /** The first position from {@code from} where an attempt may succeed (at most the end). */
    int next(int from) {
        if (kind == UNKNOWN) kind = examine();
        int end = m.subjectLength();
        switch (kind) {
            case TABLE: {
                byte[] src = m.subject();
                boolean[] t = table;
                int s = from;
                while (s < end && !t[src[s] & 0xFF]) s++;
                return s;
            }
            case LITERAL: {
                int k = ByteSearch.indexOf(m.subject(), from, end, literal);
                return k < 0 ? end : k;
            }
            case ITEM: {
                byte[] src = m.subject();
                byte[] pattern = m.pattern();
                int s = from;
                int p = itemStart;
                int ep = itemEnd;
                while (s < end && !PatternItem.matches(pattern, src[s] & 0xFF, p, ep)) s++;
                return s;
            }
            default:
                return from;
        }
    }

    /**
     * Classifies the first item. Only an item the matcher reads through its default branch
     * qualifies (not an end anchor, {@code %b}, {@code %f} or a back-reference), and only
     * without a quantifier that accepts zero repetitions. Opening captures before it are
     * looked through, as they consume nothing; at most {@link PatternMatcher#MAX_CAPTURES} of
     * them, since one more raises "too many captures" wherever it is tried.
     */
    private int examine() {
        int p = m.patternStart();
        int end = m.patternEnd();
        for (int opened = 0; opened < PatternMatcher.MAX_CAPTURES && m.at(p) == '('; opened++) {
            p += m.at(p + 1) == ')' ? 2 : 1;
        }
        if (p >= end) return ANY;
        int c = m.at(p);
        if (c == '(' || c == ')' || c == '$' || c == '.') return ANY;
        if (c == '%') {
            int d = m.at(p + 1);
            if (d == 'b' || d == 'f' || (d >= '0' && d <= '9')) return ANY;
        }
        int ep = m.classEnd(p); // may raise the error the first attempt would raise
        int suffix = m.at(ep);
        if (suffix == '*' || suffix == '?' || suffix == '-') return ANY;
        if (c == '%' && !CharClass.isClassLetter(m.at(p + 1))) {
            literal = m.at(p + 1); // an escaped byte such as "%."
            return LITERAL;
        }
        if (c == '%') {
            table = CharClass.table(m.at(p + 1));
            return TABLE;
        }
        if (c == '[') {
            itemStart = p;
            itemEnd = ep;
            if (m.subjectLength() < SET_TABLE_MIN) return ITEM;
            table = cachedTable(m.pattern(), p, ep);
            return TABLE;
        }
        literal = c;
        return LITERAL;
    }

    private boolean[] cachedTable(byte[] pattern, int p, int ep) {
        for (int i = 0; i < cachedSets.length; i++) {
            byte[] set = cachedSets[i];
            if (set != null && java.util.Arrays.equals(set, 0, set.length, pattern, p, ep)) return cachedSetTables[i];
        }
        int slot = nextCacheSlot;
        nextCacheSlot = (slot + 1) % cachedSets.length;
        cachedSets[slot] = java.util.Arrays.copyOfRange(pattern, p, ep);
        cachedSetTables[slot] = PatternItem.setTable(pattern, p, ep);
        return cachedSetTables[slot];
    }
}
