package org.panlua.memory.object;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.value.Value;

/**
 * A full userdata (DESIGN.md section 5): a payload at a stable address, a metatable, and, for
 * userdata made by Java code, the index of a Java object in the state's handle table.
 *
 * <pre>
 *  +0  header  type USERDATA | marks | flags | extra | int handle (0: none)
 *  +8  long    metatable address (0: none)
 *  +16 long    payload size in bytes
 *  +24         payload
 * </pre>
 */
public final class Userdata {
    private Userdata() {}

    static final int METATABLE = 8;
    static final int SIZE_FIELD = 16;
    public static final int PAYLOAD = 24;

    /** A new userdata with {@code size} zeroed payload bytes; its address. */
    public static long allocate(NativeHeap heap, long size, int handle) {
        long u = heap.allocateObject(PAYLOAD + size);
        ObjectHeader.create(heap, u, Value.USERDATA);
        Mem.putInt(u + ObjectHeader.WORD, handle);
        Mem.putLong(u + METATABLE, 0);
        Mem.putLong(u + SIZE_FIELD, size);
        Mem.fill(u + PAYLOAD, size, (byte) 0);
        return u;
    }

    public static int handle(long u) {
        return Mem.getInt(u + ObjectHeader.WORD);
    }

    public static long metatable(long u) {
        return Mem.getLong(u + METATABLE);
    }

    public static void setMetatable(long u, long mt) {
        Mem.putLong(u + METATABLE, mt);
    }

    public static long size(long u) {
        return Mem.getLong(u + SIZE_FIELD);
    }
}
