package org.panlua.core.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panlua.core.vm.LuaState;

/** UTF-8 encoding and decoding of the utf8 library over whole code point ranges. */
class Utf8LibTest {
    private final LuaState state = new LuaState();

    @AfterEach
    void close() {
        state.close();
    }

    private StringBytes bytes(byte... b) {
        return StringBytes.of(state.string(b));
    }

    private static byte[] encode(long code) {
        byte[] out = new byte[6];
        int n = Utf8Lib.encode(code, out);
        return Arrays.copyOfRange(out, 6 - n, 6);
    }

    @Test
    void encodesLikeTheReference() {
        assertArrayEquals(new byte[] {0}, encode(0));
        assertArrayEquals(new byte[] {0x7F}, encode(0x7F));
        assertArrayEquals(new byte[] {(byte) 0xC2, (byte) 0x80}, encode(0x80));
        assertArrayEquals(new byte[] {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD}, encode(0x4E2D));
        assertArrayEquals(new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, encode(0x10FFFF));
        assertArrayEquals(new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, encode(0x200000));
        assertArrayEquals(new byte[] {(byte) 0xFD, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF},
                encode(0x7FFFFFFF));
    }

    @Test
    void decodesWhatItEncodes() {
        Utf8Lib.Decoder strict = new Utf8Lib.Decoder(true), lax = new Utf8Lib.Decoder(false);
        for (long code = 0; code <= 0x7FFFFFFFL; code = code < 0x20000 ? code + 1 : code * 3 / 2 + 7) {
            byte[] b = encode(code);
            StringBytes s = bytes(b);
            assertEquals(b.length, lax.next(s, 0), "length of " + code);
            assertEquals(code, lax.code);
            boolean valid = code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
            assertEquals(valid ? b.length : -1, strict.next(s, 0), "strict " + code);
        }
        StringBytes max = bytes(encode(0x7FFFFFFF));
        assertEquals(6, lax.next(max, 0));
        assertEquals(0x7FFFFFFF, lax.code);
    }

    @Test
    void rejectsMalformedSequences() {
        Utf8Lib.Decoder lax = new Utf8Lib.Decoder(false);
        int[][] bad = {
            {0x80}, {0xBF}, {0xFE}, {0xFF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x9F, 0xBF},
            {0xF0, 0x8F, 0xBF, 0xBF}, {0xE4, 0xB8}, {0xE4, 0x41, 0x80}, {0xC2},
            {0xFE, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80}, {0xFF, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80},
        };
        for (int[] seq : bad) {
            byte[] b = new byte[seq.length];
            for (int i = 0; i < seq.length; i++) b[i] = (byte) seq[i];
            assertEquals(-1, lax.next(bytes(b), 0), Arrays.toString(seq));
        }
    }

    @Test
    void relativePositions() {
        assertEquals(3, Utf8Lib.relative(3, 5));
        assertEquals(5, Utf8Lib.relative(-1, 5));
        assertEquals(1, Utf8Lib.relative(-5, 5));
        assertEquals(0, Utf8Lib.relative(-6, 5));
        assertEquals(0, Utf8Lib.relative(Long.MIN_VALUE, 5));
    }
}
