package org.panlua.core.lib;

import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

/**
 * {@code table.sort}: an in-place quicksort (Sedgewick's variant, median of three, the
 * smaller part sorted first so the Java recursion stays logarithmic). An inconsistent order
 * function cannot make it loop or run off the array: the partition notices and raises
 * {@code invalid order function for sorting}. Elements are read and written with their
 * metamethods, and every element held across a comparison sits in a stack slot.
 */
final class Sort {
    /** Intervals at least this long may take a randomized pivot. */
    private static final long RANDOM_LIMIT = 100;
    /** Stack slots (argument positions) anchoring the pivot and the two elements in hand. */
    private static final int PIVOT = 3, X = 4, Y = 5;

    private final LuaThread L;
    private final long table;
    private final long order;

    private Sort(LuaThread L) {
        this.L = L;
        this.table = L.arg(1);
        this.order = L.arg(2);
    }

    /** {@code table.sort(list [, comp])}. */
    static int sort(LuaThread L) {
        long n = TableLib.checkedLength(L, 1, TableLib.READ | TableLib.WRITE);
        if (n > 1) {
            if (n >= Integer.MAX_VALUE) throw L.argError(1, "array too big");
            if (!L.isNoneOrNil(2)) L.checkType(2, Value.FUNCTION, "function");
            L.setTop(2); // the table and the order function (or nil) ...
            L.setTop(Y); // ... then the slots for the elements in hand
            new Sort(L).sort(1, n, 0);
        }
        return 0;
    }

    /** Sorts {@code a[lo..up]}; {@code seed} non-zero picks pivots at random among the middle half. */
    private void sort(long lo, long up, long seed) {
        while (lo < up) {
            // a[lo] <= a[up]
            long x = read(lo, X), y = read(up, Y);
            if (less(y, x)) swap(lo, y, up, x);
            if (up - lo == 1) return;
            long p = up - lo < RANDOM_LIMIT || seed == 0 ? (lo + up) >>> 1 : randomPivot(lo, up, seed);
            // a[lo] <= a[p] <= a[up]
            x = read(p, X);
            y = read(lo, Y);
            if (less(x, y)) {
                swap(p, y, lo, x);
            } else {
                y = read(up, Y);
                if (less(y, x)) swap(p, y, up, x);
            }
            if (up - lo == 2) return;
            // the pivot goes to a[up - 1]; a[lo] and a[up] already sit on the right sides
            long pivot = read(p, PIVOT);
            y = read(up - 1, Y);
            swap(p, y, up - 1, pivot);
            p = partition(lo, up, pivot);
            long smaller;
            if (p - lo < up - p) {
                sort(lo, p - 1, seed);
                smaller = p - lo;
                lo = p + 1;
            } else {
                sort(p + 1, up, seed);
                smaller = up - p;
                up = p - 1;
            }
            // a very unbalanced split: pick pivots at random from now on
            if ((up - lo) / 128 > smaller) seed = freshSeed();
        }
    }

    /**
     * Partitions {@code a[lo..up]} around the pivot {@code P == a[up - 1]}, knowing
     * {@code a[lo] <= P <= a[up]}; returns the pivot's final index {@code i}, with
     * {@code a[lo..i-1] <= P <= a[i+1..up]}.
     */
    private long partition(long lo, long up, long pivot) {
        long i = lo, j = up - 1;
        while (true) {
            long x, y;
            // a[lo..i-1] < P: a consistent order stops at a[up - 1] == P at the latest
            while (less(x = read(++i, X), pivot)) {
                if (i == up - 1) throw invalidOrder();
            }
            // P < a[j+1..up-1]: a consistent order stops at a[lo] <= P at the latest
            while (less(pivot, y = read(--j, Y))) {
                if (j < i) throw invalidOrder();
            }
            if (j < i) {
                swap(up - 1, x, i, pivot);
                return i;
            }
            swap(i, y, j, x);
        }
    }

    private RuntimeException invalidOrder() {
        return L.error("invalid order function for sorting");
    }

    /** A pivot index in the middle half of {@code [lo, up]}, chosen by {@code seed}. */
    private static long randomPivot(long lo, long up, long seed) {
        long quarter = (up - lo) / 4;
        return seed % (quarter * 2) + lo + quarter;
    }

    /** A non-reproducible unsigned 32-bit number from the clocks. */
    private static long freshSeed() {
        long t = System.nanoTime() ^ System.currentTimeMillis();
        return (t ^ (t >>> 32)) & 0xFFFF_FFFFL;
    }

    /** {@code a < b} by the order function or by {@code <} with its metamethods. */
    private boolean less(long a, long b) {
        if (order == Value.NIL_WORD) return L.lessThan(a, b);
        return !Value.isFalsy(L.call1(order, a, b));
    }

    /** {@code a[i]}, anchored in stack slot {@code slot}. */
    private long read(long i, int slot) {
        long v = TableLib.get(L, table, i);
        L.setArg(slot, v);
        return v;
    }

    /** {@code a[i] = vi; a[j] = vj} in that order. */
    private void swap(long i, long vi, long j, long vj) {
        TableLib.set(L, table, i, vi);
        TableLib.set(L, table, j, vj);
    }
}
