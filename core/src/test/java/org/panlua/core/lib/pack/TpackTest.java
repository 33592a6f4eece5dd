package org.panlua.core.lib.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.panlua.core.lib.pack.PackFixture.bytes;
import static org.panlua.core.lib.pack.PackFixture.error;
import static org.panlua.core.lib.pack.PackFixture.unpackAll;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assertions of the official suite's pack tests (testes/tpack.lua), in Java. */
class TpackTest {
    private static final int NB = 16;
    private static final int SIZE_LI = 8;
    /** Lua's 0x13121110090807060504030201: a hexadecimal integer keeps its low 64 bits. */
    private static final long LNUM = 0x0807060504030201L;

    private static String pack(String format, Object... args) {
        return new String(StringPack.pack(bytes(format), new PackFixture.Args(args)), StandardCharsets.ISO_8859_1);
    }

    private static long packsize(String format) {
        return StringPack.packsize(bytes(format));
    }

    private static Object unpack(String format, String data) {
        return unpackAll(format, data).getFirst();
    }

    private static void checkError(String fragment, Runnable body) {
        String message = error(body);
        assertTrue(message.contains(fragment), () -> "'" + message + "' lacks '" + fragment + "'");
    }

    private static String rev(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    private static String rep(String s, int n) {
        return s.repeat(n);
    }

    @Test
    void platformSizes() {
        assertEquals(2, packsize("h"));
        assertEquals(4, packsize("i"));
        assertEquals(8, packsize("l"));
        assertEquals(8, packsize("T"));
        assertEquals(8, packsize("j"));
        assertEquals(4, packsize("f"));
        assertEquals(8, packsize("d"));
        assertEquals(8, packsize("n"));
        assertEquals("\1\0", pack("i2", 1L)); // little endian
        assertEquals(8, packsize("!xXi16")); // maximum alignment
    }

    @Test
    void minimumIntegerBehaviour() {
        assertEquals(0xffL, unpack("B", pack("B", 0xffL)));
        assertEquals(0x7fL, unpack("b", pack("b", 0x7fL)));
        assertEquals(-0x80L, unpack("b", pack("b", -0x80L)));
        assertEquals(0xffffL, unpack("H", pack("H", 0xffffL)));
        assertEquals(0x7fffL, unpack("h", pack("h", 0x7fffL)));
        assertEquals(-0x8000L, unpack("h", pack("h", -0x8000L)));
        assertEquals(0xffffffffL, unpack("L", pack("L", 0xffffffffL)));
        assertEquals(0x7fffffffL, unpack("l", pack("l", 0x7fffffffL)));
        assertEquals(-0x80000000L, unpack("l", pack("l", -0x80000000L)));
    }

    @Test
    void everySizeSignExtendsAndHoldsSmallValues() {
        for (int i = 1; i <= NB; i++) {
            String s = rep("\u00ff", i);
            assertEquals(s, pack("i" + i, -1L));
            assertEquals(i, packsize("i" + i));
            assertEquals(-1L, unpack("i" + i, s));

            s = "\u00aa" + rep("\0", i - 1);
            assertEquals(s, pack("<I" + i, 0xAAL));
            assertEquals(0xAAL, unpack("<I" + i, s));
            assertEquals(rev(s), pack(">I" + i, 0xAAL));
            assertEquals(0xAAL, unpack(">I" + i, rev(s)));
        }
    }

    @Test
    void integersWiderThanLuaIntegers() {
        String s = pack("<j", LNUM);
        assertEquals(LNUM, unpack("<j", s));
        assertEquals(LNUM, unpack("<i" + (SIZE_LI + 1), s + "\0"));
        for (int i = SIZE_LI + 1; i <= NB; i++) {
            String n = pack("<j", -LNUM);
            assertEquals(-LNUM, unpack("<j", n));
            assertEquals(-LNUM, unpack("<i" + i, n + rep("\u00ff", i - SIZE_LI)));
            assertEquals(-LNUM, unpack(">i" + i, rep("\u00ff", i - SIZE_LI) + rev(n)));
            assertEquals(-LNUM, unpack("<I" + i, n + rep("\0", i - SIZE_LI)));
            int size = i;
            checkError("does not fit", () -> unpack("<I" + size, rep("\0", size - 1) + "\1"));
            checkError("does not fit", () -> unpack(">i" + size, "\1" + rep("\0", size - 1)));
        }
    }

    @Test
    void bytesOfEachSize() {
        String lstr = "\1\2\3\4\5\6\7\10\11\12\13\14\15";
        for (int i = 1; i <= SIZE_LI; i++) {
            long n = i == 8 ? LNUM : LNUM & ~(-1L << (i * 8));
            String s = lstr.substring(0, i);
            assertEquals(s, pack("<i" + i, n));
            assertEquals(rev(s), pack(">i" + i, n));
            assertEquals(n, unpack(">i" + i, rev(s)));
        }
    }

    @Test
    void signExtension() {
        long u = 0xf0;
        for (int i = 1; i <= SIZE_LI - 1; i++) {
            assertEquals(-16L, unpack("<i" + i, "\u00f0" + rep("\u00ff", i - 1)));
            assertEquals(u, unpack(">I" + i, "\u00f0" + rep("\u00ff", i - 1)));
            u = u * 256 + 0xff;
        }
    }

    @Test
    void mixedEndianness() {
        assertEquals("\0\12\24\0", pack(">i2 <i2", 10L, 20L));
        assertEquals(List.of(10L, 20L, 5L), unpackAll("<i2 >i2", "\12\0\0\24"));
        assertEquals(pack("i4", 2001L), pack("=i4", 2001L));
    }

    @Test
    void invalidFormats() {
        checkError("out of limits", () -> pack("i0", 0L));
        checkError("out of limits", () -> pack("i" + (NB + 1), 0L));
        checkError("out of limits", () -> pack("!" + (NB + 1), 0L));
        checkError("(17) out of limits [1,16]", () -> pack("Xi" + (NB + 1)));
        checkError("invalid format option 'r'", () -> pack("i3r", 0L));
        checkError("16-byte integer", () -> unpack("i16", rep("\3", 16)));
        checkError("not power of 2", () -> pack("!4i3", 0L));
        checkError("missing size", () -> pack("c", ""));
        checkError("variable-length format", () -> packsize("s"));
        checkError("variable-length format", () -> packsize("z"));
        checkError("invalid format", () -> packsize("c1" + rep("0", 40)));
        checkError("too large", () -> packsize(rep("c268435456", 8)));
        assertEquals(0x7fffffffL, packsize(rep("c268435456", 7) + "c268435455"));
    }

    @Test
    void overflowInPacking() {
        for (int i = 1; i <= SIZE_LI - 1; i++) {
            long umax = (1L << (i * 8)) - 1;
            long max = umax >> 1;
            long min = ~max;
            int n = i;
            checkError("overflow", () -> pack("<I" + n, -1L));
            checkError("overflow", () -> pack("<I" + n, min));
            checkError("overflow", () -> pack(">I" + n, umax + 1));
            checkError("overflow", () -> pack(">i" + n, umax));
            checkError("overflow", () -> pack(">i" + n, max + 1));
            checkError("overflow", () -> pack("<i" + n, min - 1));
            assertEquals(max, unpack(">i" + i, pack(">i" + i, max)));
            assertEquals(min, unpack("<i" + i, pack("<i" + i, min)));
            assertEquals(umax, unpack(">I" + i, pack(">I" + i, umax)));
        }
        assertEquals(Long.MAX_VALUE, unpack(">j", pack(">j", Long.MAX_VALUE)));
        assertEquals(Long.MIN_VALUE, unpack("<j", pack("<j", Long.MIN_VALUE)));
        assertEquals(-1L, unpack("<J", pack("<j", -1L)));
        assertEquals(pack("<f", 24L), pack("f", 24L));
    }

    @Test
    void floatingPoint() {
        double[] natives = {0, -1.1, 1.9, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20, -1e20, 0.1, 2000.7};
        for (double n : natives) {
            assertEquals(n, unpack("n", pack("n", n)));
            assertEquals(n, unpack("<n", pack("<n", n)));
            assertEquals(n, unpack(">n", pack(">n", n)));
            assertEquals(rev(pack(">f", n)), pack("<f", n));
            assertEquals(rev(pack("<d", n)), pack(">d", n));
        }
        double[] rounds = {0, -1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e10, -1e9, 0.5, 2000.25};
        for (double n : rounds) {
            assertEquals(n, unpack("<f", pack("<f", n)));
            assertEquals(n, unpack(">f", pack(">f", n)));
            assertEquals(n, unpack("<d", pack("<d", n)));
            assertEquals(n, unpack(">d", pack(">d", n)));
        }
    }

    @Test
    void strings() {
        String s = rep("abc", 1000);
        assertEquals(s + "\0\u00f7", pack("zB", s, 247L));
        assertEquals(List.of(s, 249L, 3003L), unpackAll("zB", s + "\0\u00f9"));
        assertEquals(s, unpack("s", pack("s", s)));
        checkError("does not fit", () -> pack("s1", s));
        checkError("contains zeros", () -> pack("z", "alo\0"));
        checkError("unfinished string", () -> unpack("zc10000000", "alo"));
        for (int i = 2; i <= NB; i++) {
            String s1 = pack("s" + i, s);
            assertEquals(s, unpack("s" + i, s1));
            assertEquals(s.length() + i, s1.length());
        }
        String x = pack("s", "alo");
        checkError("too short", () -> unpack("s", x.substring(0, x.length() - 1)));
        checkError("too short", () -> unpack("c5", "abcd"));
        checkError("out of limits", () -> pack("s100", "alo"));
    }

    @Test
    void fixedSizeStrings() {
        assertEquals("", pack("c0", ""));
        assertEquals(0, packsize("c0"));
        assertEquals("", unpack("c0", ""));
        assertEquals("abc", pack("<! c3", "abc"));
        assertEquals(3, packsize("<! c3"));
        assertEquals("abcdef", pack(">!4 c6", "abcdef"));
        assertEquals("123", pack("c3", "123"));
        assertEquals("123456\0\0", pack("c8", "123456"));
        assertEquals(rep("\0", 88), pack("c88", ""));
        assertEquals("ab" + rep("\0", 188 - 2), pack("c188", "ab"));
        assertEquals(List.of("abcdefghi", "xyz", 14L), unpackAll("!4 z c3", "abcdefghi\0xyz"));
        checkError("longer than", () -> pack("c3", "1234"));
    }

    @Test
    void sequenceOfTypes() {
        String format = "<b h b f d f n i";
        String x = pack(format, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertEquals(packsize(format), x.length());
        assertEquals(List.of(1L, 2L, 3L, 4.0, 5.0, 6.0, 7.0, 8L, (long) x.length() + 1), unpackAll(format, x));
    }

    @Test
    void alignment() {
        assertEquals("\2\3\0", pack(" < i1 i2 ", 2L, 3L));
        String x = pack(">!8 b Xh i4 i8 c1 Xi8", -12L, 100L, 200L, "\u00ec");
        assertEquals(packsize(">!8 b Xh i4 i8 c1 Xi8"), x.length());
        assertEquals("\u00f4\0\0\0" + "\0\0\0\144" + "\0\0\0\0\0\0\0\u00c8" + "\u00ec\0\0\0\0\0\0\0", x);
        assertEquals(List.of("\u00f4", 100L, 200L, -20L, (long) x.length() + 1),
                unpackAll(">!8 c1 Xh i4 i8 b Xi8 XI XH", x));

        x = pack(">!4 c3 c4 c2 z i4 c5 c2 Xi4", "abc", "abcd", "xz", "hello", 5L, "world", "xy");
        assertEquals("abcabcdxzhello\0\0\0\0\0\5worldxy\0", x);
        List<Object> r = unpackAll(">!4 c3 c4 c2 z i4 c5 c2 Xh Xi4", x);
        assertEquals(List.of("abc", "abcd", "xz", "hello", 5L, "world", "xy"), r.subList(0, 7));
        assertEquals(0, ((long) r.get(7) - 1) % 4);

        x = pack(" b b Xd b Xb x", 1L, 2L, 3L);
        assertEquals(4, packsize(" b b Xd b Xb x"));
        assertEquals("\1\2\3\0", x);
        assertEquals(List.of(1L, 2L, 3L, (long) x.length()), unpackAll("bbXdb", x));
    }

    @Test
    void onlyAlignment() {
        String data = "0123456701234567";
        assertEquals(8, packsize("!8 xXi8"));
        assertEquals(List.of(9L), unpackAll("!8 xXi8", data));
        assertEquals(2, packsize("!8 xXi2"));
        assertEquals(List.of(3L), unpackAll("!8 xXi2", data));
        assertEquals(2, packsize("!2 xXi2"));
        assertEquals(List.of(3L), unpackAll("!2 xXi2", data));
        assertEquals(2, packsize("!2 xXi8"));
        assertEquals(List.of(3L), unpackAll("!2 xXi8", data));
        assertEquals(16, packsize("!16 xXi16"));
        assertEquals(List.of(17L), unpackAll("!16 xXi16", data));

        checkError("invalid next option", () -> pack("X"));
        checkError("invalid next option", () -> unpackAll("XXi", ""));
        checkError("invalid next option", () -> unpackAll("X i", ""));
        checkError("invalid next option", () -> pack("Xc1"));
    }

    @Test
    void initialPosition() {
        String x = pack("i4i4i4i4", 1L, 2L, 3L, 4L);
        for (int pos = 1; pos <= 16; pos += 4) {
            assertEquals(List.of((long) pos / 4 + 1, (long) pos + 4), unpackAll("i4", x, pos));
        }
        for (int pos = 0; pos <= 12; pos++) { // always rounds the position to a multiple of 4
            long i = (pos + 3) / 4 + 1;
            assertEquals(List.of(i, i * 4 + 1), unpackAll("!4 i4", x, pos + 1));
        }
        assertEquals(List.of(4L, 17L), unpackAll("!4 i4", x, -4));
        assertEquals(List.of(4L, 17L), unpackAll("!4 i4", x, -7));
        assertEquals(List.of(1L, 5L), unpackAll("!4 i4", x, -x.length()));
        for (int i = 1; i <= x.length() + 1; i++) {
            assertEquals("", unpackAll("c0", x, i).getFirst());
        }
        checkError("out of string", () -> unpackAll("c0", x, x.length() + 2));
    }
}
