package org.panlua.memory.table;

import org.panlua.memory.value.Value;

import static org.panlua.memory.table.TableLayout.*;

/**
 * Lua's sizing rule for a table that must grow: the array part becomes the largest power of two
 * {@code n} such that more than half of the keys {@code 1..n} are present, and every other key
 * goes to the hash part, rounded up to a power of two.
 *
 * <p>Keys are counted per slice: {@code slices[0]} counts key 1 and {@code slices[b]} the
 * integer keys in {@code (2^(b-1), 2^b]}. One instance per table set is reused ({@link #reset}),
 * so growing a table allocates nothing on the Java heap.
 *
 * <p>Counting is cheap when it cannot matter. With {@code c} integer keys in {@code 1..2^30}
 * (the candidates), an array part of {@code 2^b} needs more than {@code 2^(b-1)} of them, so
 * only slices with {@code 2^b < 2c} can win, and only keys below {@code 2c} need a slice. The
 * counting pass over the nodes bounds {@code c} by the number of keys it may find
 * ({@link #limit}) and puts only the keys below twice that into slices: a table of sparse or
 * large integers, or of strings, adds nothing to the slices and takes no unpredictable branch
 * (a random mix of keys below and above 2^30 used to mispredict half the time, and the
 * increments of a few hot slices formed one long chain of dependent stores).
 */
final class TableSizing {
    /** Largest array part: 2^MAX_ARRAY_BITS items (8 GiB of words). */
    static final int MAX_ARRAY_BITS = 30;
    /** The word of the integer 1: a key word minus this is {@code i - 1} for an inline integer. */
    private static final long ONE = Value.ofInlineInteger(1);

    private final int[] slices = new int[MAX_ARRAY_BITS + 1];
    /** Integer keys in {@code 1..2^MAX_ARRAY_BITS}, whether in a slice or not. */
    private int candidates;
    private int totalKeys;

    /** Starts a new count. */
    TableSizing reset() {
        java.util.Arrays.fill(slices, 0);
        candidates = 0;
        totalKeys = 0;
        return this;
    }

    /** Counts the live items of an array part of {@code asize} words, slice by slice. */
    void countArray(long array, int asize) {
        long i = 1;
        for (int b = 0; i <= asize; b++) {
            long end = Math.min(1L << b, asize);
            int live = 0;
            for (; i <= end; i++) {
                if (getLong(array + ((i - 1) << 3)) != Value.NIL_WORD) live++;
            }
            slices[b] += live;
            candidates += live;
            totalKeys += live;
        }
    }

    /**
     * Counts the live keys of {@code count} nodes at {@code nodes}; integer keys below
     * {@code limit} (see {@link #limit}) go into their slices.
     */
    void countNodes(long nodes, int count, long limit) {
        int live = 0;
        int inRange = 0;
        for (int i = 0; i < count; i++) {
            long n = node(nodes, i);
            if (getLong(n + VALUE) == Value.NIL_WORD) continue;
            live++;
            long x = candidate(getLong(n + KEY));
            inRange += inRange(x);
            if (Long.compareUnsigned(x, limit) < 0) countSlice(x);
        }
        countedNodes(live, inRange);
    }

    /** {@code i - 1} for the key word of an inline integer {@code i}; huge for other words. */
    static long candidate(long key) {
        return key - ONE;
    }

    /** 1 when {@code x} ({@link #candidate}) is {@code i - 1} for an integer key in {@code 1..2^30}, else 0. */
    static int inRange(long x) {
        return (int) (((x >>> MAX_ARRAY_BITS) - 1) >>> 63);
    }

    /** Counts the key {@code x + 1} ({@link #candidate}, below the limit) into its slice. */
    void countSlice(long x) {
        slices[64 - Long.numberOfLeadingZeros(x)]++;
    }

    /**
     * Adds {@code live} keys counted outside, {@code inRange} of them candidates, those below
     * the limit in their slices ({@link #countSlice}). {@code inRange} may be any bound above the
     * number of candidates, up to {@code live}: the rule only looks at slices below twice the
     * candidates, and with more of them it looks at more slices, up to the limit, where no
     * array part can win (its slices hold fewer keys than half its size).
     */
    void countedNodes(int live, int inRange) {
        candidates += inRange;
        totalKeys += live;
    }

    /**
     * The bound below which integer keys must go into slices, when at most {@code more} keys
     * are still to be counted: twice every candidate there can be.
     */
    long limit(int more) {
        return Math.min(2L * (candidates + (long) more), 1L << MAX_ARRAY_BITS);
    }

    /** Counts one live key (into its slice, if it is a candidate). */
    void countKey(long key) {
        totalKeys++;
        long x = key - ONE;
        if (Long.compareUnsigned(x, 1L << MAX_ARRAY_BITS) < 0) {
            slices[64 - Long.numberOfLeadingZeros(x)]++;
            candidates++;
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
        // slices past 2^b >= 2 * candidates cannot win, and were not all filled
        for (int b = 0; b <= MAX_ARRAY_BITS && (1L << b) / 2 < candidates; b++) {
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
