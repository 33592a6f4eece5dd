package org.panlua.core.lib.pack;

import java.util.Arrays;
import org.panlua.memory.heap.NotEnoughMemoryException;

/**
 * The growing result of {@code string.pack}. Runs of padding are only counted until something
 * follows them, so a format that fails after a huge {@code cN} allocates nothing for it.
 */
final class ByteOutput {
    /** The longest array the JVM reliably allocates. */
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private byte[] bytes = new byte[32];
    /** Bytes stored in {@link #bytes}. */
    private int stored;
    /** Zero bytes that follow the stored ones, not yet in the array. */
    private long pendingZeros;

    /** Bytes written so far, padding included. */
    long length() {
        return stored + pendingZeros;
    }

    void write(int b) {
        int at = extend(1); // may replace the array: index it afterwards
        bytes[at] = (byte) b;
    }

    void write(byte[] source, int offset, int count) {
        if (count == 0) {
            return; // keeps pending padding pending
        }
        int at = extend(count);
        System.arraycopy(source, offset, bytes, at, count);
    }

    /** Appends {@code count} zero bytes (the padding byte). */
    void zeros(long count) {
        checkLength(length() + count);
        pendingZeros += count;
    }

    /** Appends {@code count} bytes to be filled by {@link #set}; returns where they start. */
    int extend(int count) {
        long end = length() + count;
        checkLength(end);
        if (end > bytes.length) {
            grow((int) end);
        }
        // The array is zero past 'stored' (nothing writes beyond it): pending zeros are there.
        int start = (int) length();
        stored = (int) end;
        pendingZeros = 0;
        return start;
    }

    /** Sets the already appended byte at {@code index}. */
    void set(int index, int b) {
        bytes[index] = (byte) b;
    }

    byte[] toByteArray() {
        long end = length();
        try {
            return Arrays.copyOf(bytes, (int) end);
        } catch (OutOfMemoryError e) {
            throw new NotEnoughMemoryException();
        }
    }

    /** A result too long for a Java array is Lua's {@code not enough memory}. */
    private static void checkLength(long length) {
        if (length > MAX_LENGTH) {
            throw new NotEnoughMemoryException();
        }
    }

    /** Makes the array hold at least {@code needed} bytes; failing that, not enough memory. */
    private void grow(int needed) {
        int capacity = (int) Math.min(MAX_LENGTH, Math.max(needed, 2L * bytes.length));
        try {
            bytes = Arrays.copyOf(bytes, capacity);
        } catch (OutOfMemoryError e) {
            throw new NotEnoughMemoryException();
        }
    }
}
