package org.panlua.memory.object;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.value.Value;

/**
 * The 8-byte header every garbage-collected object starts with.
 *
 * <pre>
 *  +0  byte  type    the object's {@link org.panlua.memory.value.Value} tag
 *  +1  byte  marks   colour bits, owned by the collector ({@link org.panlua.memory.heap.GcSpace});
 *                    unused when colours live in the page's colour table (NativeHeap.SIDE_COLOURS)
 *  +2  byte  flags   per type (string: short/hashed; table: absent-metamethod cache)
 *  +3  byte  extra   per type (table: log2 of the hash-part size)
 *  +4  int   word    per type (string: hash; table: array-part size)
 * </pre>
 */
public final class ObjectHeader {
    private ObjectHeader() {}

    public static final int TYPE = 0;
    public static final int MARKS = 1;
    public static final int FLAGS = 2;
    public static final int EXTRA = 3;
    public static final int WORD = 4;
    public static final int SIZE = 8;

    /**
     * Writes the header of a new collectable object of {@code type} (current white, clear
     * flags and extra) and registers it with {@code heap}'s collector.
     */
    public static void create(NativeHeap heap, long object, int type) {
        Mem.putLong(object, heap.gc.header(type));
        heap.gc.register(object);
        if (type == Value.THREAD) heap.gc.registerThread(object);
    }

    /** Writes a header for an object the collector does not manage (a lookup probe). */
    public static void init(long object, int type) {
        Mem.putLong(object, type & 0xFF);
    }

    public static int type(long object) {
        return Mem.getByte(object + TYPE);
    }

    public static int flags(long object) {
        return Mem.getByte(object + FLAGS) & 0xFF;
    }

    public static void setFlags(long object, int flags) {
        Mem.putByte(object + FLAGS, (byte) flags);
    }
}
