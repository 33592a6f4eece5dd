package org.panlua.core.vm;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A stack of values that Java code keeps alive by hand, outside every Lua stack: roots of the
 * collector, as the C API's references are. Pops must match pushes.
 */
public final class Anchors {
    private long[] values = new long[16];
    private int count;

    /** Keeps {@code w} alive until the matching {@link #pop}; returns {@code w}. */
    public long push(long w) {
        if (count == values.length) values = Arrays.copyOf(values, count * 2);
        values[count++] = w;
        return w;
    }

    public void pop() {
        count--;
    }

    void forEach(LongConsumer action) {
        for (int i = 0; i < count; i++) action.accept(values[i]);
    }
}
