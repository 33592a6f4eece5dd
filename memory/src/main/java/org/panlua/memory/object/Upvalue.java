package org.panlua.memory.object;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.value.Value;

/**
 * A captured variable (DESIGN.md section 5). While open it points at a stack slot of its
 * coroutine; closing copies the slot into the upvalue and points at that copy. Access is always
 * one load of the pointer and one of the value, open or closed.
 *
 * <p>The pointer of an open upvalue is a raw address into a stack that may be reallocated when
 * it grows; the owner relocates every open upvalue from its slot index when that happens, so
 * the address is never held across a reallocation.
 *
 * <pre>
 *  +0  header
 *  +8  long  pointer to the value (stack slot while open, +16 once closed)
 *  +16 long  the value once closed
 *  +24 long  next open upvalue of the same coroutine (higher slots first), 0 at the end
 *  +32 long  stack slot index while open, -1 once closed
 * </pre>
 */
public final class Upvalue {
    private Upvalue() {}

    static final int POINTER = 8;
    static final int CLOSED = 16;
    static final int NEXT = 24;
    static final int SLOT = 32;
    public static final int SIZE = 40;

    /** A new open upvalue for stack slot {@code slot} at {@code address}. */
    public static long open(NativeHeap heap, long address, int slot, long next) {
        long u = heap.allocateObject(SIZE);
        ObjectHeader.create(heap, u, Value.UPVALUE);
        Mem.putLong(u + POINTER, address);
        Mem.putLong(u + CLOSED, Value.NIL_WORD);
        Mem.putLong(u + NEXT, next);
        Mem.putLong(u + SLOT, slot);
        return u;
    }

    /** A new closed upvalue holding {@code value}. */
    public static long closed(NativeHeap heap, long value) {
        long u = heap.allocateObject(SIZE);
        ObjectHeader.create(heap, u, Value.UPVALUE);
        Mem.putLong(u + POINTER, u + CLOSED);
        Mem.putLong(u + CLOSED, value);
        Mem.putLong(u + NEXT, 0);
        Mem.putLong(u + SLOT, -1);
        return u;
    }

    public static long get(long u) {
        return Mem.getLong(Mem.getLong(u + POINTER));
    }

    public static void set(long u, long value) {
        Mem.putLong(Mem.getLong(u + POINTER), value);
    }

    public static boolean isOpen(long u) {
        return Mem.getLong(u + SLOT) >= 0;
    }

    /** The value of a closed upvalue (nil while open). */
    public static long closedValue(long u) {
        return Mem.getLong(u + CLOSED);
    }

    public static int slot(long u) {
        return (int) Mem.getLong(u + SLOT);
    }

    public static long next(long u) {
        return Mem.getLong(u + NEXT);
    }

    public static void setNext(long u, long next) {
        Mem.putLong(u + NEXT, next);
    }

    /** Closes an open upvalue: copies its slot's value in and points at the copy. */
    public static void close(long u) {
        Mem.putLong(u + CLOSED, Mem.getLong(Mem.getLong(u + POINTER)));
        Mem.putLong(u + POINTER, u + CLOSED);
        Mem.putLong(u + SLOT, -1);
    }

    /** Points an open upvalue at its slot in a stack now at {@code stack}. */
    public static void relocate(long u, long stack) {
        Mem.putLong(u + POINTER, stack + 8L * Mem.getLong(u + SLOT));
    }
}
