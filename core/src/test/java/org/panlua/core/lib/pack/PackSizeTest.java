package org.panlua.core.lib.pack;

import static org.panlua.core.lib.pack.PackFixture.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code packsize}: fixed sizes, alignment, variable-length formats and the size limit.
 * Expected values were printed by the reference interpreter (lua5.4 on x86-64 Linux) running
 * core/src/test/lua/pack/packsize.lua; regenerate with gen.sh there.
 */
class PackSizeTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                // fixed sizes
                z("", "0"),
                z(" ", "0"),
                z("b", "1"),
                z("B", "1"),
                z("h", "2"),
                z("H", "2"),
                z("i", "4"),
                z("I", "4"),
                z("l", "8"),
                z("L", "8"),
                z("j", "8"),
                z("J", "8"),
                z("T", "8"),
                z("f", "4"),
                z("d", "8"),
                z("n", "8"),
                z("x", "1"),
                z("c0", "0"),
                z("c7", "7"),
                z("i1", "1"),
                z("i3", "3"),
                z("i9", "9"),
                z("i16", "16"),
                z("I5", "5"),
                z("<>=", "0"),
                z("bhilj", "23"),
                z("<i2 >i2 =i2", "6"),
                // alignment
                z("!xXi16", "8"),
                z("!8 xXi8", "8"),
                z("!8 xXi2", "2"),
                z("!2 xXi2", "2"),
                z("!2 xXi8", "2"),
                z("!16 xXi16", "16"),
                z("!4 b i4", "8"),
                z("!4 b h b", "5"),
                z("! b d", "16"),
                z("! b i16", "24"),
                z("!16 b i16", "32"),
                z("!4 c3 i4", "8"),
                z("!8 b Xd", "8"),
                z("b Xd", "1"),
                z("!8 b Xi3", "!bad argument #1 to 'packsize' (format asks for alignment not power of 2)"),
                z("!4 b i3", "!bad argument #1 to 'packsize' (format asks for alignment not power of 2)"),
                z(" b b Xd b Xb x", "4"),
                z("!8 b c1 Xi8", "8"),
                z("<! c3", "3"),
                z(">!4 c6", "6"),
                z("!2 b i3", "5"),
                z("!8 bbb Xi8 h", "10"),
                // variable length and limits
                z("s", "!bad argument #1 to 'packsize' (variable-length format)"),
                z("z", "!bad argument #1 to 'packsize' (variable-length format)"),
                z("b s1", "!bad argument #1 to 'packsize' (variable-length format)"),
                z("bz", "!bad argument #1 to 'packsize' (variable-length format)"),
                z("c2147483639", "2147483639"),
                z("c2147483639c8", "2147483647"),
                z("c2147483639c9", "!bad argument #1 to 'packsize' (format result too large)"),
                z("c1073741824c1073741823", "2147483647"),
                z("c1073741824c1073741824", "!bad argument #1 to 'packsize' (format result too large)"),
                z("c2147483647", "!invalid format option '7'"),
                z("c268435456c268435456c268435456c268435456c268435456c268435456c268435456c268435456", "!bad argument #1 to 'packsize' (format result too large)"),
                z("c268435456c268435456c268435456c268435456c268435456c268435456c268435456c268435455", "2147483647"),
                z("!8 c2147483639 j", "!bad argument #1 to 'packsize' (format result too large)"),
                z("X", "!bad argument #1 to 'packsize' (invalid next option for option 'X')"),
                z("i17", "!integral size (17) out of limits [1,16]"),
                z("c", "!missing size for format option 'c'"),
                z("q", "!invalid format option 'q'"),
                z("i3\000s", "3")
        );
    }

    @ParameterizedTest(name = "packsize {0}")
    @MethodSource("cases")
    void matchesReference(String format, String expected) {
        checkPacksize(format, expected);
    }
}
