package org.panlua.core.lib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.panlua.memory.string.LuaStringCodec;

/** Single conversions through {@link Printf}, and the longest items; expected texts from lua5.4. */
class PrintfTest {

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static FormatSpec spec(boolean left, boolean plus, boolean space, boolean alt, boolean zero, int width, int precision) {
        return new FormatSpec(left, plus, space, alt, zero, width, precision);
    }

    @Test
    void integerConversions() {
        assertEquals("-00100", text(Printf.integer(spec(false, false, false, false, false, 2, 5), 'd', -100)));
        assertEquals("-000000000100", text(Printf.integer(spec(false, false, false, false, true, 13, -1), 'i', -100)));
        assertEquals("         012", text(Printf.integer(spec(false, false, false, true, false, 12, -1), 'o', 10)));
        assertEquals("0X64             ", text(Printf.integer(spec(true, false, false, true, false, 17, -1), 'X', 100)));
        assertEquals("", text(Printf.integer(spec(false, false, false, false, false, 0, 0), 'u', 0)));
        assertEquals("18446744073709551615", text(Printf.integer(FormatSpec.PLAIN, 'u', -1)));
        assertEquals("a   ", text(Printf.integer(spec(true, false, false, false, false, 4, -1), 'c', 97)));
        assertThrows(IllegalArgumentException.class, () -> Printf.integer(FormatSpec.PLAIN, 'f', 1));
    }

    @Test
    void floatConversions() {
        assertEquals("+000000000100.", text(Printf.number(spec(false, true, false, true, true, 14, 0), 'f', 100)));
        assertEquals(" 1E+02", text(Printf.number(spec(false, false, true, false, false, 1, 0), 'E', 100)));
        assertEquals(" 1e+03", text(Printf.number(spec(false, false, true, false, false, 0, 1), 'g', 1024)));
        assertEquals("+1.5", text(Printf.number(spec(false, true, false, false, false, 0, 3), 'G', 1.5)));
        assertEquals("0x1.999999999999ap-4", text(Printf.number(FormatSpec.PLAIN, 'a', 0.1)));
        assertThrows(IllegalArgumentException.class, () -> Printf.number(FormatSpec.PLAIN, 'd', 1));
    }

    @Test
    void stringConversion() {
        assertEquals("   ab", text(Printf.string(spec(false, false, false, false, false, 5, 2), "abc".getBytes())));
        assertEquals("", text(Printf.string(spec(false, false, false, false, false, 0, 0), "alo".getBytes())));
    }

    @Test
    void longestItems() {
        String huge = TestArgs.format("%099.99f", -1e308);
        assertEquals(410, huge.length());
        assertEquals("-100000000000000001097906362944045541740", huge.substring(0, 40));
        assertEquals("." + "0".repeat(99), huge.substring(310));
        assertEquals(-1e308, Double.parseDouble(huge));
        assertEquals("3.333333333333333148296162562473909929394721984863281250000000000000000000000000000000000000000000000e-01|",
                TestArgs.format("%-99.99e|", 1.0 / 3));
        assertEquals("4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992e-324|",
                TestArgs.format("%99.99g|", Double.MIN_VALUE));
    }

    @Test
    void aNonAsciiConversionByteKeepsItsByteInTheMessage() {
        // lua5.4: string.format("%\xC3\xA4", 1) raises "invalid conversion '%\xC3' to 'format'"
        byte[] expected = "invalid conversion '%\u00c3' to 'format'".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(LuaStringCodec.decode(expected), TestArgs.error("%\u00c3\u00a4", 1L));
    }

    @Test
    void longSpecificationsAndLongStrings() {
        String zeros = "0".repeat(600);
        assertEquals("invalid format (too long)", TestArgs.error("%1" + zeros + ".3d", 10L));
        assertEquals("invalid format (too long)", TestArgs.error("%" + zeros + "d", 10L));
        String percents = "%".repeat(2000);
        assertEquals("-" + "%".repeat(20) + ".20s", TestArgs.format("-%.20s.20s", percents));
        assertEquals("\"-" + percents + ".20s\"", TestArgs.format("\"-%20s.20s\"", percents));
    }
}
