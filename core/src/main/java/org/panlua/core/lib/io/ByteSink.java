package org.panlua.core.lib.io;

import java.util.Arrays;

/** Bytes gathered for one read result; grows by doubling up to what a Java array holds. */
final class ByteSink {
    /** Raised when a result would not fit a Java array: Lua's {@code not enough memory}. */
    static final class TooLong extends RuntimeException {
        TooLong() {
            super("not enough memory", null, false, false);
        }
    }

    private static final int MAX = Integer.MAX_VALUE - 16;

    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void add(byte[] b, int off, int len) {
        reserve(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    void add(int b) {
        reserve(1);
        bytes[size++] = (byte) b;
    }

    /** Makes room for {@code more} bytes after the end (see {@link #array}, {@link #grown}). */
    void reserve(int more) {
        if (more <= bytes.length - size) return;
        long needed = (long) size + more;
        if (needed > MAX) throw new TooLong();
        bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(needed, 2L * bytes.length), MAX));
    }

    /** The array to write into directly, at {@link #size}; call {@link #grown} after. */
    byte[] array() {
        return bytes;
    }

    void grown(int n) {
        size += n;
    }

    int size() {
        return size;
    }

    int room() {
        return bytes.length - size;
    }

    byte[] toArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
}
