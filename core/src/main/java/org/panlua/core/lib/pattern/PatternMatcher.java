package org.panlua.core.lib.pattern;

import java.util.Arrays;
import java.util.Objects;
import org.panlua.core.vm.LuaError;

/**
 * The Lua 5.4 pattern matcher: tries a pattern at one position of a subject and records the
 * captures of the match. One object serves many attempts (and many subjects) without
 * allocating; it is not safe for concurrent or nested use, so a caller whose replacement
 * callbacks may run further matches gives each nesting level its own matcher.
 *
 * <p>All positions are 0-based byte offsets into the subject: a match is the range
 * {@code [matchStart(), matchEnd())}, a string capture is {@code captureLength(i)} bytes from
 * {@code captureStart(i)}, and a position capture {@code ()} reports the offset of the byte it
 * stands before (Lua sees that offset plus one).
 *
 * <p>The matcher interprets the pattern bytes directly. Its recursion (captures, the
 * quantifiers {@code ?}, {@code *}, {@code +}, {@code -}) is bounded by {@link #MAX_DEPTH}
 * nested attempts, past which it raises {@code "pattern too complex"}, as the reference
 * does; repetitions of one item loop instead of recursing, so subjects of any length are safe.
 * Malformed patterns raise their error when the matcher reaches the faulty item, so a
 * pattern that fails before reaching it raises nothing, again as the reference does.
 */
public final class PatternMatcher {
    /** Most captures one pattern may hold ({@code LUA_MAXCAPTURES}). */
    public static final int MAX_CAPTURES = 32;
    /** Most nested attempts of one match ({@code MAXCCALLS} of the reference). */
    public static final int MAX_DEPTH = 200;
    /** The {@link #captureLength} of a position capture {@code ()}. */
    public static final int POSITION = -2;
    /** Capture length while its {@code )} is still to come. */
    private static final int UNFINISHED = -1;
    private static final int FAIL = -1;
    private static final byte[] EMPTY = new byte[0];

    private byte[] src = EMPTY;
    private int srcEnd;
    private byte[] pat = EMPTY;
    private int patStart;
    private int patEnd;

    private int depth;
    private int level;
    private final int[] capStart = new int[MAX_CAPTURES];
    private final int[] capLen = new int[MAX_CAPTURES];
    private int matchStart = FAIL;
    private int matchEnd = FAIL;
    private final StartScan scan = new StartScan(this);

    /** Prepares for attempts of the whole {@code pattern} on the whole {@code subject}. */
    public PatternMatcher reset(byte[] subject, byte[] pattern) {
        return reset(subject, subject.length, pattern, 0, pattern.length);
    }

    /**
     * Prepares for attempts of {@code pattern[patternStart, patternEnd)} on
     * {@code subject[0, subjectLength)}. The arrays are read, never written, and must not
     * change while the matcher uses them. A caller that handles the {@code ^} anchor passes
     * the pattern from the byte after it.
     */
    public PatternMatcher reset(byte[] subject, int subjectLength, byte[] pattern,
                                int patternStart, int patternEnd) {
        Objects.checkFromIndexSize(0, subjectLength, subject.length);
        Objects.checkFromToIndex(patternStart, patternEnd, pattern.length);
        this.src = subject;
        this.srcEnd = subjectLength;
        this.pat = pattern;
        this.patStart = patternStart;
        this.patEnd = patternEnd;
        this.level = 0;
        this.matchStart = FAIL;
        this.matchEnd = FAIL;
        scan.forget();
        return this;
    }

    /**
     * Tries the pattern at {@code start} (0 to the subject length, inclusive). Returns the end
     * of the match (exclusive) and records it with its captures, or returns -1.
     *
     * @throws LuaError for a malformed pattern or one too complex
     */
    public int matchAt(int start) {
        level = 0;
        depth = MAX_DEPTH;
        int end = match(start, patStart);
        if (end != FAIL) {
            matchStart = start;
            matchEnd = end;
        }
        return end;
    }

    /** The subject of the attempts. */
    public byte[] subject() {
        return src;
    }

    public int subjectLength() {
        return srcEnd;
    }

    /** Start of the last successful match. */
    public int matchStart() {
        return matchStart;
    }

    /** End (exclusive) of the last successful match. */
    public int matchEnd() {
        return matchEnd;
    }

    /** Captures of the last match, finished or not (what {@code string.find} returns). */
    public int captureCount() {
        return level;
    }

    /**
     * Values the match yields for {@code string.match}, {@code gmatch} and function
     * replacements: its captures, or the whole match (as capture 0) when it has none.
     */
    public int resultCount() {
        return level == 0 ? 1 : level;
    }

    /**
     * Start of capture {@code i} (0-based), or of the whole match when {@code i == 0} and the
     * pattern has no captures; for a position capture, the position.
     *
     * @throws LuaError "invalid capture index %N" or "unfinished capture"
     */
    public int captureStart(int i) {
        return checkedCapture(i) == FAIL ? matchStart : capStart[i];
    }

    /**
     * Length of capture {@code i} as {@link #captureStart} describes it, or {@link #POSITION}.
     *
     * @throws LuaError "invalid capture index %N" or "unfinished capture"
     */
    public int captureLength(int i) {
        return checkedCapture(i) == FAIL ? matchEnd - matchStart : capLen[i];
    }

    /** Whether capture {@code i} is a position capture (same checks as {@link #captureStart}). */
    public boolean isPosition(int i) {
        return captureLength(i) == POSITION;
    }

    /** A copy of capture {@code i} (a string capture or the whole match). */
    public byte[] captureBytes(int i) {
        int start = captureStart(i);
        int length = captureLength(i);
        if (length == POSITION) throw new IllegalStateException("capture " + i + " is a position");
        return Arrays.copyOfRange(src, start, start + length);
    }

    /** Validates capture {@code i}; returns its length, or FAIL when it means the whole match. */
    private int checkedCapture(int i) {
        if (i >= level) {
            if (i != 0) throw new LuaError("invalid capture index %" + (i + 1));
            return FAIL;
        }
        int length = capLen[i];
        if (length == UNFINISHED) throw new LuaError("unfinished capture");
        return length;
    }

    /** Records the result of a plain search, which has no captures. */
    void setPlainMatch(int start, int end) {
        level = 0;
        matchStart = start;
        matchEnd = end;
    }

    /**
     * The first position from {@code from} (at most the subject length) where an attempt can
     * succeed; the positions skipped are ones where it would fail at its first byte.
     */
    int nextCandidate(int from) {
        return scan.next(from);
    }

    // --- the matcher proper -------------------------------------------------------------

    /** Pattern byte at {@code i}, or 0 at and past the end (the C string terminator). */
    int at(int i) {
        return i < patEnd ? pat[i] & 0xFF : 0;
    }

    byte[] pattern() {
        return pat;
    }

    int patternStart() {
        return patStart;
    }

    int patternEnd() {
        return patEnd;
    }

    private int match(int s, int p) {
        if (depth-- == 0) throw new LuaError("pattern too complex");
        loop:
        while (p != patEnd) {
            int c = pat[p] & 0xFF;
            switch (c) {
                case '(':
                    s = at(p + 1) == ')'
                            ? startCapture(s, p + 2, POSITION)
                            : startCapture(s, p + 1, UNFINISHED);
                    break loop;
                case ')':
                    s = endCapture(s, p + 1);
                    break loop;
                case '$':
                    if (p + 1 == patEnd) {
                        if (s != srcEnd) s = FAIL;
                        break loop;
                    }
                    break;
                case '%': {
                    int d = at(p + 1);
                    if (d == 'b') {
                        s = matchBalance(s, p + 2);
                        if (s == FAIL) break loop;
                        p += 4;
                        continue;
                    }
                    if (d == 'f') {
                        p += 2;
                        if (at(p) != '[') throw new LuaError("missing '[' after '%f' in pattern");
                        int ep = classEnd(p);
                        int previous = s == 0 ? 0 : src[s - 1] & 0xFF;
                        int current = s < srcEnd ? src[s] & 0xFF : 0;
                        if (!PatternItem.inSet(pat, previous, p, ep - 1)
                                && PatternItem.inSet(pat, current, p, ep - 1)) {
                            p = ep;
                            continue;
                        }
                        s = FAIL;
                        break loop;
                    }
                    if (d >= '0' && d <= '9') {
                        s = matchBackReference(s, d);
                        if (s == FAIL) break loop;
                        p += 2;
                        continue;
                    }
                    break;
                }
                default:
                    break;
            }
            // A single-byte item with an optional quantifier.
            int ep = classEnd(p);
            int suffix = at(ep);
            if (!singleMatch(s, p, ep)) {
                if (suffix == '*' || suffix == '?' || suffix == '-') {
                    p = ep + 1;
                    continue;
                }
                s = FAIL;
                break;
            }
            switch (suffix) {
                case '?': {
                    int r = match(s + 1, ep + 1);
                    if (r != FAIL) {
                        s = r;
                        break loop;
                    }
                    p = ep + 1;
                    continue;
                }
                case '+':
                    s = maxExpand(s + 1, p, ep);
                    break loop;
                case '*':
                    s = maxExpand(s, p, ep);
                    break loop;
                case '-':
                    s = minExpand(s, p, ep);
                    break loop;
                default:
                    s++;
                    p = ep;
            }
        }
        depth++;
        return s;
    }

    /** End of the single-byte item at {@code p}: where its optional quantifier would be. */
    int classEnd(int p) {
        return PatternItem.end(pat, patEnd, p);
    }

    /** Whether the item {@code [p, ep)} matches the subject byte at {@code s}. */
    private boolean singleMatch(int s, int p, int ep) {
        return s < srcEnd && PatternItem.matches(pat, src[s] & 0xFF, p, ep);
    }

    /** Longest run of the item, then shorter ones until the rest of the pattern matches. */
    private int maxExpand(int s, int p, int ep) {
        int i = countRepetitions(s, p, ep);
        int rest = ep + 1;
        if (rest == patEnd && depth > 0) return s + i; // nothing follows: the longest run wins
        for (; i >= 0; i--) {
            int r = match(s + i, rest);
            if (r != FAIL) return r;
        }
        return FAIL;
    }

    /** How many bytes from {@code s} on the item {@code [p, ep)} matches in a row. */
    private int countRepetitions(int s, int p, int ep) {
        int i = s;
        switch (pat[p]) {
            case '.' -> i = srcEnd;
            case '%' -> {
                int cl = pat[p + 1] & 0xFF;
                boolean[] t = CharClass.table(cl);
                if (t == null) {
                    byte b = (byte) cl;
                    while (i < srcEnd && src[i] == b) i++;
                } else {
                    while (i < srcEnd && t[src[i] & 0xFF]) i++;
                }
            }
            case '[' -> {
                while (i < srcEnd && PatternItem.inSet(pat, src[i] & 0xFF, p, ep - 1)) i++;
            }
            default -> {
                byte b = pat[p];
                while (i < srcEnd && src[i] == b) i++;
            }
        }
        return Math.max(i - s, 0);
    }

    /** Shortest run of the item after which the rest of the pattern matches. */
    private int minExpand(int s, int p, int ep) {
        for (;;) {
            int r = match(s, ep + 1);
            if (r != FAIL) return r;
            if (!singleMatch(s, p, ep)) return FAIL;
            s++;
        }
    }

    private int startCapture(int s, int p, int what) {
        if (level >= MAX_CAPTURES) throw new LuaError("too many captures");
        capStart[level] = s;
        capLen[level] = what;
        level++;
        int r = match(s, p);
        if (r == FAIL) level--;
        return r;
    }

    private int endCapture(int s, int p) {
        int l = captureToClose();
        capLen[l] = s - capStart[l];
        int r = match(s, p);
        if (r == FAIL) capLen[l] = UNFINISHED;
        return r;
    }

    private int captureToClose() {
        for (int l = level - 1; l >= 0; l--) {
            if (capLen[l] == UNFINISHED) return l;
        }
        throw new LuaError("invalid pattern capture");
    }

    /** {@code %bxy} at {@code p} (the x): a balanced run from {@code s}, or FAIL. */
    private int matchBalance(int s, int p) {
        if (p >= patEnd - 1) throw new LuaError("malformed pattern (missing arguments to '%b')");
        if (s >= srcEnd || src[s] != pat[p]) return FAIL;
        byte open = pat[p];
        byte close = pat[p + 1];
        int depthCount = 1;
        while (++s < srcEnd) {
            byte b = src[s];
            if (b == close) {
                if (--depthCount == 0) return s + 1;
            } else if (b == open) {
                depthCount++;
            }
        }
        return FAIL;
    }

    /** {@code %1}..{@code %9} (digit {@code d}): the text of a finished capture again. */
    private int matchBackReference(int s, int d) {
        int l = d - '1';
        if (l < 0 || l >= level || capLen[l] == UNFINISHED) {
            throw new LuaError("invalid capture index %" + (l + 1));
        }
        int length = capLen[l];
        // A position capture has no text: a back-reference to it never matches.
        if (length >= 0 && srcEnd - s >= length
                && Arrays.equals(src, capStart[l], capStart[l] + length, src, s, s + length)) {
            return s + length;
        }
        return FAIL;
    }
}
