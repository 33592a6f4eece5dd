package org.panlua.core.lib.pack;

import static org.panlua.core.lib.pack.PackFixture.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Format errors and the argument numbers in pack's messages.
 * Expected values were printed by the reference interpreter (lua5.4 on x86-64 Linux) running
 * core/src/test/lua/pack/errors.lua; regenerate with gen.sh there.
 */
class PackFormatErrorTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                // integral sizes
                p("i0", "!integral size (0) out of limits [1,16]", 0L),
                p("I17", "!integral size (17) out of limits [1,16]", 0L),
                p("i99", "!integral size (99) out of limits [1,16]", 0L),
                p("s0", "!integral size (0) out of limits [1,16]", ""),
                p("s17", "!integral size (17) out of limits [1,16]", ""),
                p("!0", "!integral size (0) out of limits [1,16]"),
                p("!17", "!integral size (17) out of limits [1,16]"),
                p("<!100>", "!integral size (100) out of limits [1,16]"),
                p("i16", "00000000000000000000000000000000", 0L),
                p("i01", "05", 5L),
                p("i0016", "05000000000000000000000000000000", 5L),
                p("s016", "00000000000000000000000000000000", ""),
                p("i999999999999", "!integral size (999999999) out of limits [1,16]", 0L),
                p("i2147483647", "!integral size (214748364) out of limits [1,16]", 0L),
                p("i214748364", "!integral size (214748364) out of limits [1,16]", 0L),
                p("i2147483648", "!integral size (214748364) out of limits [1,16]", 0L),
                // numerals stop growing past INT_MAX/10: the rest is read as options
                p("c10000000000000000000000000000000000000000", "!invalid format option '0'", ""),
                p("c2147483647", "!invalid format option '7'", ""),
                p("c21474836470", "!invalid format option '7'", ""),
                p("c2147483646", "!invalid format option '6'", ""),
                p("i1234567891", "!integral size (1234567891) out of limits [1,16]", 0L),
                // unknown options
                p("br", "!invalid format option 'r'", 1L),
                p("ba", "!invalid format option 'a'", 1L),
                p("bk", "!invalid format option 'k'", 1L),
                p("b#", "!invalid format option '#'", 1L),
                p("b\377", "!invalid format option '\377'", 1L),
                p("b\001", "!invalid format option '\001'", 1L),
                p("b%", "!invalid format option '%'", 1L),
                p("b-", "!invalid format option '-'", 1L),
                p("b+", "!invalid format option '+'", 1L),
                p("bC", "!invalid format option 'C'", 1L),
                p("bD", "!invalid format option 'D'", 1L),
                p("bF", "!invalid format option 'F'", 1L),
                p("bZ", "!invalid format option 'Z'", 1L),
                p("bS", "!invalid format option 'S'", 1L),
                p("bN", "!invalid format option 'N'", 1L),
                p("bt", "!invalid format option 't'", 1L),
                // 'c' needs a size
                p("c", "!missing size for format option 'c'", ""),
                p("c x", "!missing size for format option 'c'", ""),
                p("cc", "!missing size for format option 'c'", ""),
                p("c-1", "!missing size for format option 'c'", ""),
                // the format ends at its first zero byte
                p("b\000b", "01", 1L, 2L),
                p("\000", ""),
                p("c\000", "!missing size for format option 'c'"),
                p("i2\000junk", "0300", 3L),
                // argument numbers in messages count the format as #1
                p("b b b b b b", "!bad argument #7 to 'pack' (integer overflow)", 1L, 2L, 3L, 4L, 5L, 300L),
                p("x b X i2 < I1", "!bad argument #1 to 'pack' (invalid next option for option 'X')", 1L, 256L),
                p("z z", "!bad argument #3 to 'pack' (string contains zeros)", "a", "b\000"),
                p("s1 s1", "01610162", "a", "b"),
                p("c1 c1 c1", "!bad argument #4 to 'pack' (string longer than given size)", "a", "b", "cc"),
                p("!4 b x Xi4 i1", "!bad argument #3 to 'pack' (integer overflow)", 1L, 128L),
                p("i16 i16 I2", "!bad argument #4 to 'pack' (unsigned overflow)", -1L, 1L, -1L)
        );
    }

    @ParameterizedTest(name = "pack {0}")
    @MethodSource("cases")
    void matchesReference(String format, String expected, Object[] args) {
        checkPack(format, expected, args);
    }
}
