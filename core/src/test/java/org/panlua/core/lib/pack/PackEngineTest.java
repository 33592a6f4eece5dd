package org.panlua.core.lib.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.panlua.core.lib.pack.PackFixture.assertError;
import static org.panlua.core.lib.pack.PackFixture.bytes;
import static org.panlua.core.lib.pack.PackFixture.hex;
import static org.panlua.core.lib.pack.PackFixture.unhex;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panlua.memory.heap.NotEnoughMemoryException;

/** The engine's contract with the runtime: argument order, slices, error parts, limits. */
class PackEngineTest {

    /** Records which arguments the engine asks for, answering 1, 1.0 and "s". */
    private static final class Recorder implements PackArgs {
        final List<String> calls = new ArrayList<>();

        @Override
        public long integer(int argIndex) {
            calls.add("integer " + argIndex);
            return 1;
        }

        @Override
        public double number(int argIndex) {
            calls.add("number " + argIndex);
            return 1.0;
        }

        @Override
        public byte[] string(int argIndex) {
            calls.add("string " + argIndex);
            return bytes("s");
        }
    }

    @Test
    void asksForEachValueOnceInArgumentOrder() {
        Recorder args = new Recorder();
        StringPack.pack(bytes("< b x Xi2 ! h f d n c1 s z Xj j I2 J"), args);
        assertEquals(List.of("integer 2", "integer 3", "number 4", "number 5", "number 6", "string 7",
                "string 8", "string 9", "integer 10", "integer 11", "integer 12"), args.calls);
    }

    @Test
    void settingsAndPaddingTakeNoArgument() {
        Recorder args = new Recorder();
        assertEquals("0000000000", hex(StringPack.pack(bytes(" <>=!4 x Xi4 x"), args)));
        assertEquals(List.of(), args.calls);
    }

    @Test
    void unpackHandsOutSlicesOfTheData() {
        byte[] data = bytes("xxabc\0\3def");
        List<String> seen = new ArrayList<>();
        UnpackSink sink = new UnpackSink() {
            @Override
            public void integer(long value) {
                seen.add("i" + value);
            }

            @Override
            public void number(double value) {
                seen.add("n" + value);
            }

            @Override
            public void string(byte[] s, int offset, int length) {
                assertEquals(data, s);
                seen.add(offset + "+" + length);
            }
        };
        assertEquals(11, StringPack.unpack(bytes("z s1"), data, 3, sink));
        assertEquals(List.of("2+3", "7+3"), seen);
    }

    @Test
    void argumentErrorsKeepTheirParts() {
        PackArgumentError e = assertThrows(PackArgumentError.class,
                () -> StringPack.pack(bytes("b b"), new PackFixture.Args(1L, 200L)));
        assertEquals(3, e.argument());
        assertEquals("pack", e.function());
        assertEquals("integer overflow", e.detail());
        assertEquals("bad argument #3 to 'pack' (integer overflow)", e.pendingMessage());

        e = assertThrows(PackArgumentError.class, () -> StringPack.packsize(bytes("s")));
        assertEquals(1, e.argument());
        assertEquals("packsize", e.function());

        e = assertThrows(PackArgumentError.class,
                () -> StringPack.unpack(bytes("b"), new byte[0], 2, new PackFixture.Sink()));
        assertEquals(3, e.argument());
        assertEquals("unpack", e.function());
        assertEquals("initial position out of string", e.detail());
    }

    @Test
    void plainErrorsAreNotArgumentErrors() {
        var e = assertThrows(org.panlua.core.vm.LuaError.class,
                () -> StringPack.pack(bytes("i17"), new PackFixture.Args(1L)));
        assertEquals(org.panlua.core.vm.LuaError.class, e.getClass());
    }

    @Test
    void lengthPrefixLimits() {
        // Checked against lua5.4: 255 bytes fit s1, 256 do not; 65535 fit s2, 65536 do not.
        byte[] r = StringPack.pack(bytes("s1"), new PackFixture.Args("x".repeat(255)));
        assertEquals(256, r.length);
        assertEquals((byte) 0xff, r[0]);
        assertError("bad argument #2 to 'pack' (string length does not fit in given size)",
                () -> StringPack.pack(bytes("s1"), new PackFixture.Args("x".repeat(256))));
        r = StringPack.pack(bytes(">s2"), new PackFixture.Args("y".repeat(65535)));
        assertEquals("ffff79", hex(java.util.Arrays.copyOf(r, 3)));
        assertError("bad argument #2 to 'pack' (string length does not fit in given size)",
                () -> StringPack.pack(bytes("s2"), new PackFixture.Args("y".repeat(65536))));
        r = StringPack.pack(bytes("<s3"), new PackFixture.Args("z".repeat(65536)));
        assertEquals("000001", hex(java.util.Arrays.copyOf(r, 3)));
    }

    @Test
    void hugePaddingBeforeAnErrorAllocatesNothing() {
        assertError("invalid format option 'q'",
                () -> StringPack.pack(bytes("c2000000000 q"), new PackFixture.Args("")));
        assertError("invalid format option '7'",
                () -> StringPack.pack(bytes("c2147483647"), new PackFixture.Args("")));
    }

    @Test
    void resultsBeyondAJavaArrayAreNotEnoughMemory() {
        assertThrows(NotEnoughMemoryException.class,
                () -> StringPack.pack(bytes("c2000000000 c2000000000"), new PackFixture.Args("", "")));
        ByteOutput out = new ByteOutput();
        out.write(1);
        assertThrows(NotEnoughMemoryException.class, () -> out.zeros(Integer.MAX_VALUE));
        assertEquals(1, out.length());
    }

    @Test
    void byteOutputKeepsPaddingInPlace() {
        ByteOutput out = new ByteOutput();
        out.write(7);
        out.zeros(40);
        out.write(bytes("ab"), 0, 2);
        out.zeros(3);
        assertEquals(46, out.length());
        byte[] expected = new byte[46];
        expected[0] = 7;
        expected[41] = 'a';
        expected[42] = 'b';
        assertArrayEquals(expected, out.toByteArray());
    }

    @Test
    void nextPositionIsALong() {
        assertEquals(3L, StringPack.unpack(bytes(""), unhex("010203"), -1, new PackFixture.Sink()));
        assertEquals(1L, StringPack.unpack(bytes(""), unhex("010203"), Long.MIN_VALUE, new PackFixture.Sink()));
    }
}
