package org.panlua.memory.table;

import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.value.Value;

/**
 * Lua's sizing rule for a table that must grow: the array part becomes the largest power of two
 * {@code n} such that more than half of the keys {@code 1..n} are present, and every other key
 * goes to the hash part, rounded up to a power of two.
 *
 * <p>Keys are counted per slice: {@code slices[0]} counts key 1 and {@code slices[b]} the
 * integer keys in {@code (2^(b-1), 2^b]}. One instance per table set is reused ({@link #reset}),
 * so growing a table allocates nothing on the Java heap.
 */
final class TableSizing {
    /** Largest array part: 2^MAX_ARRAY_BITS items (8 GiB of words). */
    static final int MAX_ARRAY_BITS = 30;

    private final int[] slices = new int[MAX_ARRAY_BITS + 1];
    private int integerKeys;
    private int totalKeys;

    /** Starts a new count. */
    TableSizing reset() {
        java.util.Arrays.fill(slices, 0);
        integerKeys = 0;
        totalKeys = 0;
        return this;
    }

    /** Counts one live key. */
    void countKey(long key) {
        totalKeys++;
        if (Value.isInteger(key)) countInteger(BoxedInteger.valueOf(key));
    }

    /** Counts one live key known to be the integer {@code i}. */
    void countKey(int i) {
        totalKeys++;
        countInteger(i);
    }

    private void countInteger(long i) {
        if (i >= 1 && i <= (1L << MAX_ARRAY_BITS)) {
            slices[ceilLog2(i)]++;
            integerKeys++;
        }
    }

    /** The new array-part size. */
    int arraySize() {
        return (int) optimal(false);
    }

    /** How many keys the hash part must hold. */
    int hashCount() {
        return totalKeys - (int) optimal(true);
    }

    /** The optimal array size, or ({@code keysInArray}) how many keys fall into it. */
    private long optimal(boolean keysInArray) {
        long size = 0;
        long inArray = 0;
        long seen = 0;
        for (int b = 0; b <= MAX_ARRAY_BITS && (1L << b) / 2 < integerKeys; b++) {
            seen += slices[b];
            if (seen > (1L << b) / 2) {
                size = 1L << b;
                inArray = seen;
            }
        }
        return keysInArray ? inArray : size;
    }

    /** The smallest b with 2^b >= x, for x >= 1. */
    static int ceilLog2(long x) {
        return x <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(x - 1);
    }
}
