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
    /** Work charged per object visited, in the collector's units (bytes marked): a slot's worth, as 5.4 counts one unit per object swept. */
    static final int WORK_PER_OBJECT = Marker.WORK_PER_SLOT;

    private final NativeHeap heap;
    private final StringTable strings;
    private final Tables tables;
    private int read, write, end;
    private boolean active;

    Sweeper(NativeHeap heap, StringTable strings, Tables tables) {
        this.heap = heap;
        this.strings = strings;
        this.tables = tables;
    }

    void start() {
        read = 0;
        write = 0;
        end = heap.gc.count();
        active = true;
    }

    boolean active() {
        return active;
    }

    /** Sweeps until about {@code budget} units of work are done; the work done. */
    long sweep(long budget) {
        GcSpace gc = heap.gc;
        int dead = gc.otherWhite();
        int white = gc.currentWhite();
        long work = 0;
        while (read < end && work < budget) {
            long o = gc.object(read++);
            int marks = GcSpace.marks(o);
            if ((marks & dead) != 0 && (marks & GcSpace.FINOBJ) == 0) {
                free(o);
            } else {
                GcSpace.setMarks(o, (marks & ~(GcSpace.WHITES | GcSpace.BLACK)) | white);
                gc.set(write++, o);
            }
            work += WORK_PER_OBJECT;
        }
        if (read == end) {
            gc.compact(write, end);
            active = false;
        }
        return work;
    }

    private void free(long o) {
        switch (ObjectHeader.type(o)) {
            case Value.STRING -> strings.free(Value.ofObject(Value.STRING, o));
            case Value.TABLE -> tables.free(o);
            case Value.BOXED_INTEGER -> heap.free(o, BoxedInteger.SIZE);
            case Value.FUNCTION -> heap.free(o, Closure.size(Closure.upvalueCount(o)));
            case Value.UPVALUE -> heap.free(o, Upvalue.SIZE);
            case Value.USERDATA -> heap.free(o, Userdata.PAYLOAD + Userdata.size(o));
            case Value.THREAD -> heap.free(o, ThreadObject.SIZE);
            default -> throw new IllegalStateException("unknown object type " + ObjectHeader.type(o)
                    + " at 0x" + Long.toHexString(o));
        }
    }
}
