package org.panlua.core.lib.pattern;

/**
 * The state of one {@code string.gmatch} iteration. Each {@link #next} finds the following
 * match, whose values ({@link PatternMatcher#resultCount()} of them) the iterator returns.
 * As in Lua 5.4, a match may not end where the previous one ended, which skips the empty
 * match right after a non-empty one, and {@code ^} has no special meaning (gmatch is never
 * anchored; the byte matches itself).
 */
public final class GmatchState {
    private final PatternMatcher m = new PatternMatcher();
    private final int end;
    /** Where the next search starts; past {@link #end} once the iteration is over. */
    private int src;
    /** End of the last match, or -1 before the first one. */
    private int lastMatch = -1;

    /**
     * Iteration over {@code subject[0, subjectLength)} with {@code pattern[0, patternLength)},
     * from the Lua argument {@code init} (see {@link StringFind#startIndex}). The arrays must
     * stay unchanged while the iteration lives.
     */
    public GmatchState(byte[] subject, int subjectLength, byte[] pattern, int patternLength,
                       long init) {
        m.reset(subject, subjectLength, pattern, 0, patternLength);
        this.end = subjectLength;
        int start = StringFind.startIndex(init, subjectLength);
        this.src = start < 0 ? subjectLength + 1 : start;
    }

    /** Iteration over whole arrays from the start ({@code init} 1). */
    public GmatchState(byte[] subject, byte[] pattern) {
        this(subject, subject.length, pattern, pattern.length, 1);
    }

    /** Finds the next match; false when there is none (then the iteration stays over). */
    public boolean next() {
        for (int s = src; s <= end; s++) {
            s = m.nextCandidate(s);
            int e = m.matchAt(s);
            if (e >= 0 && e != lastMatch) {
                src = lastMatch = e;
                return true;
            }
        }
        src = end + 1;
        return false;
    }

    /** The matcher holding the last match found. */
    public PatternMatcher matcher() {
        return m;
    }
}
