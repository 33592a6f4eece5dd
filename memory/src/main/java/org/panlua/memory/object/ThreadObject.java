package org.panlua.memory.object;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.value.Value;

/**
 * A coroutine as a value: a header whose word is the index of the coroutine's Java object
 * (stack, frames) in the state's handle table.
 *
 * <pre>
 *  +0  header  type THREAD | marks | flags | extra | int handle
 *  +8  long    reserved (the collector's gray-list link)
 * </pre>
 */
public final class ThreadObject {
    private ThreadObject() {}

    public static final int SIZE = 16;

    /** A new thread object naming handle {@code handle}; its address. */
    public static long allocate(NativeHeap heap, int handle) {
        long t = heap.allocateObject(SIZE);
        ObjectHeader.create(heap, t, Value.THREAD);
        Mem.putInt(t + ObjectHeader.WORD, handle);
        Mem.putLong(t + 8, 0);
        return t;
    }

    public static int handle(long t) {
        return Mem.getInt(t + ObjectHeader.WORD);
    }
}
