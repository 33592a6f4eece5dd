package org.panlua.core.lib.pattern;

import org.panlua.core.vm.LuaError;

/**
 * The single-byte items of a pattern: a literal byte, {@code .}, a class {@code %x} or a set
 * {@code [...]}, read in place from the pattern bytes. An item occupies {@code [p, ep)};
 * a set opens at {@code p} and closes at {@code ep - 1}.
 */
final class PatternItem {
    private PatternItem() {}

    /**
     * End of the item at {@code p} of {@code pattern[.., patternEnd)}: where its optional
     * quantifier would be. Raises the errors of an item cut short by the end of the pattern.
     */
    static int end(byte[] pattern, int patternEnd, int p) {
        int c = pattern[p++] & 0xFF;
        if (c == '%') {
            if (p == patternEnd) throw new LuaError("malformed pattern (ends with '%')");
            return p + 1;
        }
        if (c == '[') {
            if (p < patternEnd && pattern[p] == '^') p++;
            do { // the first byte of the set is never its end, so "[]]" holds ']'
                if (p == patternEnd) throw new LuaError("malformed pattern (missing ']')");
                if (pattern[p++] == '%' && p < patternEnd) p++;
            } while (p >= patternEnd || pattern[p] != ']');
            return p + 1;
        }
        return p;
    }

    /** Whether the item {@code [p, ep)} matches byte {@code c}. */
    static boolean matches(byte[] pattern, int c, int p, int ep) {
        return switch (pattern[p]) {
            case '.' -> true;
            case '%' -> CharClass.matches(c, pattern[p + 1] & 0xFF);
            case '[' -> inSet(pattern, c, p, ep - 1);
            default -> (pattern[p] & 0xFF) == c;
        };
    }

    /**
     * Whether {@code c} is in the set that opens at {@code p} and closes at {@code ec}: its
     * members are classes and escapes ({@code %x}), ranges ({@code a-z}) and single bytes,
     * all of it complemented by a leading {@code ^}.
     */
    static boolean inSet(byte[] pattern, int c, int p, int ec) {
        boolean inside = true;
        if (pattern[p + 1] == '^') {
            inside = false;
            p++;
        }
        while (++p < ec) {
            int b = pattern[p] & 0xFF;
            if (b == '%') {
                p++;
                if (CharClass.matches(c, pattern[p] & 0xFF)) return inside;
            } else if (pattern[p + 1] == '-' && p + 2 < ec) {
                p += 2;
                if (b <= c && c <= (pattern[p] & 0xFF)) return inside;
            } else if (b == c) {
                return inside;
            }
        }
        return !inside;
    }

    /** The bytes the set {@code [p, ep)} matches, indexed by unsigned byte. */
    static boolean[] setTable(byte[] pattern, int p, int ep) {
        boolean[] t = new boolean[256];
        for (int c = 0; c < 256; c++) t[c] = inSet(pattern, c, p, ep - 1);
        return t;
    }
}
