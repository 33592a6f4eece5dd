package org.panlua.gc;

import org.panlua.memory.heap.GcSpace;
import org.panlua.memory.object.Closure;
import org.panlua.memory.object.ObjectHeader;
import org.panlua.memory.object.ThreadObject;
import org.panlua.memory.object.Userdata;
import org.panlua.memory.value.Value;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The layout of the generational mode (docs/gc.md): which part of the object list is old, which
 * old objects a minor collection must traverse anyway, and the handles old objects name.
 *
 * <p>Old objects are black between collections, so a store into one goes through the barrier,
 * which remembers it. The list is in allocation order and sweeps compact it in place, so the old
 * objects are its entries {@code [0, oldEnd)}, those that survived one minor collection
 * {@code [oldEnd, survivalEnd)}, and the new ones the rest.
 */
final class Generations {
    int oldEnd, survivalEnd;
    /**
     * Old objects to traverse in the next minor collection: those the barrier remembered and
     * those promoted in the last one, which may point to objects that survived it young.
     */
    private long[] touched = new long[64];
    private int touchedCount;
    /**
     * The handles named by old objects (closures, userdata, threads). A minor collection does
     * not traverse old objects, so it marks these itself; then every handle it leaves unmarked
     * belonged to young objects only, and is released at once (a handle left until the next
     * major collection kept, say, every {@code gmatch} iterator's Java state: 10 MB of Java heap
     * on {@code strings.lua}).
     */
    private final BitSet oldHandles = new BitSet();

    /** After a major collection: the whole list is old. */
    void allOld(GcSpace gc) {
        oldEnd = survivalEnd = gc.count();
        oldHandles.clear();
        for (int i = 0; i < oldEnd; i++) noteHandle(gc.object(i));
        touchedCount = 0;
        if (touched.length > 4096) touched = new long[64];
    }

    /** Leaving the generational mode. */
    void clear() {
        oldEnd = survivalEnd = 0;
        touchedCount = 0;
        oldHandles.clear();
    }

    /**
     * The start of a minor collection's marking, after the roots: every thread (stacks are not
     * barriered), the touched objects and the old objects' handles; the objects the barrier
     * remembered are touched for the next minor collection (the atomic phase traverses them in
     * this one).
     */
    void markRemembered(Marker marker, GcHost host, GcSpace gc) {
        for (int i = 0; i < gc.threadCount(); i++) remark(marker, gc.thread(i));
        for (int i = 0; i < touchedCount; i++) remark(marker, touched[i]);
        touchedCount = 0;
        for (int i = 0; i < gc.grayAgain.size(); i++) touch(gc.grayAgain.get(i));
        for (int h = oldHandles.nextSetBit(0); h >= 0; h = oldHandles.nextSetBit(h + 1)) host.markHandle(h, marker);
    }

    /** After a minor collection's sweep, which made {@code promoted} objects old. */
    void swept(int promoted, GcSpace gc) {
        oldEnd += promoted;
        survivalEnd = gc.count();
    }

    /** Has an old (black) object, or a white one, traversed in this minor collection. */
    private static void remark(Marker marker, long o) {
        int marks = GcSpace.marks(o);
        if ((marks & GcSpace.WHITES) != 0) {
            marker.markObject(o);
        } else if ((marks & GcSpace.BLACK) != 0) {
            GcSpace.setMarks(o, marks & ~GcSpace.BLACK);
            marker.push(o);
        }
    }

    /**
     * An object that just became old (not a string or boxed integer). It was white until now,
     * so stores into it were not remembered: it is traversed again in the next minor collection.
     */
    void promoted(long o) {
        touch(o);
        noteHandle(o);
    }

    private void noteHandle(long o) {
        int h = switch (ObjectHeader.type(o)) {
            case Value.FUNCTION -> Closure.handle(o);
            case Value.USERDATA -> Userdata.handle(o);
            case Value.THREAD -> ThreadObject.handle(o);
            default -> 0;
        };
        if (h != 0) oldHandles.set(h);
    }

    private void touch(long o) {
        if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
        touched[touchedCount++] = o;
    }
}
