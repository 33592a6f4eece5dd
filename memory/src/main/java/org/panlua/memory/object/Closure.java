package org.panlua.memory.object;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.value.Value;

/**
 * Function objects (DESIGN.md section 5): a Lua closure (prototype + upvalue objects) or a Java
 * function (handle + upvalue values). The prototype or the Java function itself is a Java
 * object; the closure names it by its index in the state's handle table, so the object stays in
 * native memory and the word stays a plain address.
 *
 * <pre>
 *  +0  header  type FUNCTION | marks | flags | extra: kind (LUA or JAVA) | int handle
 *  +8  int     number of upvalues
 *  +16 long[n] LUA: addresses of {@link Upvalue} objects; JAVA: value words
 * </pre>
 */
public final class Closure {
    private Closure() {}

    public static final int KIND_LUA = 0;
    public static final int KIND_JAVA = 1;

    static final int COUNT = 8;
    static final int UPVALUES = 16;

    public static long size(int upvalues) {
        return UPVALUES + 8L * upvalues;
    }

    /** A new closure with {@code upvalues} slots set to 0 (LUA) or nil (JAVA); its address. */
    public static long allocate(NativeHeap heap, int kind, int handle, int upvalues) {
        long c = heap.allocateObject(size(upvalues));
        ObjectHeader.create(heap, c, Value.FUNCTION);
        Mem.putByte(c + ObjectHeader.EXTRA, (byte) kind);
        Mem.putInt(c + ObjectHeader.WORD, handle);
        Mem.putLong(c + COUNT, upvalues);
        Mem.fill(c + UPVALUES, 8L * upvalues, kind == KIND_LUA ? (byte) 0 : (byte) -1);
        return c;
    }

    public static int kind(long c) {
        return Mem.getByte(c + ObjectHeader.EXTRA);
    }

    public static boolean isLua(long c) {
        return Mem.getByte(c + ObjectHeader.EXTRA) == KIND_LUA;
    }

    public static int handle(long c) {
        return Mem.getInt(c + ObjectHeader.WORD);
    }

    public static int upvalueCount(long c) {
        return Mem.getInt(c + COUNT);
    }

    /** Slot {@code i}: an upvalue address (LUA) or a value word (JAVA). */
    public static long upvalue(long c, int i) {
        return Mem.getLong(c + UPVALUES + 8L * i);
    }

    public static void setUpvalue(long c, int i, long v) {
        Mem.putLong(c + UPVALUES + 8L * i, v);
    }

    /** Address of slot {@code i}. */
    public static long upvalueSlot(long c, int i) {
        return c + UPVALUES + 8L * i;
    }
}
