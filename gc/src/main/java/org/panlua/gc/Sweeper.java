package org.panlua.gc;

import org.panlua.memory.heap.GcSpace;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.object.Closure;
import org.panlua.memory.object.ObjectHeader;
import org.panlua.memory.object.ThreadObject;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.object.Userdata;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/**
 * The sweep phase, done a slice at a time: walks the heap's object list, frees the objects of
 * the dead white (with the parts they own), repaints survivors in the current white, and
 * compacts the list in place. Objects registered while a sweep is under way are appended past
 * its end and kept.
 */
final class Sweeper {
    /**
     * Work charged per survivor, in the collector's units (bytes marked). 5.4 counts a slot
     * marked and an object swept alike, but here a survivor's repaint (its list entry and
     * colour byte) took some 20 ns against 0.2 to 0.4 ns per byte marked (hw-notes.md section
     * 8, "Pauses"): two slots keep a step's time about the same in every phase.
     */
    static final int WORK_PER_SURVIVOR = 2 * Marker.WORK_PER_SLOT;
    /**
     * Work charged per object freed: freeing reads the object's header and the parts it owns
     * (a table's array and nodes, a short string's chain in the string table), lines not
     * touched since the object was made, some 100 ns per object (against 20 for a survivor).
     * Counted as one unit of work like a survivor, a step sweeping garbage took 5 ms or more.
     */
    static final int WORK_PER_FREED = 8 * Marker.WORK_PER_SLOT;

    private final NativeHeap heap;
    private final StringTable strings;
    private final Tables tables;
    private int read, write, end;
    private boolean active;
    /** Survivors are left black (old, in the generational mode) instead of repainted white. */
    private boolean keepBlack;

    Sweeper(NativeHeap heap, StringTable strings, Tables tables) {
        this.heap = heap;
        this.strings = strings;
        this.tables = tables;
    }

    void start() {
        start(0, false);
    }

    /**
     * Starts a sweep of the list from entry {@code from} (the young objects of a minor
     * collection; 0 for all), leaving survivors black when {@code keepBlack}.
     */
    void start(int from, boolean keepBlack) {
        read = from;
        write = from;
        end = heap.gc.count();
        active = true;
        this.keepBlack = keepBlack;
    }

    boolean active() {
        return active;
    }

    /** Sweeps until about {@code budget} units of work are done; the work done. */
    long sweep(long budget) {
        GcSpace gc = heap.gc;
        int dead = gc.otherWhite();
        int white = keepBlack ? GcSpace.BLACK : gc.currentWhite();
        long work = 0;
        while (read < end && work < budget) {
            long o = gc.object(read++);
            int marks = GcSpace.marks(o);
            if ((marks & dead) != 0 && (marks & GcSpace.FINOBJ) == 0) {
                free(o);
                work += WORK_PER_FREED;
            } else {
                GcSpace.setMarks(o, (marks & ~(GcSpace.WHITES | GcSpace.BLACK)) | white);
                gc.set(write++, o);
                work += WORK_PER_SURVIVOR;
            }
        }
        if (read == end) {
            gc.compact(write, end);
            active = false;
        }
        return work;
    }

    /**
     * The sweep of a minor collection (generational mode), in one go: frees the dead objects
     * from entry {@code from} on; of the survivors, those before {@code survivalEnd} (they
     * had survived one minor collection already) become old, left black and (but strings and
     * boxed integers) handed to {@code promoted}, and the others are repainted white (they have survived one). The list
     * is compacted, the promoted first; the count of promoted objects.
     */
    int sweepMinor(int from, int survivalEnd, java.util.function.LongConsumer promoted) {
        GcSpace gc = heap.gc;
        int dead = gc.otherWhite();
        int white = gc.currentWhite();
        int end = gc.count();
        int write = from;
        int promotedCount = 0;
        for (int read = from; read < end; read++) {
            long o = gc.object(read);
            int marks = GcSpace.marks(o);
            if ((marks & dead) != 0 && (marks & GcSpace.FINOBJ) == 0) {
                free(o);
                continue;
            }
            if (read < survivalEnd) {
                GcSpace.setMarks(o, (marks & ~GcSpace.WHITES) | GcSpace.BLACK);
                promotedCount++;
                int type = ObjectHeader.type(o);
                if (type != Value.STRING && type != Value.BOXED_INTEGER) promoted.accept(o); // leaves point nowhere
            } else {
                GcSpace.setMarks(o, (marks & ~(GcSpace.WHITES | GcSpace.BLACK)) | white);
            }
            gc.set(write++, o);
        }
        gc.compact(write, end);
        return promotedCount;
    }

    private void free(long o) {
        switch (ObjectHeader.type(o)) {
            case Value.STRING -> strings.free(Value.ofObject(Value.STRING, o));
            case Value.TABLE -> tables.free(o);
            case Value.BOXED_INTEGER -> heap.free(o, BoxedInteger.SIZE);
            case Value.FUNCTION -> heap.free(o, Closure.size(Closure.upvalueCount(o)));
            case Value.UPVALUE -> heap.free(o, Upvalue.SIZE);
            case Value.USERDATA -> heap.free(o, Userdata.PAYLOAD + Userdata.size(o));
            case Value.THREAD -> {
                heap.gc.forgetThread(o);
                heap.free(o, ThreadObject.SIZE);
            }
            default -> throw new IllegalStateException("unknown object type " + ObjectHeader.type(o)
                    + " at 0x" + Long.toHexString(o));
        }
    }
}
