package org.panlua.core.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Conversions as the reference's {@code tonumber} gives them (checked against lua5.4). */
class NumeralsTest {

    private static void integer(long expected, String text) {
        assertEquals(Long.valueOf(expected), Numerals.parse(text), text);
    }

    private static void number(double expected, String text) {
        assertEquals(Double.valueOf(expected), Numerals.parse(text), text);
    }

    private static void none(String text) {
        assertNull(Numerals.parse(text), text);
    }

    @Test
    void integers() {
        integer(10, " 10 ");
        integer(-16, "-0x10");
        integer(5, "+5");
        integer(12, "\t\n12\u000b\f\r");
        integer(12, "00012");
        integer(0, "-0");
        integer(Long.MIN_VALUE, "-9223372036854775808");
        integer(1, "-0xffffffffffffffff");
        integer(Long.MAX_VALUE, "9223372036854775807");
    }

    @Test
    void floats() {
        number(16.0, " 0x1p4 ");
        number(-0.5, "-.5");
        number(0.25, "0x1P-2");
        number(9.223372036854775808e18, "9223372036854775808");
        number(-9.223372036854775809e18, "-9223372036854775809");
        number(1.0, "1.");
        number(100000.0, "1e+5");
        number(1.5, "0x1.8");
        number(-0.0, "-0.0");
        number(Double.POSITIVE_INFINITY, "1E400");
        number(2.0, "0X1p+1");
        number(0.0, "1e-400");
    }

    @Test
    void notNumbers() {
        for (String s : new String[] {"0x", "1e", "inf", "nan", "- 1", "1 2", "", "  ", "0x-1", ".", "0x.", "1f",
                "1d", "+-1", "Infinity", "NaN", "1e5.0", "0x1p", "1..2", "0xg", "1_000", "١"}) {
            none(s);
        }
    }

    @Test
    void bytes() {
        assertEquals(Long.valueOf(42), Numerals.parse(" 42 ".getBytes(), 0, 4));
        assertEquals(Long.valueOf(42), Numerals.parse("x42".getBytes(), 1, 2));
        assertNull(Numerals.parse(new byte[] {'1', 0}, 0, 2));
        assertNull(Numerals.parse(new byte[] {'1', (byte) 0xA0}, 0, 2));
    }
}
