package org.panlua.memory.string;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.object.ObjectHeader;
import org.panlua.memory.value.Value;

/**
 * Layout of a string object and the operations that need no string table.
 *
 * <pre>
 *  +0   header  type STRING; flags SHORT (interned), HASHED (hash field valid); word = hash
 *  +8   long    length in bytes
 *  +16  long    next string in the same intern bucket (short strings only)
 *  +24  bytes   the contents, then one NUL so that C code sees a C string
 * </pre>
 *
 * Short strings (at most {@link StringTable#MAX_SHORT} bytes) are interned: equal contents means
 * equal word. Long strings are created as they come and hashed on first use as a key.
 */
public final class LuaString {
    private LuaString() {}

    public static final int FLAG_SHORT = 1;
    public static final int FLAG_HASHED = 2;

    public static final int HASH = ObjectHeader.WORD;
    public static final int LENGTH = 8;
    public static final int CHAIN = 16;
    public static final int DATA = 24;

    /** Bytes of the block holding a string of {@code length} bytes. */
    public static long blockSize(long length) {
        return DATA + length + 1;
    }

    public static long length(long w) {
        return Mem.getLong(Value.address(w) + LENGTH);
    }

    /** Address of the first content byte. */
    public static long data(long w) {
        return Value.address(w) + DATA;
    }

    public static boolean isShort(long w) {
        return (ObjectHeader.flags(Value.address(w)) & FLAG_SHORT) != 0;
    }

    /** Content equality: words for short strings, bytes for long ones. */
    public static boolean equals(long a, long b) {
        if (a == b) return true;
        long length = length(a);
        if (length != length(b) || isShort(a)) return false; // equal lengths: both short or both long
        return Mem.compareBytes(data(a), data(b), length) == 0;
    }

    /**
     * Lua's string order: bytes compared as unsigned, a proper prefix first. Negative, zero or
     * positive like {@link java.util.Comparator}.
     */
    public static int compare(long a, long b) {
        if (a == b) return 0;
        long la = length(a);
        long lb = length(b);
        int c = Mem.compareBytes(data(a), data(b), Math.min(la, lb));
        return c != 0 ? c : Long.compare(la, lb);
    }

    public static byte[] toBytes(long w) {
        long length = length(w);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("string of " + length + " bytes is too long for a Java array");
        }
        byte[] bytes = new byte[(int) length];
        Mem.copyOut(data(w), bytes, 0, bytes.length);
        return bytes;
    }

    /** The Java string of a Lua string; see {@link LuaStringCodec} for how bytes map to chars. */
    public static String toJava(long w) {
        return LuaStringCodec.decode(toBytes(w));
    }
}
