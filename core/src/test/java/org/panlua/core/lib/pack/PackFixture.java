package org.panlua.core.lib.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;
import org.panlua.core.vm.LuaError;

/**
 * Test helpers: Lua values as Java objects (Long, Double, String of Latin-1 chars for bytes),
 * results rendered the way the expected values were printed by the reference interpreter.
 */
final class PackFixture {
    private static final HexFormat HEX = HexFormat.of();

    private PackFixture() {
    }

    /** The bytes of a Lua string written as a Java string, one Latin-1 char per byte. */
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    static byte[] unhex(String s) {
        return HEX.parseHex(s);
    }

    /** A float given by its IEEE bits, for exact values in expectations. */
    static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    /** Pack arguments from Java values; argument 2 is {@code values[0]}. */
    record Args(Object... values) implements PackArgs {
        private Object at(int argIndex) {
            int i = argIndex - 2;
            if (i >= values.length) {
                throw new LuaError("bad argument #" + argIndex + " to 'pack' (no value)");
            }
            return values[i];
        }

        @Override
        public long integer(int argIndex) {
            return switch (at(argIndex)) {
                case Long l -> l;
                case Integer i -> i;
                case Double v when v == Math.rint(v) && v >= -0x1p63 && v < 0x1p63 -> v.longValue();
                default -> throw new LuaError("bad argument #" + argIndex
                        + " to 'pack' (number has no integer representation)");
            };
        }

        @Override
        public double number(int argIndex) {
            return switch (at(argIndex)) {
                case Long l -> (double) l;
                case Integer i -> (double) i;
                case Double v -> v;
                default -> throw new LuaError("bad argument #" + argIndex + " to 'pack' (number expected)");
            };
        }

        @Override
        public byte[] string(int argIndex) {
            return switch (at(argIndex)) {
                case String s -> bytes(s);
                case byte[] b -> b;
                case Long l -> bytes(Long.toString(l));
                default -> throw new LuaError("bad argument #" + argIndex + " to 'pack' (string expected)");
            };
        }
    }

    /** Unpacked values rendered as "i:N", "n:BITS" (hex IEEE bits) and "s:HEX". */
    static final class Sink implements UnpackSink {
        final List<String> values = new ArrayList<>();
        final List<Object> objects = new ArrayList<>();

        @Override
        public void integer(long value) {
            values.add("i:" + value);
            objects.add(value);
        }

        @Override
        public void number(double value) {
            values.add("n:" + String.format("%016x", Double.doubleToRawLongBits(value)));
            objects.add(value);
        }

        @Override
        public void string(byte[] data, int offset, int length) {
            byte[] s = java.util.Arrays.copyOfRange(data, offset, offset + length);
            values.add("s:" + hex(s));
            objects.add(new String(s, StandardCharsets.ISO_8859_1));
        }
    }

    static String pack(String format, Object... args) {
        return hex(StringPack.pack(bytes(format), new Args(args)));
    }

    /** Unpack results then the next position, e.g. "i:-1 n:3ff0000000000000 s:6162 =5". */
    static String unpack(String format, byte[] data, long init) {
        Sink sink = new Sink();
        long next = StringPack.unpack(bytes(format), data, init, sink);
        StringBuilder b = new StringBuilder();
        for (String v : sink.values) {
            b.append(v).append(' ');
        }
        return b.append('=').append(next).toString();
    }

    /** The objects unpacked from the whole of {@code data}, the next position last. */
    static List<Object> unpackAll(String format, String data) {
        return unpackAll(format, data, 1);
    }

    static List<Object> unpackAll(String format, String data, long init) {
        Sink sink = new Sink();
        long next = StringPack.unpack(bytes(format), bytes(data), init, sink);
        sink.objects.add(next);
        return sink.objects;
    }

    /** The error message {@code body} raises (a pending message without position). */
    static String error(Runnable body) {
        LuaError e = assertThrows(LuaError.class, body::run);
        return e.pendingMessage();
    }

    static void assertError(String message, Runnable body) {
        assertEquals(message, error(body));
    }

    /** A pack case: expected hex result, or "!" and the error message. */
    static Arguments p(String format, String expected, Object... args) {
        return Arguments.of(format, expected, args);
    }

    /** An unpack case: data in hex, init, expected rendering (see {@link #unpack}) or "!" error. */
    static Arguments u(String format, String dataHex, long init, String expected) {
        return Arguments.of(format, dataHex, init, expected);
    }

    /** A packsize case: expected size in decimal, or "!" and the error message. */
    static Arguments z(String format, String expected) {
        return Arguments.of(format, expected);
    }

    static void checkPack(String format, String expected, Object[] args) {
        if (expected.startsWith("!")) {
            assertError(expected.substring(1), () -> StringPack.pack(bytes(format), new Args(args)));
        } else {
            assertEquals(expected, pack(format, args));
        }
    }

    static void checkUnpack(String format, String dataHex, long init, String expected) {
        byte[] data = unhex(dataHex);
        if (expected.startsWith("!")) {
            assertError(expected.substring(1), () -> unpack(format, data, init));
        } else {
            assertEquals(expected, unpack(format, data, init));
        }
    }

    static void checkPacksize(String format, String expected) {
        if (expected.startsWith("!")) {
            assertError(expected.substring(1), () -> StringPack.packsize(bytes(format)));
        } else {
            assertEquals(Long.parseLong(expected), StringPack.packsize(bytes(format)));
        }
    }
}
