package org.panlua.core.lib.pattern;

/**
 * The loop of {@code string.gsub}: finds successive matches, lets a {@link Replacement}
 * produce what replaces each, and copies the text between them. As in Lua 5.4, a match may
 * not be empty right where the previous match ended, and under {@code ^} only the start of the
 * subject is tried. Every match counts, even one whose replacement keeps the original text.
 */
public final class Gsub {
    private Gsub() {}

    /**
     * {@code string.gsub(subject, pattern, repl, maxN)} on {@code subject[0, subjectLength)}
     * and {@code pattern[0, patternLength)}, with at most {@code maxN} matches (Lua's default
     * is the subject length plus one). {@code m} and {@code out} are the caller's (they are
     * reset here); {@code repl} must not use {@code m} for matches of its own.
     */
    public static GsubResult gsub(PatternMatcher m, byte[] subject, int subjectLength,
                                  byte[] pattern, int patternLength, long maxN,
                                  Replacement repl, ByteBuilder out) {
        boolean anchor = patternLength > 0 && pattern[0] == '^';
        m.reset(subject, subjectLength, pattern, anchor ? 1 : 0, patternLength);
        out.clear();
        int src = 0;
        int lastMatch = -1;
        int copied = 0; // subject[copied, src) is original text not yet in out
        long n = 0;
        boolean changed = false;
        while (n < maxN) {
            if (!anchor) src = m.nextCandidate(src); // the bytes skipped stay as they are
            int e = m.matchAt(src);
            if (e >= 0 && e != lastMatch) {
                n++;
                out.append(subject, copied, src - copied);
                if (repl.replace(m, out)) {
                    changed = true;
                    copied = e;
                } else {
                    copied = src; // the match stays: it is original text still to copy
                }
                src = lastMatch = e;
            } else if (src < subjectLength) {
                src++;
            } else {
                break;
            }
            if (anchor) break;
        }
        if (!changed) return new GsubResult(subject, subjectLength, n, false);
        out.append(subject, copied, subjectLength - copied);
        return new GsubResult(out.array(), out.length(), n, true);
    }
}
