package org.panlua.core.lib.format;

import java.util.Arrays;

/**
 * The growable byte array the formatters write into. Every conversion appends its item and then
 * calls {@link #justify} to pad it to its field width, the way C's printf lays out a field:
 * spaces before the item, zeros after its sign and prefix, or spaces after it.
 */
public final class FormatBuffer {
    private byte[] bytes;
    private int length;

    FormatBuffer(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** An empty buffer that writes into {@code initial} until it needs a larger array. */
    public FormatBuffer(byte[] initial) {
        bytes = initial;
    }

    public int length() {
        return length;
    }

    /** The array holding the bytes written, {@link #length} of them (it may be replaced as the buffer grows). */
    public byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Makes room for {@code n} more bytes. */
    void reserve(int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(Math.max(bytes.length * 2, 16), length + n));
        }
    }

    void append(int b) {
        if (length == bytes.length) reserve(1);
        bytes[length++] = (byte) b;
    }

    void append(byte[] src) {
        append(src, 0, src.length);
    }

    void append(byte[] src, int from, int count) {
        reserve(count);
        System.arraycopy(src, from, bytes, length, count);
        length += count;
    }

    /** Appends an ASCII string (a fixed word such as {@code "inf"}). */
    void appendAscii(String s) {
        reserve(s.length());
        for (int i = 0; i < s.length(); i++) bytes[length++] = (byte) s.charAt(i);
    }

    void appendRepeated(int b, int count) {
        if (count <= 0) return;
        reserve(count);
        Arrays.fill(bytes, length, length + count, (byte) b);
        length += count;
    }

    /** Appends the decimal digits of {@code v}, read as an unsigned 64-bit number. */
    void appendUnsignedDecimal(long v) {
        int n = unsignedDecimalLength(v);
        reserve(n);
        int i = length + n - 1;
        if (v < 0) { // above 2^63: one unsigned step, then plain (faster) signed division
            long q = Long.divideUnsigned(v, 10);
            bytes[i--] = (byte) ('0' + (v - q * 10));
            v = q;
        }
        for (; i >= length; i--) {
            long q = v / 10;
            bytes[i] = (byte) ('0' + (v - q * 10));
            v = q;
        }
        length += n;
    }

    /** Appends the digits of {@code v} in base {@code 1 << shift} (octal or hex), unsigned. */
    void appendUnsignedPow2(long v, int shift, boolean upper) {
        int bits = 64 - Long.numberOfLeadingZeros(v);
        int n = Math.max(1, (bits + shift - 1) / shift);
        reserve(n);
        int mask = (1 << shift) - 1;
        for (int i = length + n - 1; i >= length; i--) {
            bytes[i] = hexDigit((int) v & mask, upper);
            v >>>= shift;
        }
        length += n;
    }

    static byte hexDigit(int d, boolean upper) {
        return (byte) (d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10);
    }

    static int unsignedDecimalLength(long v) {
        if (v < 0) return Long.compareUnsigned(v, -8446744073709551616L) >= 0 ? 20 : 19;
        int n = 1;
        long p = 10;
        while (n < 19 && v >= p) {
            n++;
            p *= 10;
        }
        return n;
    }

    /**
     * Pads the item that starts at {@code start} (and runs to the end) to {@code width} bytes:
     * with spaces after it when {@code left}, else with zeros after its first {@code prefix}
     * bytes (sign, {@code 0x}) when {@code zeros}, else with spaces before it.
     */
    void justify(int start, int prefix, int width, boolean left, boolean zeros) {
        int pad = width - (length - start);
        if (pad <= 0) return;
        if (left) {
            appendRepeated(' ', pad);
            return;
        }
        reserve(pad);
        int at = zeros ? start + prefix : start;
        System.arraycopy(bytes, at, bytes, at + pad, length - at);
        Arrays.fill(bytes, at, at + pad, (byte) (zeros ? '0' : ' '));
        length += pad;
    }
}
