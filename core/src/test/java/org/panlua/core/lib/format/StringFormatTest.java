package org.panlua.core.lib.format;

import static org.panlua.core.lib.format.Cases.NAN;
import static org.panlua.core.lib.format.Cases.NEG_NAN;
import static org.panlua.core.lib.format.Cases.c;
import static org.panlua.core.lib.format.Cases.e;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code string.format} against outputs and error messages of the reference interpreter
 * (its {@code 'string.format'} in messages reads {@code 'format'} here: the runtime names the
 * function). Floats are in {@link FloatFormatTest}.
 */
class StringFormatTest {

    @TestFactory
    Stream<DynamicTest> integersCharactersStrings() {
        return Stream.of(
            c("0", "%d", 0L),
            c("-1", "%d", -1L),
            c("9223372036854775807", "%d", 9223372036854775807L),
            c("-9223372036854775808", "%d", Long.MIN_VALUE),
            c("   42", "%5d", 42L),
            c("42   |", "%-5d|", 42L),
            c("-42       |", "%-10d|", -42L),
            c("-0042", "%05d", -42L),
            c("+5", "%+d", 5L),
            c(" 5", "% d", 5L),
            c("+5", "%+ d", 5L),
            c(" 0005", "% 05d", 5L),
            c("005", "%.3d", 5L),
            c("", "%.0d", 0L),
            c("     |", "%5.0d|", 0L),
            c("7", "%.0d", 7L),
            c("     007", "%08.3d", 7L),
            c("7       |", "%-08d|", 7L),
            c("-12", "%i", -12L),
            c("3", "%d", 0x1.8p+1),
            c("10", "%d", "10"),
            c("0", "%d", -0x0p+0),
            c("-00000000000000000005", "%.20d", -5L),
            c("                                                                                                  1", "%99d", 1L),
            c("+000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "%+.99d", 1L),
            c("18446744073709551615", "%u", -1L),
            c("42", "%u", 42L),
            c("  007", "%5.3u", 7L),
            c("3     |", "%-6u|", 3L),
            c("00003", "%05u", 3L),
            c("ff", "%x", 255L),
            c("FF", "%X", 255L),
            c("ffffffffffffffff", "%x", -1L),
            c("8000000000000000", "%X", Long.MIN_VALUE),
            c("0xff", "%#x", 255L),
            c("0XFF", "%#X", 255L),
            c("0", "%#x", 0L),
            c("0x0000ff", "%#08x", 255L),
            c("fffffffffffffffe", "%08x", -2L),
            c("000a", "%.4x", 10L),
            c("0x000a", "%#.4x", 10L),
            c("0xa     |", "%-#8x|", 10L),
            c("10", "%o", 8L),
            c("1777777777777777777777", "%o", -1L),
            c("010", "%#o", 8L),
            c("0", "%#o", 0L),
            c("0", "%#.0o", 0L),
            c("", "%.0o", 0L),
            c("010", "%#.3o", 8L),
            c("  010", "%#5o", 8L),
            c("", "%.0x", 0L),
            c("", "%#.0x", 0L),
            c("A", "%c", 65L),
            c("\u0000", "%c", 0L),
            c("\u00ff", "%c", 255L),
            c("\u0000", "%c", 256L),
            c("\u00ff", "%c", -1L),
            c("    A", "%5c", 65L),
            c("A    |", "%-5c|", 65L),
            c("Lua", "%c%c%c", 76L, 117L, 97L),
            c("hello", "%s", "hello"),
            c("        hi", "%10s", "hi"),
            c("hi        |", "%-10s|", "hi"),
            c("abc", "%.3s", "abcdef"),
            c("   ab", "%5.2s", "abc"),
            c("ab   |", "%-5.2s|", "abc"),
            c("", "%.0s", "abc"),
            c("12", "%s", 12L),
            c("1.5", "%s", 0x1.8p+0),
            c("1e+15", "%s", 0x1.c6bf52634p+49),
            c("nil", "%s", (Object) null),
            c("true", "%s", true),
            c("false", "%5s", false),
            c("a\u0000b", "%s", "a\u0000b"),
            c("x", "%.99s", "x"),
            c("yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "%3s", "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"),
            c("yyy", "%.3s", "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"),
            c("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "%s", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"),
            c("w                                                                                                  |", "%-99s|", "w"),
            c("[]", "[%s]", ""),
            c("a b", "%s %s", "a", "b"),
            c("%", "%%"),
            c("100% 5%", "100%% %d%%", 5L),
            c("no conversions", "no conversions"),
            c("", "")
        );
    }

    @TestFactory
    Stream<DynamicTest> quotedLiterals() {
        return Stream.of(
            c("\"hello\"", "%q", "hello"),
            c("\"a \\\"quoted\\\" \\\\ string\"", "%q", "a \"quoted\" \\ string"),
            c("\"line1\\\nline2\"", "%q", "line1\nline2"),
            c("\"a\\13b\"", "%q", "a\rb"),
            c("\"\\0\"", "%q", "\u0000"),
            c("\"\\0001\"", "%q", "\u00001"),
            c("\"\\0a\"", "%q", "\u0000a"),
            c("\"\\1\\0022\\3\"", "%q", "\u0001\u00022\u0003"),
            c("\"\\127\"", "%q", "\u007f"),
            c("\"\\1279\"", "%q", "\u007f9"),
            c("\"\\9\\11\\12\\7\\8\"", "%q", "\u0009\u000b\u000c\u0007\u0008"),
            c("\"\u00ff\u0080\u00c8\"", "%q", "\u00ff\u0080\u00c8"),
            c("\"\"", "%q", ""),
            c("0", "%q", 0L),
            c("42", "%q", 42L),
            c("-42", "%q", -42L),
            c("9223372036854775807", "%q", 9223372036854775807L),
            c("0x8000000000000000", "%q", Long.MIN_VALUE),
            c("0x1p+0", "%q", 0x1p+0),
            c("0x1p-1", "%q", 0x1p-1),
            c("-0x0p+0", "%q", -0x0p+0),
            c("0x1.999999999999ap-4", "%q", 0x1.999999999999ap-4),
            c("0x1.249ad2594c37dp+332", "%q", 0x1.249ad2594c37dp+332),
            c("0x0.0000000000001p-1022", "%q", 0x0.0000000000001p-1022),
            c("1e9999", "%q", Double.POSITIVE_INFINITY),
            c("-1e9999", "%q", Double.NEGATIVE_INFINITY),
            c("(0/0)", "%q", NEG_NAN),
            c("(0/0)", "%q", NAN),
            c("nil", "%q", (Object) null),
            c("true", "%q", true),
            c("false", "%q", false)
        );
    }

    @TestFactory
    Stream<DynamicTest> pointersAndSeveralItems() {
        return Stream.of(
            c("(null)", "%p", 1L),
            c("(null)", "%p", (Object) null),
            c("(null)", "%p", true),
            c("    (null)|", "%10p|", 0x1.8p+0),
            c("(null)    |", "%-10p|", (Object) null),
            c("1 + 2 = 3", "%d + %d = %d", 1L, 2L, 3L),
            c("x=0.5;", "%s=%g;", "x", 0x1p-1),
            c("  1.2|3    |   ab", "%5.1f|%-5d|%5s", 0x1.4p+0, 3L, "ab"),
            c("1", "%d", 1L, 2L, 3L),
            c("a\u0000b1c\u0000", "a\u0000b%dc\u0000", 1L)
        );
    }

    @TestFactory
    Stream<DynamicTest> errors() {
        return Stream.of(
            e("bad argument #2 to 'format' (no value)", "%"),
            e("invalid conversion '%' to 'format'", "%", 1L),
            e("bad argument #2 to 'format' (no value)", "%d"),
            e("bad argument #3 to 'format' (no value)", "%d %d", 1L),
            e("invalid conversion '%y' to 'format'", "%y", 1L),
            e("invalid conversion '%l' to 'format'", "%ld", 1L),
            e("invalid conversion '%h' to 'format'", "%hd", 1L),
            e("invalid conversion '%5' to 'format'", "%5", 1L),
            e("invalid conversion '%' to 'format'", "%\u0000d", 1L),
            e("invalid conversion specification: '%5-d'", "%5-d", 1L),
            e("invalid conversion specification: '%#d'", "%#d", 1L),
            e("invalid conversion specification: '%100d'", "%100d", 1L),
            e("invalid conversion specification: '%.100f'", "%.100f", 1L),
            e("invalid conversion specification: '%1.2.3f'", "%1.2.3f", 1L),
            e("invalid format (too long)", "%012345678901234567890d", 1L),
            e("invalid conversion specification: '%12345678901234567890d'", "%12345678901234567890d", 1L),
            e("invalid conversion specification: '%+u'", "%+u", 1L),
            e("invalid conversion specification: '% x'", "% x", 1L),
            e("invalid conversion specification: '%+x'", "%+x", 1L),
            e("invalid conversion specification: '%05c'", "%05c", 65L),
            e("invalid conversion specification: '%.3c'", "%.3c", 65L),
            e("invalid conversion specification: '%+c'", "%+c", 65L),
            e("invalid conversion specification: '%05s'", "%05s", "a"),
            e("invalid conversion specification: '%+s'", "%+s", "a"),
            e("invalid conversion specification: '%.3p'", "%.3p", 1L),
            e("invalid conversion specification: '%05p'", "%05p", 1L),
            e("specifier '%q' cannot have modifiers", "%5q", 1L),
            e("specifier '%q' cannot have modifiers", "%-q", 1L),
            e("specifier '%q' cannot have modifiers", "%.q", "a"),
            e("bad argument #2 to 'format' (value has no literal form)", "%q", TestArgs.TABLE),
            e("bad argument #2 to 'format' (string contains zeros)", "%10s", "a\u0000b"),
            e("bad argument #2 to 'format' (string contains zeros)", "%.1s", "a\u0000b"),
            e("bad argument #2 to 'format' (number has no integer representation)", "%d", 0x1.8p+0),
            e("bad argument #2 to 'format' (number expected, got string)", "%d", "x"),
            e("bad argument #2 to 'format' (number has no integer representation)", "%d", "1.5"),
            e("bad argument #2 to 'format' (number has no integer representation)", "%x", 0x1p+63),
            e("bad argument #2 to 'format' (number has no integer representation)", "%c", 0x1p-1),
            e("bad argument #2 to 'format' (number expected, got string)", "%f", "abc"),
            e("bad argument #2 to 'format' (number expected, got nil)", "%d", (Object) null),
            e("bad argument #2 to 'format' (number expected, got boolean)", "%f", true),
            e("bad argument #2 to 'format' (number expected, got table)", "%a", TestArgs.TABLE),
            e("invalid conversion specification: '%#c'", "%#c", 1L),
            e("invalid conversion specification: '%#s'", "%#s", "a"),
            e("bad argument #2 to 'format' (number expected, got string)", "%#5d", "x"),
            e("bad argument #2 to 'format' (number expected, got string)", "%#d", "x"),
            e("invalid conversion specification: '%05c'", "%05c", "x"),
            e("invalid conversion specification: '% s'", "% s", TestArgs.TABLE),
            e("invalid conversion specification: '%.3p'", "%.3p", TestArgs.TABLE),
            e("bad argument #2 to 'format' (number expected, got string)", "%#5a", "x"),
            e("invalid conversion specification: '%.3.d'", "%.3.d", 1L)
        );
    }
}
