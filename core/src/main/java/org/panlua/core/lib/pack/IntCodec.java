package org.panlua.core.lib.pack;

import org.panlua.core.vm.LuaError;

/**
 * Integers as 1 to 16 bytes in either byte order. Beyond the 8 bytes of a Lua integer, a
 * value is sign-extended when written and the extra bytes are checked when read.
 */
final class IntCodec {
    /** Bytes in a Lua integer. */
    static final int LUA_INTEGER_SIZE = 8;

    private IntCodec() {
    }

    /**
     * Appends {@code value} as {@code size} bytes; {@code negative} fills the bytes past the
     * eighth with ones (a signed negative value) instead of zeros.
     */
    static void write(ByteOutput out, long value, int size, boolean littleEndian, boolean negative) {
        int start = out.extend(size);
        for (int i = 0; i < size; i++) {
            int b = i < LUA_INTEGER_SIZE ? (int) (value >>> (8 * i)) : negative ? 0xFF : 0;
            out.set(start + (littleEndian ? i : size - 1 - i), b);
        }
    }

    /**
     * Reads {@code size} bytes at {@code offset}; a {@code signed} value shorter than 8 bytes
     * is sign-extended. Longer values must fit in a Lua integer: their extra bytes must all
     * repeat the sign (zeros for an unsigned read), or the read fails.
     */
    static long read(byte[] data, int offset, int size, boolean littleEndian, boolean signed) {
        int low = Math.min(size, LUA_INTEGER_SIZE);
        long value = 0;
        for (int i = low - 1; i >= 0; i--) {
            value = (value << 8) | (data[offset + (littleEndian ? i : size - 1 - i)] & 0xFF);
        }
        if (size < LUA_INTEGER_SIZE) {
            if (signed) {
                int unused = 64 - 8 * size;
                value = (value << unused) >> unused;
            }
        } else if (size > LUA_INTEGER_SIZE) {
            int fill = signed && value < 0 ? 0xFF : 0;
            for (int i = LUA_INTEGER_SIZE; i < size; i++) {
                if ((data[offset + (littleEndian ? i : size - 1 - i)] & 0xFF) != fill) {
                    throw new LuaError(size + "-byte integer does not fit into Lua Integer");
                }
            }
        }
        return value;
    }
}
