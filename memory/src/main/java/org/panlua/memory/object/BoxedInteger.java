package org.panlua.memory.object;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.value.Value;

/**
 * Integers that do not fit an inline word: a header and the 64-bit value. Canonical: only
 * integers outside the inline range are ever boxed, so an inline word and a box never stand for
 * the same number.
 */
public final class BoxedInteger {
    private BoxedInteger() {}

    public static final int VALUE = ObjectHeader.SIZE;
    public static final int SIZE = VALUE + 8;

    /** The word of integer {@code v}: inline when it fits, else a new box on {@code heap}. */
    public static long of(NativeHeap heap, long v) {
        if (Value.fitsInline(v)) return Value.ofInlineInteger(v);
        long box = heap.allocateObject(SIZE);
        ObjectHeader.create(heap, box, Value.BOXED_INTEGER);
        Mem.putLong(box + VALUE, v);
        return Value.ofObject(Value.BOXED_INTEGER, box);
    }

    /** The value of an integer word, inline or boxed. */
    public static long valueOf(long w) {
        return Value.isInlineInteger(w) ? Value.inlineInteger(w) : Mem.getLong(Value.address(w) + VALUE);
    }

    public static void free(NativeHeap heap, long w) {
        if (Value.isBoxedInteger(w)) heap.free(Value.address(w), SIZE);
    }
}
