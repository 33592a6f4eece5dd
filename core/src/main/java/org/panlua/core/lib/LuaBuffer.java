package org.panlua.core.lib;

import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.heap.Mem;
import org.panlua.memory.string.LuaString;

import java.util.Arrays;

/**
 * Bytes gathered for a string result ({@code luaL_Buffer}): grows by doubling, and turns a
 * result too long for a Java array into Lua's {@code not enough memory} error.
 */
final class LuaBuffer {
    private static final int MAX = Integer.MAX_VALUE - 16;

    private final LuaThread L;
    /** The state's reusable array at first (given back by {@link #toStringValue}). */
    private byte[] bytes;
    private int size;

    LuaBuffer(LuaThread L) {
        this.L = L;
        this.bytes = L.state.scratch.borrow(64);
    }

    void add(byte[] b) {
        add(b, 0, b.length);
    }

    void add(byte[] b, int offset, int length) {
        if (length > bytes.length - size) grow(length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
    }

    /** Adds the bytes of string {@code s} (a string word), copied straight from native memory. */
    void addString(long s) {
        long length = LuaString.length(s);
        if (length > MAX) throw new LuaError(L.state.string("not enough memory"));
        int n = (int) length;
        if (n > bytes.length - size) grow(n);
        Mem.copyOut(LuaString.data(s), bytes, size, n);
        size += n;
    }

    private void grow(int more) {
        long needed = (long) size + more;
        if (needed > MAX) throw new LuaError(L.state.string("not enough memory"));
        long capacity = Math.max(needed, Math.min(2L * bytes.length, MAX));
        byte[] old = bytes;
        bytes = Arrays.copyOf(old, (int) capacity);
        L.state.scratch.giveBack(old);
    }

    /** The bytes as a string word; the buffer is not used after this. */
    long toStringValue() {
        long s = L.state.string(bytes, 0, size);
        L.state.scratch.giveBack(bytes);
        return s;
    }
}
