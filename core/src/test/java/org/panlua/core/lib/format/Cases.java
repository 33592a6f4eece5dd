package org.panlua.core.lib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.DynamicTest;

/** Table-driven cases for the format tests: expected texts were produced by {@code lua5.4}. */
final class Cases {
    private Cases() {}

    /** The NaN that x86-64 computes for {@code 0/0} (sign bit set): printed {@code -nan}. */
    static final double NEG_NAN = Double.longBitsToDouble(0xFFF8_0000_0000_0000L);
    /** {@code -(0/0)}: printed {@code nan}. */
    static final double NAN = Double.longBitsToDouble(0x7FF8_0000_0000_0000L);

    /** {@code string.format(fmt, args...)} gives {@code expected}. */
    static DynamicTest c(String expected, String fmt, Object... args) {
        return DynamicTest.dynamicTest(name(fmt, args), () -> assertEquals(expected, TestArgs.format(fmt, args)));
    }

    /** {@code string.format(fmt, args...)} raises {@code message}. */
    static DynamicTest e(String message, String fmt, Object... args) {
        return DynamicTest.dynamicTest(name(fmt, args), () -> assertEquals(message, TestArgs.error(fmt, args)));
    }

    private static String name(String fmt, Object... args) {
        return "format(\"" + fmt.replace("\0", "\\0") + "\", " + Arrays.toString(args) + ")";
    }
}
