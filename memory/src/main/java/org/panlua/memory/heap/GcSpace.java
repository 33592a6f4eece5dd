package org.panlua.memory.heap;

import org.panlua.memory.value.Value;

import java.util.Arrays;

/**
 * What the object layouts share with the collector (DESIGN.md section 6): the list of every
 * collectable object of one heap, the colour bits of an object's header, and the write barrier.
 *
 * <p>An object's colour byte lives in its header's marks byte, or with
 * {@link NativeHeap#SIDE_COLOURS} in its page's colour table. An object is white (one of two whites, so that a
 * sweep can tell objects that died in the last cycle from objects born since), gray (neither
 * white nor black: reached but not yet traversed) or black (traversed). The collector owns the
 * list and the colours; the layouts only register new objects, born in the current white, and
 * call {@link #barrier} when they store a reference into an object the collector may already
 * have traversed.
 *
 * <p>The list is an array of addresses in allocation order, swept and compacted in place: an
 * object header has no room for a link, and a sequential array is the cheapest thing a sweep
 * can walk (hw-notes.md, section 8). It is kept in segments of {@link #SEGMENT} entries, so that
 * growing it copies nothing: a single array doubled as it grew left every smaller copy in the
 * Java heap's young generation (4 MB of garbage on {@code binary_trees.lua}, a program that
 * otherwise makes none, so all of it stayed resident).
 */
public final class GcSpace {
    /** Header byte holding the colour bits ({@code ObjectHeader.MARKS}). */
    public static final int MARKS = 1;
    public static final int WHITE0 = 1;
    public static final int WHITE1 = 2;
    public static final int WHITES = WHITE0 | WHITE1;
    public static final int BLACK = 4;
    /** The object has a {@code __gc} finalizer pending: the sweep must not free it. */
    public static final int FINOBJ = 8;

    private static final int SEGMENT_BITS = 13;
    /** Entries per segment of the list (64 KB). */
    static final int SEGMENT = 1 << SEGMENT_BITS;
    private static final int MASK = SEGMENT - 1;

    private int currentWhite = WHITE0;
    /** The list: entry {@code i} is {@code segments[i >>> SEGMENT_BITS][i & MASK]}. */
    private long[][] segments = new long[8][];
    /** Segments allocated; the first {@code count} entries are in use. */
    private int segmentCount;
    private int count;
    /** Objects turned gray by the barrier since the collector last cleared the list. */
    public final AddressList grayAgain = new AddressList();
    /**
     * While the collector propagates, a store into a slot a black large table already has
     * marks what is stored (a forward barrier) instead of graying the table again:
     * re-traversed in the atomic phase, a table of ten million slots that a loop was filling
     * made a pause of 60 ms. The objects it grays wait in {@code forwarded} for the next step.
     */
    private boolean forwarding;
    /** Objects the forward barrier grayed since the collector last cleared the list, to traverse. */
    public final AddressList forwarded = new AddressList();
    /** Tables of more slots than this, without a metatable, are barriered forward while {@link #forwarding}. */
    public static final int LARGE_TABLE = 2048;
    /**
     * The most objects waiting in {@code forwarded}; past it (the collector stopped in the
     * middle of a cycle, say) a store grays the table again instead, as for any table.
     */
    private static final int MAX_FORWARDED = 1 << 16;
    /**
     * Every thread object on the list (few): their stacks are not barriered, so a minor
     * collection of the generational mode traverses all of them.
     */
    private long[] threads = new long[8];
    private int threadCount;

    /** The white new objects are born in. */
    public int currentWhite() {
        return currentWhite;
    }

    /** The white of the objects found dead during the sweep after a cycle's marking. */
    public int otherWhite() {
        return currentWhite ^ WHITES;
    }

    /** Swaps the whites: what was current becomes the colour of the dead. */
    public void flipWhite() {
        currentWhite ^= WHITES;
    }

    /** The header word of a new object of {@code type}: its tag and the current white. */
    public long header(int type) {
        return (type & 0xFF) | ((long) currentWhite << 8);
    }

    /** Adds a new object to the list. */
    public void register(long object) {
        if (NativeHeap.SIDE_COLOURS) setMarks(object, currentWhite);
        if (count == segmentCount << SEGMENT_BITS) addSegment();
        segments[count >>> SEGMENT_BITS][count & MASK] = object;
        count++;
    }

    /** Notes a new thread object (already {@link #register registered}). */
    public void registerThread(long object) {
        if (threadCount == threads.length) threads = Arrays.copyOf(threads, threadCount * 2);
        threads[threadCount++] = object;
    }

    /** Forgets a thread object being freed. */
    public void forgetThread(long object) {
        for (int i = threadCount - 1; i >= 0; i--) {
            if (threads[i] == object) {
                threads[i] = threads[--threadCount];
                return;
            }
        }
    }

    public int threadCount() {
        return threadCount;
    }

    public long thread(int i) {
        return threads[i];
    }

    /**
     * Paints every object in the current white, keeping only its {@link #FINOBJ} bit, and
     * forgets the objects the barrier grayed: how a full marking starts when the objects that
     * survived earlier collections were left black (the generational mode).
     */
    public void whitenAll() {
        int white = currentWhite;
        for (int i = 0; i < count; i++) {
            long o = object(i);
            setMarks(o, (marks(o) & FINOBJ) | white);
        }
        grayAgain.clear();
    }

    private void addSegment() {
        if (segmentCount == segments.length) segments = Arrays.copyOf(segments, segmentCount * 2);
        segments[segmentCount++] = new long[SEGMENT];
    }

    /**
     * Takes back the registration of an object whose creation failed half way, so it can be
     * freed at once: it is one of the last registered.
     */
    public void forget(long object) {
        for (int i = count - 1; i >= 0; i--) {
            if (object(i) == object) {
                for (int j = i + 1; j < count; j++) set(j - 1, object(j));
                count--;
                return;
            }
        }
        throw new IllegalStateException("object 0x" + Long.toHexString(object) + " is not registered");
    }

    public int count() {
        return count;
    }

    public long object(int i) {
        return segments[i >>> SEGMENT_BITS][i & MASK];
    }

    /**
     * Keeps {@code from..count-1} as entries {@code to..} ({@code to <= from}); what the sweep
     * calls to compact. Segments left empty are kept: the list grows back in the next cycle,
     * and dropping them made a new segment of garbage each time.
     */
    public void compact(int to, int from) {
        if (to != from) {
            int n = count - from;
            while (n > 0) { // runs that stay within one segment on both sides
                int run = Math.min(n, Math.min(SEGMENT - (from & MASK), SEGMENT - (to & MASK)));
                System.arraycopy(segments[from >>> SEGMENT_BITS], from & MASK,
                        segments[to >>> SEGMENT_BITS], to & MASK, run);
                from += run;
                to += run;
                n -= run;
            }
            count = to;
        }
    }

    public void set(int i, long object) {
        segments[i >>> SEGMENT_BITS][i & MASK] = object;
    }

    /** Where the colour byte of {@code object} is: its header, or its page's colour table. */
    static long colour(long object) {
        if (!NativeHeap.SIDE_COLOURS) return object + MARKS;
        return (object & -(long) NativeHeap.PAGE_SIZE) + ((object & (NativeHeap.PAGE_SIZE - 1)) >>> 4);
    }

    /*
     * A colour table lies outside every block, so the checked mode checks that the object is a
     * live block instead: marking a freed object fails there as it does with header colours.
     */

    public static int marks(long object) {
        if (!NativeHeap.SIDE_COLOURS) return Mem.getByte(object + MARKS) & 0xFF;
        if (Mem.CHECKED) MemoryChecker.check(object, 1);
        return Mem.getByteUnchecked(colour(object)) & 0xFF;
    }

    public static void setMarks(long object, int marks) {
        if (!NativeHeap.SIDE_COLOURS) {
            Mem.putByte(object + MARKS, (byte) marks);
            return;
        }
        if (Mem.CHECKED) MemoryChecker.check(object, 1);
        Mem.putByteUnchecked(colour(object), (byte) marks);
    }

    /** True for an object of the other white: dead, if the sweep has not reached it yet. */
    public boolean isDead(long object) {
        return (marks(object) & otherWhite()) != 0;
    }

    /** Brings a dead-looking object back (an interned string found again before its sweep). */
    public void resurrect(long object) {
        setMarks(object, (marks(object) & ~WHITES) | currentWhite);
    }

    /**
     * The write barrier: call after storing a reference into {@code object}. A black object
     * turns gray again and is re-traversed in the atomic phase (a backward barrier), so it
     * cannot hide a white object from the collector.
     */
    public void barrier(long object) {
        if ((marks(object) & BLACK) != 0) barrierSlow(object);
    }

    /** True when the object is black (the barrier must act on a store into it). */
    public static boolean isBlack(long object) {
        return (marks(object) & BLACK) != 0;
    }

    /**
     * The barrier of a store of {@code value} into a slot the black table {@code t} already
     * has (so no entry moves); {@code large} when it is a large table without a metatable (no
     * weak table then): forward while the collector propagates, else as {@link #barrier}.
     */
    public void barrierStore(long t, long value, boolean large) {
        if (large && forwarding && forwarded.size() < MAX_FORWARDED) {
            forward(value);
        } else if (isBlack(t)) {
            barrierSlow(t);
        }
    }

    /** Marks the object a stored word names: a string or boxed integer black, any other gray and queued. */
    private void forward(long w) {
        if (Value.isDouble(w)) return;
        int tag = (int) (w >>> Value.TAG_SHIFT) & 0xF;
        if (tag < Value.BOXED_INTEGER || tag > Value.THREAD) return;
        long o = Value.address(w);
        int marks = marks(o);
        if ((marks & WHITES) == 0) return;
        if (tag == Value.STRING || tag == Value.BOXED_INTEGER) {
            setMarks(o, (marks & ~WHITES) | BLACK);
            return;
        }
        setMarks(o, marks & ~WHITES);
        forwarded.add(o);
    }

    /** The collector: stores into large tables are barriered forward from now on, or no longer. */
    public void setForwarding(boolean on) {
        forwarding = on;
    }

    private void barrierSlow(long object) {
        setMarks(object, marks(object) & ~BLACK);
        grayAgain.add(object);
    }
}
