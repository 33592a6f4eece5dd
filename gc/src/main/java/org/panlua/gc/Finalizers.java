package org.panlua.gc;

import org.panlua.memory.heap.GcSpace;
import org.panlua.memory.value.Value;

import java.util.Arrays;

/**
 * Objects with a {@code __gc} metamethod: those marked for finalization (when their metatable
 * was set) and those found unreachable and waiting for their finalizer to run. Finalizers run
 * in the reverse order of marking, as in Lua 5.4; an object waiting for finalization is
 * resurrected (marked) with everything it refers to, and freed only in a later cycle if it is
 * still unreachable then.
 */
final class Finalizers {
    /** Value words marked for finalization, oldest first. */
    private long[] marked = new long[16];
    private int markedCount;
    /** Value words waiting for their finalizer, next first (a ring would do; calls are rare). */
    private long[] pending = new long[16];
    private int pendingHead, pendingCount;

    /** Marks {@code object} (a value word) for finalization, once. */
    void register(long object) {
        long o = Value.address(object);
        int marks = GcSpace.marks(o);
        if ((marks & GcSpace.FINOBJ) != 0) return;
        GcSpace.setMarks(o, marks | GcSpace.FINOBJ);
        if (markedCount == marked.length) marked = Arrays.copyOf(marked, markedCount * 2);
        marked[markedCount++] = object;
    }

    /**
     * Moves the unreached objects marked for finalization (every one of them when {@code all})
     * to the pending queue, newest first.
     */
    void separate(boolean all) {
        int kept = 0;
        long[] moved = new long[markedCount];
        int movedCount = 0;
        for (int i = 0; i < markedCount; i++) {
            long w = marked[i];
            if (all || Marker.isWhite(Value.address(w))) moved[movedCount++] = w;
            else marked[kept++] = w;
        }
        markedCount = kept;
        for (int i = movedCount - 1; i >= 0; i--) enqueue(moved[i]);
    }

    private void enqueue(long w) {
        if (pendingHead + pendingCount == pending.length) {
            if (pendingHead > 0) {
                System.arraycopy(pending, pendingHead, pending, 0, pendingCount);
                pendingHead = 0;
            } else {
                pending = Arrays.copyOf(pending, pending.length * 2);
            }
        }
        pending[pendingHead + pendingCount++] = w;
    }

    /** Marks every object waiting for its finalizer (they are roots until it has run). */
    void markPending(Marker m) {
        for (int i = 0; i < pendingCount; i++) m.markValue(pending[pendingHead + i]);
    }

    boolean hasPending() {
        return pendingCount > 0;
    }

    /** The next object whose finalizer is due, no longer marked for finalization. */
    long takePending() {
        long w = pending[pendingHead++];
        if (--pendingCount == 0) pendingHead = 0;
        long o = Value.address(w);
        GcSpace.setMarks(o, GcSpace.marks(o) & ~GcSpace.FINOBJ);
        return w;
    }

    int markedCount() {
        return markedCount;
    }
}
