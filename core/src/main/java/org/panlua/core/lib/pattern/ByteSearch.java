package org.panlua.core.lib.pattern;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Searching bytes in byte arrays, the {@code memchr} and {@code memmem} of the string library.
 * The byte search looks at eight bytes per step (the "has a zero byte" word trick); the
 * substring search finds candidates with it and compares them with the vectorised
 * {@link Arrays#equals(byte[], int, int, byte[], int, int)}.
 */
public final class ByteSearch {
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Below this many bytes the plain loop is as fast as the word loop. */
    private static final int WORD_SEARCH_MIN = 16;

    private ByteSearch() {}

    /** Index of the first {@code b} in {@code a[from, end)}, or -1. */
    public static int indexOf(byte[] a, int from, int end, int b) {
        int i = from;
        byte target = (byte) b;
        if (end - i >= WORD_SEARCH_MIN) {
            long spread = (b & 0xFF) * ONES;
            for (int last = end - 8; i <= last; i += 8) {
                long x = (long) LONGS.get(a, i) ^ spread;
                // A byte of x is zero where a[i..] holds the target. The lowest flagged byte
                // is exact: borrows only produce false flags above a true zero byte.
                long zeros = (x - ONES) & ~x & HIGHS;
                if (zeros != 0) return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (a[i] == target) return i;
        }
        return -1;
    }

    /**
     * Index of the first occurrence of {@code p[pFrom, pFrom + pLen)} in {@code s[from, end)},
     * or -1. The empty string is found at {@code from}.
     */
    public static int indexOf(byte[] s, int from, int end, byte[] p, int pFrom, int pLen) {
        if (pLen == 0) return from;
        int lastStart = end - pLen;
        int first = p[pFrom];
        for (int i = from; i <= lastStart; ) {
            int k = indexOf(s, i, lastStart + 1, first);
            if (k < 0) return -1;
            if (Arrays.equals(s, k + 1, k + pLen, p, pFrom + 1, pFrom + pLen)) return k;
            i = k + 1;
        }
        return -1;
    }

    /**
     * Whether {@code p[from, end)} holds one of the bytes that make a pattern more than a
     * plain string ({@code ^$*+?.([%-}); without them {@code string.find} searches plainly.
     */
    public static boolean hasSpecials(byte[] p, int from, int end) {
        for (int i = from; i < end; i++) {
            switch (p[i]) {
                case '^', '$', '*', '+', '?', '.', '(', '[', '%', '-':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
