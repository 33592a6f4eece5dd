package org.panlua.core.lib.pattern;

import java.util.Arrays;

/**
 * A growable byte buffer, where {@code gsub} assembles its result. It may be reused: the
 * bytes written are {@code array()[0, length())}.
 */
public final class ByteBuilder {
    private static final int SHORT_COPY = 8;
    private byte[] bytes;
    private int length;

    public ByteBuilder() {
        this(64);
    }

    public ByteBuilder(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    public int length() {
        return length;
    }

    /** The storage; only {@code [0, length())} is meaningful. */
    public byte[] array() {
        return bytes;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Empties the buffer, keeping its storage. */
    public ByteBuilder clear() {
        length = 0;
        return this;
    }

    public ByteBuilder append(int b) {
        if (length == bytes.length) grow(1);
        bytes[length++] = (byte) b;
        return this;
    }

    public ByteBuilder append(byte[] src, int from, int count) {
        if (count > bytes.length - length) grow(count);
        if (count <= SHORT_COPY) {
            // copying a few bytes by hand beats the set-up of an array copy
            byte[] dst = bytes;
            int at = length;
            for (int i = 0; i < count; i++) dst[at + i] = src[from + i];
        } else {
            System.arraycopy(src, from, bytes, length, count);
        }
        length += count;
        return this;
    }

    public ByteBuilder append(byte[] src) {
        return append(src, 0, src.length);
    }

    /** Appends {@code v} in decimal, as Lua writes an integer. */
    public ByteBuilder appendDecimal(long v) {
        if (v == Long.MIN_VALUE) {
            for (char c : Long.toString(v).toCharArray()) append(c);
            return this;
        }
        if (v < 0) {
            append('-');
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) digits++;
        if (digits > bytes.length - length) grow(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += digits;
        return this;
    }

    private void grow(int needed) {
        long wanted = Math.max((long) bytes.length * 2, (long) length + needed);
        if (wanted > Integer.MAX_VALUE - 8) {
            if ((long) length + needed > Integer.MAX_VALUE - 8) {
                throw new org.panlua.core.vm.LuaError("buffer too large");
            }
            wanted = Integer.MAX_VALUE - 8;
        }
        bytes = Arrays.copyOf(bytes, (int) wanted);
    }
}
