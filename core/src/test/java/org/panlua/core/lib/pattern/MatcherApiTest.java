package org.panlua.core.lib.pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.panlua.core.lib.pattern.PatternAssertions.b;

import org.junit.jupiter.api.Test;
import org.panlua.core.vm.LuaError;

/** The matcher's own interface: reuse, ranges of arrays, capture accessors, start indexes. */
class MatcherApiTest {

    @Test
    void capturesAreByteRangesOrPositions() {
        PatternMatcher m = new PatternMatcher().reset(b("key = value"), b("(%w+)%s*=%s*()(%w+)"));
        assertEquals(11, m.matchAt(0));
        assertEquals(0, m.matchStart());
        assertEquals(11, m.matchEnd());
        assertEquals(3, m.captureCount());
        assertEquals(3, m.resultCount());
        assertEquals(0, m.captureStart(0));
        assertEquals(3, m.captureLength(0));
        assertTrue(m.isPosition(1));
        assertEquals(6, m.captureStart(1)); // Lua sees 7
        assertEquals(PatternMatcher.POSITION, m.captureLength(1));
        assertArrayEquals(b("value"), m.captureBytes(2));
        assertThrows(IllegalStateException.class, () -> m.captureBytes(1));
        LuaError e = assertThrows(LuaError.class, () -> m.captureStart(3));
        assertEquals("invalid capture index %4", e.getMessage());
    }

    @Test
    void withoutCapturesTheWholeMatchIsCaptureZero() {
        PatternMatcher m = new PatternMatcher().reset(b("hello world"), b("o w"));
        assertEquals(-1, m.matchAt(0));
        assertEquals(7, m.matchAt(4));
        assertEquals(0, m.captureCount());
        assertEquals(1, m.resultCount());
        assertEquals(4, m.captureStart(0));
        assertEquals(3, m.captureLength(0));
        assertFalse(m.isPosition(0));
        assertEquals("invalid capture index %2",
                assertThrows(LuaError.class, () -> m.captureLength(1)).getMessage());
    }

    @Test
    void anUnclosedCaptureIsReportedWhenRead() {
        PatternMatcher m = new PatternMatcher().reset(b("ab"), b("a(b"));
        assertEquals(2, m.matchAt(0)); // matching succeeds; the capture is never closed
        assertEquals(1, m.captureCount());
        assertEquals("unfinished capture",
                assertThrows(LuaError.class, () -> m.captureStart(0)).getMessage());
    }

    @Test
    void oneMatcherServesManySubjectsAndPatterns() {
        PatternMatcher m = new PatternMatcher();
        m.reset(b("aaa"), b("(a+)"));
        assertEquals(3, m.matchAt(0));
        m.reset(b("xyz"), b("y"));
        assertEquals(0, m.captureCount());
        assertEquals(2, m.matchAt(1));
        m.reset(b("(a)"), b("%b()"));
        assertEquals(3, m.matchAt(0));
        assertEquals(1, m.resultCount());
    }

    @Test
    void onlyTheGivenPrefixOfTheSubjectIsSeen() {
        byte[] buffer = b("abcXYZ");
        PatternMatcher m = new PatternMatcher();
        m.reset(buffer, 3, b("c$"), 0, 2);
        assertEquals(3, m.matchAt(2));
        m.reset(buffer, 3, b(".*"), 0, 2);
        assertEquals(3, m.matchAt(0));
        m.reset(buffer, 3, b("%f[%z]"), 0, 6); // the byte after the end reads as \0
        assertEquals(3, m.matchAt(3));
        m.reset(buffer, 3, b("%bcX"), 0, 4);
        assertEquals(-1, m.matchAt(2));
    }

    @Test
    void onlyTheGivenRangeOfThePatternIsSeen() {
        PatternMatcher m = new PatternMatcher();
        m.reset(b("ab"), 2, b("^a%"), 1, 2); // "a": the '%' after the range is not seen
        assertEquals(1, m.matchAt(0));
        m.reset(b("a"), 1, b("[a]]"), 0, 2); // "[a": the ']' after the range is not seen
        assertEquals("malformed pattern (missing ']')",
                assertThrows(LuaError.class, () -> m.matchAt(0)).getMessage());
    }

    @Test
    void searchesAcceptBuffersLongerThanTheirContents() {
        PatternMatcher m = new PatternMatcher();
        byte[] subject = b("a,b,c;junk");
        byte[] pattern = b("[^,]+$junk");
        assertEquals(4, StringFind.match(m, subject, 5, pattern, 6, 1));
        assertEquals(5, m.matchEnd());
        assertEquals(3, StringFind.find(m, subject, 5, b(",c;"), 2, 1, true));
        GsubResult r = Gsub.gsub(m, subject, 5, b(",junk"), 1, 100,
                new ReplacementString(b("<>junk"), 2), new ByteBuilder(1));
        assertEquals("a<>b<>c", PatternAssertions.text(r.bytes(), 0, r.length()));
        assertEquals(2, r.count());
    }

    @Test
    void startIndexFollowsTheInitArgument() {
        assertEquals(0, StringFind.startIndex(1, 5));
        assertEquals(4, StringFind.startIndex(5, 5));
        assertEquals(5, StringFind.startIndex(6, 5));
        assertEquals(-1, StringFind.startIndex(7, 5));
        assertEquals(0, StringFind.startIndex(0, 5));
        assertEquals(4, StringFind.startIndex(-1, 5));
        assertEquals(0, StringFind.startIndex(-5, 5));
        assertEquals(0, StringFind.startIndex(-6, 5));
        assertEquals(0, StringFind.startIndex(Long.MIN_VALUE, 5));
        assertEquals(-1, StringFind.startIndex(Long.MAX_VALUE, 5));
        assertEquals(0, StringFind.startIndex(1, 0));
        assertEquals(-1, StringFind.startIndex(2, 0));
    }

    @Test
    void plainFindLeavesNoCaptures() {
        PatternMatcher m = new PatternMatcher();
        byte[] s = b("a.b(c");
        assertEquals(3, StringFind.find(m, s, s.length, b("(c"), 2, 1, true));
        assertEquals(0, m.captureCount());
        assertEquals(5, m.matchEnd());
        // the same pattern, not plain, opens a capture it never closes
        assertEquals(4, StringFind.find(m, s, s.length, b("(c"), 2, 1, false));
        assertEquals(1, m.captureCount());
        assertThrows(LuaError.class, () -> m.captureStart(0));
    }

    @Test
    void gmatchStopsForGood() {
        GmatchState g = new GmatchState(b("a1b2"), b("%d"));
        assertTrue(g.next());
        assertEquals(1, g.matcher().matchStart());
        assertTrue(g.next());
        assertEquals(3, g.matcher().matchStart());
        assertFalse(g.next());
        assertFalse(g.next());
    }

    @Test
    void unchangedGsubReturnsTheSubjectItself() {
        byte[] s = b("aaaa");
        PatternMatcher m = new PatternMatcher();
        GsubResult none = Gsub.gsub(m, s, 4, b("b"), 1, 5, new ReplacementString(b("c")),
                new ByteBuilder());
        assertSame(s, none.bytes());
        assertFalse(none.changed());
        assertEquals(0, none.count());
        GsubResult kept = Gsub.gsub(m, s, 4, b("."), 1, 5, (match, out) -> false,
                new ByteBuilder());
        assertSame(s, kept.bytes());
        assertEquals(4, kept.count());
        GsubResult same = Gsub.gsub(m, s, 4, b("."), 1, 5, (match, out) -> {
            out.append(match.captureBytes(0));
            return true;
        }, new ByteBuilder());
        assertTrue(same.changed()); // a replacement, even by equal text, makes a new string
        assertEquals("aaaa", PatternAssertions.text(same.bytes(), 0, same.length()));
    }

    @Test
    void keptMatchesBetweenReplacementsStayInPlace() {
        byte[] s = b("one two three four");
        GsubResult r = Gsub.gsub(new PatternMatcher(), s, s.length, b("%a+"), 3, 100,
                (m, out) -> {
                    if (m.captureLength(0) != 3) return false;
                    out.append(b("#"));
                    return true;
                }, new ByteBuilder());
        assertEquals("# # three four", PatternAssertions.text(r.bytes(), 0, r.length()));
        assertEquals(4, r.count());
    }

    @Test
    void byteBuilderGrowsAndWritesIntegers() {
        ByteBuilder out = new ByteBuilder(1);
        for (int i = 0; i < 1000; i++) out.append('x');
        out.appendDecimal(0).appendDecimal(-42).appendDecimal(Long.MIN_VALUE);
        String text = PatternAssertions.text(out.array(), 0, out.length());
        assertEquals("x".repeat(1000) + "0-42-9223372036854775808", text);
        assertEquals(out.length(), out.toByteArray().length);
        assertEquals(0, out.clear().length());
    }
}
