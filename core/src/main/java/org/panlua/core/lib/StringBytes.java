package org.panlua.core.lib;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.string.LuaString;

/**
 * The bytes of a Lua string read in place in native memory, without copying them out: for
 * library functions that look at a few bytes of a possibly long string. The string must stay
 * anchored (an argument on the stack) while the view is in use.
 *
 * @param data   address of the first byte
 * @param length number of bytes
 */
record StringBytes(long data, long length) {
    /** The view of a string word. */
    static StringBytes of(long string) {
        return new StringBytes(LuaString.data(string), LuaString.length(string));
    }

    /** Byte {@code i} (0-based) as 0..255; 0 at or past the end, like C's terminating NUL. */
    int at(long i) {
        return i >= 0 && i < length ? Mem.getByte(data + i) & 0xFF : 0;
    }
}
