package org.panlua.core.lib;

import org.panlua.core.chunk.ChunkWriter;
import org.panlua.core.code.Proto;
import org.panlua.core.vm.ByteScratch;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.heap.Mem;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/**
 * The string library ({@code string.*}) and the metatable every string shares. This file holds
 * the basic functions; pattern matching, {@code format}, {@code pack} and the arithmetic
 * metamethods live in their own classes.
 *
 * <p>Lua strings are byte sequences: functions read the bytes of a string word in native memory
 * and build results as bytes, never as Java text.
 */
public final class StringLib {
    /** Largest string {@code rep} builds ({@code MAXSIZE}, which is {@code INT_MAX} in the reference). */
    static final long MAX_SIZE = Integer.MAX_VALUE;
    /** Values one call may push before the stack limit ({@code LUAI_MAXSTACK}) is in sight. */
    static final int MAX_RESULTS = 1_000_000 - 1_000;

    private StringLib() {}

    /** Registers {@code string}, and sets the string metatable ({@code __index} and arithmetic). */
    public static void open(LuaState state) {
        Library lib = Library.create(state, "string", 17);
        lib.add("byte", StringLib::byteOf);
        lib.add("char", StringLib::charOf);
        lib.add("dump", StringLib::dump);
        lib.add("len", L -> {
            L.pushInteger(LuaString.length(L.checkString(1)));
            return 1;
        });
        lib.add("lower", L -> mapCase(L, 'A', 'Z', 'a' - 'A'));
        lib.add("upper", L -> mapCase(L, 'a', 'z', 'A' - 'a'));
        lib.add("rep", StringLib::rep);
        lib.add("reverse", StringLib::reverse);
        lib.add("sub", StringLib::sub);
        StringMatching.register(lib);
        StringFormatting.register(lib);
        StringPacking.register(lib);

        long mt = state.newTable(0, 10);
        StringArith.register(state, mt);
        state.setField(mt, "__index", lib.table());
        state.setTypeMetatable(Value.STRING, Value.address(mt));
    }

    // ---- Positions -------------------------------------------------------------------------
    /** A start position: negative counts from the end; the result is clipped to {@code [1, inf)}. */
    static long startPosition(long pos, long length) {
        if (pos > 0) return pos;
        if (pos == 0 || pos < -length) return 1;
        return length + pos + 1;
    }

    /** An end position: negative counts from the end; the result is clipped to {@code [0, length]}. */
    static long endPosition(long pos, long length) {
        if (pos > length) return length;
        if (pos >= 0) return pos;
        if (pos < -length) return 0;
        return length + pos + 1;
    }

    /** Byte {@code i} (0-based) of string word {@code s}, unsigned. */
    static int byteAt(long s, long i) {
        return Mem.getByte(LuaString.data(s) + i) & 0xFF;
    }

    // ---- Functions -------------------------------------------------------------------------
    private static int sub(LuaThread L) {
        long s = L.checkString(1);
        long length = LuaString.length(s);
        long start = startPosition(L.checkInteger(2), length);
        long end = endPosition(L.optInteger(3, -1), length);
        if (start > end) {
            L.pushString("");
        } else {
            L.push(L.state.strings.ofNative(LuaString.data(s) + start - 1, end - start + 1));
        }
        return 1;
    }

    private static int reverse(LuaThread L) {
        byte[] b = L.checkBytes(1);
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
        L.pushBytes(b);
        return 1;
    }

    /** {@code lower} and {@code upper}: only ASCII letters change, as in the C locale. */
    private static int mapCase(LuaThread L, char from, char to, int shift) {
        long s = L.checkString(1);
        long length = LuaString.length(s);
        if (length > ByteScratch.KEEP_LIMIT) {
            byte[] b = L.checkBytes(1);
            mapBytes(b, b.length, from, to, shift);
            L.pushBytes(b);
            return 1;
        }
        // a short one in the state's reusable array: no garbage per call
        int n = (int) length;
        byte[] b = L.state.scratch.borrow(n);
        Mem.copyOut(LuaString.data(s), b, 0, n);
        mapBytes(b, n, from, to, shift);
        L.push(L.state.string(b, 0, n));
        L.state.scratch.giveBack(b);
        return 1;
    }

    private static void mapBytes(byte[] b, int n, char from, char to, int shift) {
        for (int i = 0; i < n; i++) {
            if (b[i] >= from && b[i] <= to) b[i] = (byte) (b[i] + shift);
        }
    }

    private static int rep(LuaThread L) {
        long s = L.checkString(1);
        long n = L.checkInteger(2);
        long sep = L.isNoneOrNil(3) ? L.state.string("") : L.checkString(3);
        long l = LuaString.length(s), lsep = LuaString.length(sep);
        if (n <= 0 || l + lsep == 0) {
            L.pushString("");
            return 1;
        }
        if (l + lsep > MAX_SIZE / n) throw L.error("resulting string too large");
        long total = n * l + (n - 1) * lsep;
        // Built in native memory (the result may be larger than a Java array can be): n copies
        // of string and separator, the last separator then left out; the copies double.
        long unit = l + lsep, size = n * unit;
        long buffer = L.state.heap.allocate(size);
        try {
            Mem.copy(LuaString.data(s), buffer, l);
            Mem.copy(LuaString.data(sep), buffer + l, lsep);
            for (long filled = unit; filled < size; ) {
                long chunk = Math.min(filled, size - filled);
                Mem.copy(buffer, buffer + filled, chunk);
                filled += chunk;
            }
            L.push(L.state.strings.ofNative(buffer, total));
        } finally {
            L.state.heap.free(buffer, size);
        }
        return 1;
    }

    private static int byteOf(LuaThread L) {
        long s = L.checkString(1);
        long length = LuaString.length(s);
        long pi = L.optInteger(2, 1);
        long first = startPosition(pi, length);
        long last = endPosition(L.optInteger(3, pi), length);
        if (first > last) return 0;
        if (last - first >= Integer.MAX_VALUE) throw L.error("string slice too long");
        int n = (int) (last - first) + 1;
        if (n > MAX_RESULTS) throw L.error("stack overflow (string slice too long)");
        for (int i = 0; i < n; i++) L.pushInteger(byteAt(s, first - 1 + i));
        return n;
    }

    private static int charOf(LuaThread L) {
        int n = L.nargs();
        byte[] b = L.state.scratch.borrow(n);
        for (int i = 1; i <= n; i++) {
            long c = L.checkInteger(i);
            if (Long.compareUnsigned(c, 255) > 0) throw L.argError(i, "value out of range");
            b[i - 1] = (byte) c;
        }
        L.push(L.state.string(b, 0, n));
        L.state.scratch.giveBack(b);
        return 1;
    }

    private static int dump(LuaThread L) {
        boolean strip = L.toBoolean(2);
        L.checkType(1, Value.FUNCTION, "function");
        Proto proto = L.state.prototype(L.arg(1));
        if (proto == null) throw L.error("unable to dump given function");
        L.pushBytes(ChunkWriter.dump(proto, strip));
        return 1;
    }
}
