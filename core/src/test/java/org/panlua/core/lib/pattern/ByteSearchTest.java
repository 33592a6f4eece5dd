package org.panlua.core.lib.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time byte search and the substring search, against naive loops. */
class ByteSearchTest {

    private static int naiveIndexOf(byte[] s, int from, int end, byte[] p) {
        outer:
        for (int i = from; i + p.length <= end; i++) {
            for (int j = 0; j < p.length; j++) {
                if (s[i + j] != p[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    @Test
    void byteSearchFindsTheFirstOccurrenceAtEveryOffset() {
        for (int length = 0; length < 40; length++) {
            for (int at = 0; at < length; at++) {
                byte[] a = new byte[length];
                Arrays.fill(a, (byte) 0x01);
                a[at] = (byte) 0x80;
                if (at + 3 < length) a[at + 3] = (byte) 0x80; // a later copy must not win
                for (int from = 0; from <= length; from++) {
                    int expected = -1;
                    for (int i = length - 1; i >= from; i--) if (a[i] == (byte) 0x80) expected = i;
                    assertEquals(expected, ByteSearch.indexOf(a, from, length, 0x80),
                            "length " + length + " at " + at + " from " + from);
                }
            }
        }
    }

    @Test
    void byteSearchIgnoresBorrowsBetweenBytes() {
        // 0x00 next to 0x01 makes the "has zero" trick flag spurious bytes above a match;
        // the first true match must still be reported.
        byte[] a = {5, 5, 5, 0, 1, 0, 1, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5};
        assertEquals(3, ByteSearch.indexOf(a, 0, a.length, 0));
        assertEquals(4, ByteSearch.indexOf(a, 0, a.length, 1));
        assertEquals(-1, ByteSearch.indexOf(a, 0, 3, 0));
        assertEquals(-1, ByteSearch.indexOf(a, 7, a.length, 1));
    }

    @Test
    void substringSearchAgreesWithNaiveSearch() {
        Random random = new Random(42);
        for (int round = 0; round < 20000; round++) {
            byte[] s = new byte[random.nextInt(60)];
            for (int i = 0; i < s.length; i++) s[i] = (byte) "ab\0\u00ff".charAt(random.nextInt(4));
            byte[] p = new byte[random.nextInt(5)];
            for (int i = 0; i < p.length; i++) p[i] = (byte) "ab\0\u00ff".charAt(random.nextInt(4));
            int from = random.nextInt(s.length + 1);
            int end = from + random.nextInt(s.length - from + 1);
            int expected = p.length == 0 ? from : naiveIndexOf(s, from, end, p);
            assertEquals(expected, ByteSearch.indexOf(s, from, end, p, 0, p.length));
        }
    }

    @Test
    void substringSearchUsesThePatternRange() {
        byte[] s = PatternAssertions.b("xxabcabd");
        byte[] p = PatternAssertions.b("--abd--");
        assertEquals(5, ByteSearch.indexOf(s, 0, s.length, p, 2, 3));
        assertEquals(-1, ByteSearch.indexOf(s, 0, 7, p, 2, 3));
        assertEquals(3, ByteSearch.indexOf(s, 3, s.length, p, 0, 0));
    }

    @Test
    void specialsAreTheTenMagicBytes() {
        for (int c = 0; c < 256; c++) {
            boolean special = "^$*+?.([%-".indexOf(c) >= 0;
            assertEquals(special, ByteSearch.hasSpecials(new byte[] {'a', (byte) c}, 0, 2),
                    "byte " + c);
        }
        assertFalse(ByteSearch.hasSpecials(PatternAssertions.b("a)]b\0"), 0, 5));
        assertTrue(ByteSearch.hasSpecials(PatternAssertions.b("a\0."), 0, 3));
        assertFalse(ByteSearch.hasSpecials(PatternAssertions.b("a\0."), 0, 2));
    }
}
