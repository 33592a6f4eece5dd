package org.panlua.core.lib.pattern;

/**
 * The searches behind {@code string.find} and {@code string.match}: the {@code init}
 * argument, the {@code ^} anchor, and for {@code find} the plain search taken when asked for or
 * when the pattern has no special byte. Results are left in the matcher: a found match is
 * {@code [matchStart(), matchEnd())}; {@code find} returns {@code matchStart() + 1},
 * {@code matchEnd()} and then its {@code captureCount()} captures, {@code match} returns its
 * {@code resultCount()} values.
 */
public final class StringFind {
    private StringFind() {}

    /**
     * The 0-based subject offset where a search given the Lua argument {@code init} starts
     * (negative counts from the end, 0 counts as 1, below {@code -length} clamps to 1), or -1
     * when {@code init} lies beyond {@code length + 1}, where nothing can be found.
     */
    public static int startIndex(long init, int length) {
        long pos;
        if (init > 0) pos = init;
        else if (init == 0 || init < -(long) length) pos = 1;
        else pos = length + init + 1;
        return pos - 1 > length ? -1 : (int) (pos - 1);
    }

    /**
     * {@code string.find(subject, pattern, init, plain)} on {@code subject[0, subjectLength)}
     * and {@code pattern[0, patternLength)}. Returns the 0-based start of the match, or -1
     * (nil); on success {@code m} holds the match.
     */
    public static int find(PatternMatcher m, byte[] subject, int subjectLength,
                           byte[] pattern, int patternLength, long init, boolean plain) {
        int start = startIndex(init, subjectLength);
        if (start < 0) return -1;
        if (plain || !ByteSearch.hasSpecials(pattern, 0, patternLength)) {
            m.reset(subject, subjectLength, pattern, 0, patternLength);
            int at = ByteSearch.indexOf(subject, start, subjectLength, pattern, 0, patternLength);
            if (at >= 0) m.setPlainMatch(at, at + patternLength);
            return at;
        }
        return search(m, subject, subjectLength, pattern, patternLength, start);
    }

    /**
     * {@code string.match(subject, pattern, init)}. Returns the 0-based start of the match, or
     * -1 (nil); on success {@code m} holds the match.
     */
    public static int match(PatternMatcher m, byte[] subject, int subjectLength,
                            byte[] pattern, int patternLength, long init) {
        int start = startIndex(init, subjectLength);
        if (start < 0) return -1;
        return search(m, subject, subjectLength, pattern, patternLength, start);
    }

    /** Tries every position from {@code start} on, or only {@code start} under {@code ^}. */
    private static int search(PatternMatcher m, byte[] subject, int subjectLength,
                              byte[] pattern, int patternLength, int start) {
        boolean anchor = patternLength > 0 && pattern[0] == '^';
        m.reset(subject, subjectLength, pattern, anchor ? 1 : 0, patternLength);
        if (anchor) return m.matchAt(start) >= 0 ? start : -1;
        for (int s = start; ; s++) {
            s = m.nextCandidate(s);
            if (m.matchAt(s) >= 0) return s;
            if (s >= subjectLength) return -1;
        }
    }
}
