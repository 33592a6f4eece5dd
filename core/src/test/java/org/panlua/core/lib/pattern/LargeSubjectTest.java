package org.panlua.core.lib.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.panlua.core.lib.pattern.PatternAssertions.b;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Subjects of a million bytes: repetitions loop rather than recurse, so nothing here may
 * overflow the Java stack, and the searches stay linear where the reference's are.
 */
class LargeSubjectTest {
    private static final int MILLION = 1_000_000;

    private static byte[] filled(int n, char c) {
        byte[] s = new byte[n];
        Arrays.fill(s, (byte) c);
        return s;
    }

    private static int[] find(byte[] s, String pattern) {
        PatternMatcher m = new PatternMatcher();
        byte[] p = b(pattern);
        int start = StringFind.find(m, s, s.length, p, p.length, 1, false);
        return start < 0 ? null : new int[] {start + 1, m.matchEnd()};
    }

    @Test
    void repetitionsOverAMillionBytes() {
        byte[] s = filled(MILLION, 'a');
        assertEquals("[1, 1000000]", Arrays.toString(find(s, ".-$")));
        assertEquals("[1, 1000000]", Arrays.toString(find(s, "a*")));
        assertEquals("[1, 1000000]", Arrays.toString(find(s, "^a+$")));
        assertEquals("[1, 1000000]", Arrays.toString(find(s, "^a-$")));
        assertEquals("[1, 1000000]", Arrays.toString(find(s, "^(a*)$")));
        assertEquals("[1, 1000000]", Arrays.toString(find(s, "[ab]*.?$")));
        assertEquals("[1, 1000000]", Arrays.toString(find(s, "(.-)%f[%z]")));
        assertEquals("[1, 1000000]", Arrays.toString(find(s, "%w*()")));
        assertEquals(null, find(s, "^a*b"));
    }

    @Test
    void balancedRunOverAMillionBytes() {
        byte[] s = new byte[MILLION];
        Arrays.fill(s, 0, MILLION / 2, (byte) '(');
        Arrays.fill(s, MILLION / 2, MILLION, (byte) ')');
        assertEquals("[1, 1000000]", Arrays.toString(find(s, "%b()")));
    }

    @Test
    void literalFoundAtTheEndOfAMillionBytes() {
        byte[] s = filled(MILLION, 'x');
        s[MILLION - 1] = 'y';
        assertEquals("[1000000, 1000000]", Arrays.toString(find(s, "y")));
        assertEquals("[999999, 1000000]", Arrays.toString(find(s, "xy$")));
        assertEquals("[1000000, 1000000]", Arrays.toString(find(s, "%a%f[%z]")));
        assertEquals("[1000000, 1000000]", Arrays.toString(find(s, "[y]+")));
    }

    @Test
    void gsubAndGmatchOverAMillionBytes() {
        byte[] s = filled(MILLION, 'a');
        for (int i = 0; i < MILLION; i += 10) s[i] = ' ';
        GsubResult r = Gsub.gsub(new PatternMatcher(), s, s.length, b("a"), 1, MILLION + 1L,
                new ReplacementString(b("bb")), new ByteBuilder());
        assertEquals(MILLION / 10 * 9, r.count());
        assertEquals(MILLION / 10 * 19, r.length());
        GsubResult words = Gsub.gsub(new PatternMatcher(), s, s.length, b("%a+"), 3,
                MILLION + 1L, (m, out) -> false, new ByteBuilder());
        assertEquals(MILLION / 10, words.count());
        GmatchState g = new GmatchState(s, b("()%s"));
        int n = 0;
        while (g.next()) {
            assertEquals(n * 10, g.matcher().captureStart(0));
            n++;
        }
        assertEquals(MILLION / 10, n);
        GsubResult empty = Gsub.gsub(new PatternMatcher(), s, s.length, b("x*"), 2,
                MILLION + 1L, new ReplacementString(b("")), new ByteBuilder());
        assertEquals(MILLION + 1L, empty.count());
        assertTrue(empty.changed());
        assertEquals(MILLION, empty.length());
    }
}
