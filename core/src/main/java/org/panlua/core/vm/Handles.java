package org.panlua.core.vm;

import java.util.Arrays;

/**
 * The Java objects that native objects refer to by index: prototypes, Java functions, the
 * Java side of coroutines and of userdata. A closure stores the index, so its native layout
 * holds no Java reference.
 *
 * <p>The collector marks a handle when it traverses an object that names it
 * ({@link #mark}); at the end of each cycle's atomic phase the handles not marked in that
 * cycle are released ({@link #sweep}) and their indices reused. A new handle counts as marked
 * in the cycle it was made in, so it survives until the next one decides.
 */
public final class Handles {
    private Object[] objects = new Object[256];
    /** The cycle in which each handle was last marked. */
    private int[] marked = new int[256];
    private int count = 1; // index 0 is never used, so a zeroed slot names nothing
    private int[] free = new int[16];
    private int freeCount;
    private int live;
    private int cycle;

    int add(Object o) {
        int index;
        if (freeCount > 0) {
            index = free[--freeCount];
        } else {
            if (count == objects.length) {
                objects = Arrays.copyOf(objects, count * 2);
                marked = Arrays.copyOf(marked, count * 2);
            }
            index = count++;
        }
        objects[index] = o;
        marked[index] = cycle;
        live++;
        return index;
    }

    Object get(int index) {
        return objects[index];
    }

    /** Marks a handle in this cycle; true the first time, when its object is to be traversed. */
    boolean mark(int index) {
        if (marked[index] == cycle) return false;
        marked[index] = cycle;
        return true;
    }

    /** Starts a new cycle: every handle is unmarked. */
    void newCycle() {
        cycle++;
    }

    /** Releases every handle not marked in this cycle, telling {@code released} about each object. */
    void sweep(java.util.function.Consumer<Object> released) {
        for (int i = 1; i < count; i++) {
            Object o = objects[i];
            if (o == null || marked[i] == cycle) continue;
            objects[i] = null;
            live--;
            if (freeCount == free.length) free = Arrays.copyOf(free, freeCount * 2);
            free[freeCount++] = i;
            released.accept(o);
        }
    }

    /** Every live object (for the atomic phase's look at coroutines). */
    void forEach(java.util.function.ObjIntConsumer<Object> action) {
        for (int i = 1; i < count; i++) {
            if (objects[i] != null) action.accept(objects[i], i);
        }
    }

    boolean isMarked(int index) {
        return marked[index] == cycle;
    }

    /** Handles in use. */
    public int count() {
        return live;
    }
}
