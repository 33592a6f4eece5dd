package org.panlua.core.lib.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Which of the 256 bytes each class, escape and set matches, against the reference (C locale:
 * bytes from 0x80 belong to no class). Each expected value is 64 hex digits, digit {@code k}
 * covering bytes {@code 4k..4k+3}, its bit {@code j} set when byte {@code 4k+j} matches.
 */
class CharClassTest {

    private static void members(String item, String expectedHex) {
        StringBuilder hex = new StringBuilder();
        PatternMatcher m = new PatternMatcher();
        byte[] pattern = PatternAssertions.b(item);
        for (int base = 0; base < 256; base += 4) {
            int nibble = 0;
            for (int j = 0; j < 4; j++) {
                m.reset(new byte[] {(byte) (base + j)}, pattern);
                if (m.matchAt(0) == 1) nibble |= 1 << j;
            }
            hex.append(Integer.toHexString(nibble));
        }
        assertEquals(expectedHex, hex.toString(), item);
    }

    @Test
    void everyByteAgainstEveryClass() {
        members("%a", "0000000000000000efffff70efffff7000000000000000000000000000000000");
        members("%A", "ffffffffffffffff1000008f1000008fffffffffffffffffffffffffffffffff");
        members("%c", "ffffffff00000000000000000000000800000000000000000000000000000000");
        members("%C", "00000000fffffffffffffffffffffff7ffffffffffffffffffffffffffffffff");
        members("%d", "000000000000ff30000000000000000000000000000000000000000000000000");
        members("%D", "ffffffffffff00cfffffffffffffffffffffffffffffffffffffffffffffffff");
        members("%g", "00000000effffffffffffffffffffff700000000000000000000000000000000");
        members("%G", "ffffffff100000000000000000000008ffffffffffffffffffffffffffffffff");
        members("%l", "000000000000000000000000efffff7000000000000000000000000000000000");
        members("%L", "ffffffffffffffffffffffff1000008fffffffffffffffffffffffffffffffff");
        members("%p", "00000000efff00cf1000008f1000008700000000000000000000000000000000");
        members("%P", "ffffffff1000ff30efffff70efffff78ffffffffffffffffffffffffffffffff");
        members("%s", "00e3000010000000000000000000000000000000000000000000000000000000");
        members("%S", "ff1cffffefffffffffffffffffffffffffffffffffffffffffffffffffffffff");
        members("%u", "0000000000000000efffff700000000000000000000000000000000000000000");
        members("%U", "ffffffffffffffff1000008fffffffffffffffffffffffffffffffffffffffff");
        members("%w", "000000000000ff30efffff70efffff7000000000000000000000000000000000");
        members("%W", "ffffffffffff00cf1000008f1000008fffffffffffffffffffffffffffffffff");
        members("%x", "000000000000ff30e7000000e700000000000000000000000000000000000000");
        members("%X", "ffffffffffff00cf18ffffff18ffffffffffffffffffffffffffffffffffffff");
        members("%z", "1000000000000000000000000000000000000000000000000000000000000000");
        members("%Z", "efffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
        members(".", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
        members("%.", "0000000000040000000000000000000000000000000000000000000000000000");
        members("%%", "0000000002000000000000000000000000000000000000000000000000000000");
        members("[%a_]", "0000000000000000efffff78efffff7000000000000000000000000000000000");
        members("[^%a_]", "ffffffffffffffff100000871000008fffffffffffffffffffffffffffffffff");
        members("[%w%-]", "000000000002ff30efffff70efffff7000000000000000000000000000000000");
        members("[a-f%d]", "000000000000ff3000000000e700000000000000000000000000000000000000");
        members("[\200-\377]", "00000000000000000000000000000000ffffffffffffffffffffffffffffffff");
        members("[^\001-\177]", "10000000000000000000000000000000ffffffffffffffffffffffffffffffff");
        members("[]]", "0000000000000000000000020000000000000000000000000000000000000000");
        members("[%]]", "0000000000000000000000020000000000000000000000000000000000000000");
        members("[a-]", "0000000000020000000000002000000000000000000000000000000000000000");
        members("[-a]", "0000000000020000000000002000000000000000000000000000000000000000");
        members("[%a-z]", "0000000000020000efffff70efffff7000000000000000000000000000000000");
        members("[z-a]", "0000000000000000000000000000000000000000000000000000000000000000");
    }
}
