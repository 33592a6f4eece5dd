package org.panlua.gc;

import org.panlua.memory.heap.GcSpace;
import org.panlua.memory.heap.Mem;
import org.panlua.memory.object.Closure;
import org.panlua.memory.object.ObjectHeader;
import org.panlua.memory.object.ThreadObject;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.object.Userdata;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.util.Arrays;

/**
 * Colours objects and traverses them: the mark phase. A reached white object turns gray and
 * waits on the gray stack; traversing it marks what it refers to and turns it black. Strings
 * and boxed integers refer to nothing and go straight to black.
 *
 * <p>Tables are traversed by their weakness ({@code __mode} of the metatable): strong tables
 * mark everything; weak-valued tables mark their keys; weak-keyed tables (ephemerons) mark a
 * value only once its key is marked; fully weak tables mark nothing. The weak ones are
 * remembered in {@link WeakTables} for the atomic phase.
 */
public final class Marker {
    private final GcHost host;
    private final WeakTables weak;
    final DeadKeys deadKeys = new DeadKeys();
    /** The interned {@code "__mode"} key, read from metatables. */
    private long modeKey = Value.NIL_WORD;
    private final Tables tables;
    private long[] gray = new long[256];
    private int grayCount;
    /**
     * Large strong tables being traversed a slice at a time, so that no step marks a whole
     * huge table at once: the table (already black, so a store into it re-grays it for the
     * atomic phase) and the next slot to mark (array items first, then nodes).
     */
    private long[] partialTables = new long[8];
    private int[] partialNext = new int[8];
    private int partialCount;
    /** Work units (bytes traversed) of one slot: 5.4 counts work in slots. */
    static final int WORK_PER_SLOT = 8;
    /** Slots a step marks of a large table before looking at its budget again. */
    static final int SLICE = 2048;

    Marker(GcHost host, Tables tables, WeakTables weak) {
        this.host = host;
        this.tables = tables;
        this.weak = weak;
    }

    void setModeKey(long modeKey) {
        this.modeKey = modeKey;
    }

    /** True when {@code w} is a value word that names a collectable object. */
    public static boolean isCollectable(long w) {
        if (Value.isDouble(w)) return false;
        int tag = (int) (w >>> Value.TAG_SHIFT) & 0xF;
        return tag >= Value.BOXED_INTEGER && tag <= Value.THREAD;
    }

    /** Marks the object a value word names, if any. */
    public void markValue(long w) {
        if (Value.isDouble(w)) return;
        int tag = (int) (w >>> Value.TAG_SHIFT) & 0xF;
        if (tag == Value.STRING || tag == Value.BOXED_INTEGER) markLeaf(Value.address(w));
        else if (tag > Value.BOXED_INTEGER && tag <= Value.THREAD) markGray(Value.address(w));
    }

    /**
     * Marks an object known not to be a string or boxed integer (the word's tag or the field
     * says so): gray, pushed. Its header is not read until it is traversed, so with colour
     * tables marking touches only the colour byte.
     */
    private void markGray(long o) {
        int marks = GcSpace.marks(o);
        if ((marks & GcSpace.WHITES) == 0) return; // gray or black already
        GcSpace.setMarks(o, marks & ~GcSpace.WHITES);
        push(o);
    }

    /** Marks a string or boxed integer: it refers to nothing, so it turns black at once. */
    private static void markLeaf(long o) {
        int marks = GcSpace.marks(o);
        if ((marks & GcSpace.WHITES) != 0) GcSpace.setMarks(o, (marks & ~GcSpace.WHITES) | GcSpace.BLACK);
    }

    /** Marks the object at address {@code o} (0 is ignored). */
    public void markObject(long o) {
        if (o == 0) return;
        int marks = GcSpace.marks(o);
        if ((marks & GcSpace.WHITES) == 0) return; // gray or black already
        int type = ObjectHeader.type(o);
        if (type == Value.STRING || type == Value.BOXED_INTEGER) {
            GcSpace.setMarks(o, (marks & ~GcSpace.WHITES) | GcSpace.BLACK);
            return;
        }
        GcSpace.setMarks(o, marks & ~GcSpace.WHITES);
        push(o);
    }

    void push(long o) {
        if (grayCount == gray.length) gray = Arrays.copyOf(gray, grayCount * 2);
        gray[grayCount++] = o;
    }

    boolean hasGray() {
        return grayCount > 0 || partialCount > 0;
    }

    /** Traverses gray objects until about {@code budget} units of work are done; the work done. */
    long propagate(long budget) {
        long work = 0;
        while (work < budget) {
            // gray objects first: a large table's next slice only once the last one's objects
            // are traversed, so the gray stack stays small (a slice, not the whole table)
            if (grayCount > 0) work += traverse(gray[--grayCount]);
            else if (partialCount > 0) work += continueTable();
            else break;
        }
        return work;
    }

    /** Marks the next slice of the innermost large table under way. */
    private long continueTable() {
        int top = partialCount - 1;
        long t = partialTables[top];
        int from = partialNext[top];
        int asize = Tables.arraySize(t);
        int total = asize + Tables.hashSize(t); // read again: the table may have been resized
        int end = Math.min(from + SLICE, total);
        if (end > from) markSlots(t, asize, from, end);
        if (end >= total) partialCount--;
        else partialNext[top] = end;
        return 8L * Math.max(end - from, 1);
    }

    /** Marks slots {@code from..end-1} of a strong table: array items, then nodes. */
    private void markSlots(long t, int asize, int from, int end) {
        long array = Tables.arrayPart(t);
        int i = from;
        for (; i < Math.min(end, asize); i++) markValue(Mem.getLong(array + 8L * i));
        for (; i < end; i++) {
            int n = i - asize;
            long v = Mem.getLong(Tables.nodeValueAddress(t, n));
            long k = Mem.getLong(Tables.nodeKeyAddress(t, n));
            if (v != Value.NIL_WORD) {
                markValue(k);
                markValue(v);
            } else {
                noteKeyOfEmptyNode(t, k);
            }
        }
    }

    /** Traverses every gray object. */
    long propagateAll() {
        return propagate(Long.MAX_VALUE);
    }

    /** Traverses one gray object, turning it black; the work it took, in bytes visited. */
    private long traverse(long o) {
        int marks = GcSpace.marks(o);
        if ((marks & GcSpace.BLACK) != 0) return 0; // pushed twice (a barrier re-grayed it): done
        GcSpace.setMarks(o, marks | GcSpace.BLACK);
        return switch (ObjectHeader.type(o)) {
            case Value.TABLE -> traverseTable(o);
            case Value.FUNCTION -> traverseClosure(o);
            case Value.UPVALUE -> {
                if (!Upvalue.isOpen(o)) markValue(Upvalue.closedValue(o)); // an open one's slot is on a stack
                yield Upvalue.SIZE;
            }
            case Value.USERDATA -> {
                long mt = Userdata.metatable(o);
                if (mt != 0) markGray(mt); // a table
                int h = Userdata.handle(o);
                if (h != 0) host.markHandle(h, this);
                yield Userdata.PAYLOAD;
            }
            case Value.THREAD -> {
                host.markHandle(ThreadObject.handle(o), this);
                yield 256;
            }
            default -> throw new IllegalStateException("gray object of type " + ObjectHeader.type(o)
                    + " at 0x" + Long.toHexString(o));
        };
    }

    private long traverseClosure(long c) {
        host.markHandle(Closure.handle(c), this);
        int n = Closure.upvalueCount(c);
        boolean lua = Closure.isLua(c);
        for (int i = 0; i < n; i++) {
            long u = Closure.upvalue(c, i);
            if (lua) {
                if (u != 0) markGray(u); // an upvalue object
            }
            else markValue(u);
        }
        return Closure.size(n);
    }

    // ---- Tables ------------------------------------------------------------------------------
    static final int WEAK_KEYS = 1, WEAK_VALUES = 2;

    /** The weakness a metatable's {@code __mode} asks for. */
    private int weakMode(long mt) {
        if (mt == 0 || modeKey == Value.NIL_WORD) return 0;
        long mode = tables.getShortString(mt, modeKey);
        if (!Value.isString(mode)) return 0;
        int bits = 0;
        long data = LuaString.data(mode);
        long length = LuaString.length(mode);
        for (long i = 0; i < length; i++) {
            byte b = Mem.getByte(data + i);
            if (b == 'k') bits |= WEAK_KEYS;
            else if (b == 'v') bits |= WEAK_VALUES;
        }
        return bits;
    }

    private long traverseTable(long t) {
        long mt = Tables.metatable(t);
        if (mt != 0) markGray(mt); // a table
        int mode = weakMode(mt);
        int asize = Tables.arraySize(t);
        int nodes = Tables.hashSize(t);
        if (mode == 0) {
            if (asize + nodes <= SLICE) {
                markSlots(t, asize, 0, asize + nodes);
            } else { // continued a slice at a time by propagate
                if (partialCount == partialTables.length) {
                    partialTables = Arrays.copyOf(partialTables, partialCount * 2);
                    partialNext = Arrays.copyOf(partialNext, partialCount * 2);
                }
                partialTables[partialCount] = t;
                partialNext[partialCount++] = 0;
                return 64;
            }
        } else if (mode == WEAK_VALUES) {
            for (int i = 0; i < nodes; i++) {
                long k = Mem.getLong(Tables.nodeKeyAddress(t, i));
                if (Mem.getLong(Tables.nodeValueAddress(t, i)) != Value.NIL_WORD) markValue(k);
                else noteKeyOfEmptyNode(t, k);
            }
            weak.addWeakValues(t);
        } else if (mode == WEAK_KEYS) {
            traverseEphemeron(t);
            weak.addEphemeron(t);
        } else {
            for (int i = 0; i < nodes; i++) {
                if (Mem.getLong(Tables.nodeValueAddress(t, i)) == Value.NIL_WORD) {
                    noteKeyOfEmptyNode(t, Mem.getLong(Tables.nodeKeyAddress(t, i)));
                }
            }
            weak.addAllWeak(t);
        }
        return Tables.footprint(t);
    }

    /**
     * A key left in a node whose value is nil stays there until the table is resized, and
     * lookups still compare against it. Any key but a string or a boxed integer is compared by
     * its word alone and may simply die. Those two are compared by contents: a table with such
     * a key not yet marked is noted, and the atomic phase buries the dead ones
     * ({@link DeadKeys}).
     */
    void noteKeyOfEmptyNode(long t, long k) {
        int tag = Value.tag(k);
        if ((tag == Value.STRING || tag == Value.BOXED_INTEGER) && isWhite(Value.address(k))) deadKeys.note(t);
    }

    /**
     * Marks the values of a weak-keyed table whose keys are marked (and its array part, whose
     * keys are integers). True when it marked anything.
     */
    boolean traverseEphemeron(long t) {
        boolean marked = false;
        int asize = Tables.arraySize(t);
        long array = Tables.arrayPart(t);
        for (int i = 0; i < asize; i++) marked |= markIfWhite(Mem.getLong(array + 8L * i));
        int nodes = Tables.hashSize(t);
        for (int i = 0; i < nodes; i++) {
            long k = Mem.getLong(Tables.nodeKeyAddress(t, i));
            long v = Mem.getLong(Tables.nodeValueAddress(t, i));
            if (v == Value.NIL_WORD) noteKeyOfEmptyNode(t, k);
            else if (!isCleared(k)) marked |= markIfWhite(v);
        }
        return marked;
    }

    private boolean markIfWhite(long w) {
        if (!isCollectable(w) || (GcSpace.marks(Value.address(w)) & GcSpace.WHITES) == 0) return false;
        markObject(Value.address(w));
        return true;
    }

    /**
     * True when a weak entry holding {@code w} must be cleared: {@code w} is an unmarked
     * object. Strings and boxed integers are values, never cleared: they get marked instead.
     */
    boolean isCleared(long w) {
        if (!isCollectable(w)) return false;
        long o = Value.address(w);
        int tag = Value.tag(w);
        if (tag == Value.STRING || tag == Value.BOXED_INTEGER) {
            markObject(o);
            return false;
        }
        return (GcSpace.marks(o) & GcSpace.WHITES) != 0;
    }

    /** True when the object at {@code o} is white (not reached in this cycle). */
    public static boolean isWhite(long o) {
        return (GcSpace.marks(o) & GcSpace.WHITES) != 0;
    }

    void reset() {
        grayCount = 0;
        partialCount = 0;
        if (gray.length > 1 << 16) gray = new long[256];
    }
}
