package org.panlua.core.lib.pack;

import static org.panlua.core.lib.pack.PackFixture.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Packing floats, strings ({@code s z c}) and padding.
 * Expected values were printed by the reference interpreter (lua5.4 on x86-64 Linux) running
 * core/src/test/lua/pack/floats.lua; regenerate with gen.sh there.
 */
class PackFloatStringTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                // f d n in three byte orders
                p("<f f f f f f f f f ", "00000000000000800000c03fcdcc8cbfcdcccc3d0000807f000080ff0000807f000080ff", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p("<f f f f f f f f f ", "000000000100000000000000000000000000807fffff7f7f0000804b6616fa44db0f4940", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                p("<d d d d d d d d d ", "00000000000000000000000000000080000000000000f83f9a9999999999f1bf9a9999999999b93f000000000000f07f000000000000f0ff9c7500883ce4377e9c7500883ce437fe", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p("<d d d d d d d d d ", "1fb8d44a7aee8d35000000000000a03600000000000090360100000000000000000000f0ffffef47f8af4de5ffffef470000001000007041cdcccccccc429f40182d4454fb210940", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                p("<n n n n n n n n n ", "00000000000000000000000000000080000000000000f83f9a9999999999f1bf9a9999999999b93f000000000000f07f000000000000f0ff9c7500883ce4377e9c7500883ce437fe", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p("<n n n n n n n n n ", "1fb8d44a7aee8d35000000000000a03600000000000090360100000000000000000000f0ffffef47f8af4de5ffffef470000001000007041cdcccccccc429f40182d4454fb210940", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                p(">f f f f f f f f f ", "00000000800000003fc00000bf8ccccd3dcccccd7f800000ff8000007f800000ff800000", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p(">f f f f f f f f f ", "000000000000000100000000000000007f8000007f7fffff4b80000044fa166640490fdb", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                p(">d d d d d d d d d ", "000000000000000080000000000000003ff8000000000000bff199999999999a3fb999999999999a7ff0000000000000fff00000000000007e37e43c8800759cfe37e43c8800759c", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p(">d d d d d d d d d ", "358dee7a4ad4b81f36a00000000000003690000000000000000000000000000147effffff000000047efffffe54daff84170000010000000409f42cccccccccd400921fb54442d18", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                p(">n n n n n n n n n ", "000000000000000080000000000000003ff8000000000000bff199999999999a3fb999999999999a7ff0000000000000fff00000000000007e37e43c8800759cfe37e43c8800759c", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p(">n n n n n n n n n ", "358dee7a4ad4b81f36a00000000000003690000000000000000000000000000147effffff000000047efffffe54daff84170000010000000409f42cccccccccd400921fb54442d18", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                p("=f f f f f f f f f ", "00000000000000800000c03fcdcc8cbfcdcccc3d0000807f000080ff0000807f000080ff", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p("=f f f f f f f f f ", "000000000100000000000000000000000000807fffff7f7f0000804b6616fa44db0f4940", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                p("=d d d d d d d d d ", "00000000000000000000000000000080000000000000f83f9a9999999999f1bf9a9999999999b93f000000000000f07f000000000000f0ff9c7500883ce4377e9c7500883ce437fe", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p("=d d d d d d d d d ", "1fb8d44a7aee8d35000000000000a03600000000000090360100000000000000000000f0ffffef47f8af4de5ffffef470000001000007041cdcccccccc429f40182d4454fb210940", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                p("=n n n n n n n n n ", "00000000000000000000000000000080000000000000f83f9a9999999999f1bf9a9999999999b93f000000000000f07f000000000000f0ff9c7500883ce4377e9c7500883ce437fe", d(0x0000000000000000L), d(0x8000000000000000L), d(0x3ff8000000000000L), d(0xbff199999999999aL), d(0x3fb999999999999aL), d(0x7ff0000000000000L), d(0xfff0000000000000L), d(0x7e37e43c8800759cL), d(0xfe37e43c8800759cL)),
                p("=n n n n n n n n n ", "1fb8d44a7aee8d35000000000000a03600000000000090360100000000000000000000f0ffffef47f8af4de5ffffef470000001000007041cdcccccccc429f40182d4454fb210940", d(0x358dee7a4ad4b81fL), d(0x36a0000000000000L), d(0x3690000000000000L), d(0x0000000000000001L), d(0x47effffff0000000L), d(0x47efffffe54daff8L), d(0x4170000010000000L), d(0x409f42cccccccccdL), d(0x400921fb54442d18L)),
                // NaNs keep their sign
                p("<f d n", "0000c0ff000000000000f8ff000000000000f8ff", d(0xfff8000000000000L), d(0xfff8000000000000L), d(0xfff8000000000000L)),
                p("<f d n", "0000c07f000000000000f87f000000000000f87f", d(0x7ff8000000000000L), d(0x7ff8000000000000L), d(0x7ff8000000000000L)),
                // integers as floats
                p("<f d n", "000040400000000000001cc0000000000000e043", 3L, -7L, 9223372036854775807L),
                p(">f d n", "4b8000004340000000000000c3e0000000000000", 16777217L, 9007199254740993L, -9223372036854775808L),
                // strings with a length: s1..s16
                p("<s1", "03616263", "abc"),
                p(">s1", "00", ""),
                p("<s2", "0300616263", "abc"),
                p(">s2", "0000", ""),
                p("<s3", "030000616263", "abc"),
                p(">s3", "000000", ""),
                p("<s4", "03000000616263", "abc"),
                p(">s4", "00000000", ""),
                p("<s5", "0300000000616263", "abc"),
                p(">s5", "0000000000", ""),
                p("<s6", "030000000000616263", "abc"),
                p(">s6", "000000000000", ""),
                p("<s7", "03000000000000616263", "abc"),
                p(">s7", "00000000000000", ""),
                p("<s8", "0300000000000000616263", "abc"),
                p(">s8", "0000000000000000", ""),
                p("<s9", "030000000000000000616263", "abc"),
                p(">s9", "000000000000000000", ""),
                p("<s10", "03000000000000000000616263", "abc"),
                p(">s10", "00000000000000000000", ""),
                p("<s11", "0300000000000000000000616263", "abc"),
                p(">s11", "0000000000000000000000", ""),
                p("<s12", "030000000000000000000000616263", "abc"),
                p(">s12", "000000000000000000000000", ""),
                p("<s13", "03000000000000000000000000616263", "abc"),
                p(">s13", "00000000000000000000000000", ""),
                p("<s14", "0300000000000000000000000000616263", "abc"),
                p(">s14", "0000000000000000000000000000", ""),
                p("<s15", "030000000000000000000000000000616263", "abc"),
                p(">s15", "000000000000000000000000000000", ""),
                p("<s16", "03000000000000000000000000000000616263", "abc"),
                p(">s16", "00000000000000000000000000000000", ""),
                p("s", "050000000000000068656c6c6f", "hello"),
                p(">s", "000000000000000568656c6c6f", "hello"),
                p("s1 s1", "00030001ff", "", "\000\001\377"),
                // zero-terminated
                p("z", "00", ""),
                p("z", "61626300", "abc"),
                p("zz", "6100ff0100", "a", "\377\001"),
                p("z", "!bad argument #2 to 'pack' (string contains zeros)", "a\000b"),
                p("z", "!bad argument #2 to 'pack' (string contains zeros)", "\000"),
                p("zB", "78797a0007", "xyz", 7L),
                // fixed size
                p("c0", "", ""),
                p("c1", "61", "a"),
                p("c5", "6162000000", "ab"),
                p("c5", "6162636465", "abcde"),
                p("c3", "!bad argument #2 to 'pack' (string longer than given size)", "abcd"),
                p("c0", "!bad argument #2 to 'pack' (string longer than given size)", "a"),
                p("c2c3", "0000ff0000", "\000\000", "\377"),
                p("c10", "61006200000000000000", "a\000b"),
                p("c16 c1", "0000000000000000000000000000000071", "", "q"),
                // padding and spaces
                p("x", "00"),
                p("xxx", "000000"),
                p("bxh", "01000200", 1L, 2L),
                p(" b  x B ", "010002", 1L, 2L),
                p("", ""),
                // numbers given as strings are the runtime's business: numerals for strings are fine
                p("z c2 s1", "31320033340135", 12L, 34L, 5L)
        );
    }

    @ParameterizedTest(name = "pack {0}")
    @MethodSource("cases")
    void matchesReference(String format, String expected, Object[] args) {
        checkPack(format, expected, args);
    }
}
