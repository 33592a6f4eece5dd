package org.panlua.memory.heap;

import java.util.Arrays;

/**
 * Object addresses that a barrier queues for the collector (objects grayed again, objects
 * marked forward), drained and cleared by the collector. A list that grew large for one
 * cycle shrinks again when cleared, so a burst does not hold its array for good.
 */
public final class AddressList {
    private static final int INITIAL = 64, KEPT = 4096;

    private long[] items = new long[INITIAL];
    private int size;

    void add(long address) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = address;
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return items[i];
    }

    public void clear() {
        size = 0;
        if (items.length > KEPT) items = new long[INITIAL];
    }
}
