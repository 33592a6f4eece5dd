package org.panlua.core.lib.pack;

import static org.panlua.core.lib.pack.PackFixture.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alignment: {@code !}, {@code X} and the power-of-2 rule.
 * Expected values were printed by the reference interpreter (lua5.4 on x86-64 Linux) running
 * core/src/test/lua/pack/align.lua; regenerate with gen.sh there.
 */
class PackAlignmentTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                // no alignment without '!'
                p("b i4 b d", "0102000000030000000000001040", 1L, 2L, 3L, d(0x4010000000000000L)),
                p("b Xi8 b", "0102", 1L, 2L),
                // '!' alone is the native alignment (8)
                p("! b h", "01000200", 1L, 2L),
                p("! b i", "0100000002000000", 1L, 2L),
                p("! b j", "01000000000000000200000000000000", 1L, 2L),
                p("! b d", "01000000000000000000000000000040", 1L, d(0x4000000000000000L)),
                p("! b i16", "010000000000000002000000000000000000000000000000", 1L, 2L),
                p("! b f", "0100000000000040", 1L, d(0x4000000000000000L)),
                p("! b n", "01000000000000000000000000000040", 1L, d(0x4000000000000000L)),
                p("! b T", "01000000000000000200000000000000", 1L, 2L),
                p("! b l", "01000000000000000200000000000000", 1L, 2L),
                // '!n' caps alignment at n
                p("<!1 b i2 b i4 b i8 b i16 b", "0102000304000000050600000000000000070800000000000000000000000000000009", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L),
                p("<!2 b i2 b i4 b i8 b i16 b", "010002000300040000000500060000000000000007000800000000000000000000000000000009", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L),
                p("<!4 b i2 b i4 b i8 b i16 b", "010002000300000004000000050000000600000000000000070000000800000000000000000000000000000009", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L),
                p("<!8 b i2 b i4 b i8 b i16 b", "01000200030000000400000005000000060000000000000007000000000000000800000000000000000000000000000009", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L),
                p("<!16 b i2 b i4 b i8 b i16 b", "01000200030000000400000005000000060000000000000007000000000000000800000000000000000000000000000009", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L),
                p(">!4 b d", "010000003ff0000000000000", 1L, d(0x3ff0000000000000L)),
                p(">!2 b i8", "01000000000000000007", 1L, 7L),
                // sizes that are not powers of 2
                p("!4 b i3", "!bad argument #1 to 'pack' (format asks for alignment not power of 2)", 1L, 2L),
                p("!2 b i3", "0100020000", 1L, 2L),
                p("!8 b i6", "!bad argument #1 to 'pack' (format asks for alignment not power of 2)", 1L, 2L),
                p("!16 b i12", "!bad argument #1 to 'pack' (format asks for alignment not power of 2)", 1L, 2L),
                p("!3 b i3", "!bad argument #1 to 'pack' (format asks for alignment not power of 2)", 1L, 2L),
                p("!3 b i2", "01000200", 1L, 2L),
                p("!5 b i4", "0100000002000000", 1L, 2L),
                p("!3 b", "01", 1L),
                p("!6 b", "01", 1L),
                p("!4 i1 i1 i3", "!bad argument #1 to 'pack' (format asks for alignment not power of 2)", 1L, 2L, 3L),
                // strings: c never aligned, s aligned to its length size, z not at all
                p("!4 b c3 i4", "0161620002000000", 1L, "ab", 2L),
                p("!4 b s2", "010002006162", 1L, "ab"),
                p("!4 b s", "0100000002000000000000006162", 1L, "ab"),
                p("!8 b s4 b", "010000000300000078797a02", 1L, "xyz", 2L),
                p("!4 b z i4", "0161620002000000", 1L, "ab", 2L),
                p("!8 b c9 j", "010000000000000000000000000000000500000000000000", 1L, "", 5L),
                // X aligns to the next option's size, without consuming a value
                p("!8 b Xh b", "010002", 1L, 2L),
                p("!8 b Xi b", "0100000002", 1L, 2L),
                p("!8 b Xj b", "010000000000000002", 1L, 2L),
                p("!8 b Xi16 b", "010000000000000002", 1L, 2L),
                p("!16 b Xi16 b", "0100000000000000000000000000000002", 1L, 2L),
                p("!8 b Xf", "01000000", 1L),
                p("!8 b Xd", "0100000000000000", 1L),
                p("!8 b Xn", "0100000000000000", 1L),
                p("!8 b Xs2", "0100", 1L),
                p("!8 b Xx b", "0102", 1L, 2L),
                p("!8 b XT", "0100000000000000", 1L),
                p("!2 b Xi8", "0100", 1L),
                p("!8 bb Xi4 b", "0102000003", 1L, 2L, 3L),
                p("!8 b Xi3", "!bad argument #1 to 'pack' (format asks for alignment not power of 2)", 1L),
                p("!8 Xi4", ""),
                p("!4 i4 Xi4 b", "0100000002", 1L, 2L),
                p("b Xi4", "01", 1L),
                p(">!4 b Xi4 i2", "010000000002", 1L, 2L),
                p("!4 b X i4", "!bad argument #1 to 'pack' (invalid next option for option 'X')", 1L, 2L),
                // X errors
                p("X", "!bad argument #1 to 'pack' (invalid next option for option 'X')"),
                p("b X", "!bad argument #1 to 'pack' (invalid next option for option 'X')", 1L),
                p("Xc1", "!bad argument #1 to 'pack' (invalid next option for option 'X')"),
                p("Xc", "!missing size for format option 'c'"),
                p("Xz", "!bad argument #1 to 'pack' (invalid next option for option 'X')"),
                p("XX", "!bad argument #1 to 'pack' (invalid next option for option 'X')"),
                p("X<", "!bad argument #1 to 'pack' (invalid next option for option 'X')"),
                p("X!", "!bad argument #1 to 'pack' (invalid next option for option 'X')"),
                p("X ", "!bad argument #1 to 'pack' (invalid next option for option 'X')"),
                p("Xi17", "!integral size (17) out of limits [1,16]"),
                p("Xq", "!invalid format option 'q'"),
                p("!8 b Xs", "0100000000000000", 1L),
                p("!8 X", "!bad argument #1 to 'pack' (invalid next option for option 'X')", 1L),
                p("Xb", ""),
                p("X\000i", "!bad argument #1 to 'pack' (invalid next option for option 'X')"),
                // endianness settings mid-format
                p("<i2 >i2 =i2 <i2", "0100000203000400", 1L, 2L, 3L, 4L),
                p(">!4 b <i4 >i4", "010000000200000000000003", 1L, 2L, 3L),
                p("<!4 h >!2 b i8", "010002000000000000000003", 1L, 2L, 3L)
        );
    }

    @ParameterizedTest(name = "pack {0}")
    @MethodSource("cases")
    void matchesReference(String format, String expected, Object[] args) {
        checkPack(format, expected, args);
    }
}
