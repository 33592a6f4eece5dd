package org.panlua.core.vm;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.string.LuaString;

/**
 * Byte arrays that the string functions reuse from call to call, so that building a result
 * ({@code string.char}, {@code upper}, {@code ..}, {@code table.concat}, {@code string.format})
 * makes no Java garbage: a new array per call filled the young generation hundreds of times a
 * second and kept all of it resident (hw-notes.md section 8). One per state; a state runs on
 * one thread at a time.
 *
 * <p>An array is lent, not shared: {@link #borrow} hands out the spare array and forgets it, so
 * a function that calls back into Lua while it holds one (a {@code __tostring} inside {@code
 * format}) leaves any nested caller a fresh array. {@link #giveBack} keeps the largest array
 * returned up to {@link #KEEP_LIMIT} bytes. An error between the two only loses the spare.
 */
public final class ByteScratch {
    /** Largest array kept for reuse: a long result's array goes to the garbage collector. */
    public static final int KEEP_LIMIT = 64 * 1024;
    private static final int INITIAL = 256;

    private byte[] spare = new byte[INITIAL];
    /** The last format string read, compared on each use ({@link #formatBytes}). */
    private byte[] lastFormat = new byte[0];

    /** An array of at least {@code min} bytes, the caller's until it gives it back. */
    public byte[] borrow(int min) {
        byte[] b = spare;
        if (b != null && b.length >= min) {
            spare = null;
            return b;
        }
        return new byte[Math.max(min, INITIAL)];
    }

    /** Returns an array for reuse (its contents are not read). */
    public void giveBack(byte[] b) {
        if (b.length <= KEEP_LIMIT && (spare == null || b.length > spare.length)) spare = b;
    }

    /**
     * The bytes of string {@code s} as an array that the caller must only read: the array of the
     * last call when it holds the same bytes (a format string is usually a constant used in a
     * loop). Compared byte by byte, so it stays right whatever the collector frees.
     */
    public byte[] formatBytes(long s) {
        long length = LuaString.length(s);
        byte[] last = lastFormat;
        if (last.length == length && Mem.equalsBytes(LuaString.data(s), last, 0, last.length)) return last;
        byte[] b = LuaString.toBytes(s);
        if (b.length <= 256) lastFormat = b;
        return b;
    }
}
