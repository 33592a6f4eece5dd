package org.panlua.core.lib.io;

import java.io.IOException;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

/**
 * {@code file:read} and {@code io.read} ({@code g_read}): formats {@code "n"}, {@code "l"},
 * {@code "L"}, {@code "a"} (a leading {@code *} allowed) and byte counts, one result each,
 * stopping at the first that fails (nil in its place); a read error gives
 * {@code nil, message, errno} instead of the results.
 */
final class FileReads {
    private FileReads() {}

    /**
     * Reads by the formats at positions {@code first..nargs()} of {@code L} (a line when there
     * are none) and pushes the results; returns their number.
     */
    static int read(LuaThread L, LuaFile f, int first) {
        int last = L.nargs();
        try {
            if (last < first) {
                push(L, f.readLine(false));
                return 1;
            }
            int pushed = 0;
            for (int i = first; i <= last; i++) {
                pushed++;
                if (!readOne(L, f, i)) break;
            }
            return pushed;
        } catch (IOException e) {
            return IoResults.failure(L, e, null);
        } catch (ByteSink.TooLong e) {
            throw new LuaError(L.state.string("not enough memory"));
        }
    }

    /** Reads one item by the format at position {@code arg}; pushes it (nil on failure) and tells whether it succeeded. */
    private static boolean readOne(LuaThread L, LuaFile f, int arg) throws IOException {
        long fmt = L.arg(arg);
        if (Value.isNumber(fmt)) {
            long n = L.checkInteger(arg);
            if (n == 0) {
                boolean more = f.hasMore();
                if (more) L.pushString("");
                else L.pushNil();
                return more;
            }
            if (n < 0) throw new ByteSink.TooLong(); // a size_t beyond any memory, as in C
            return push(L, f.readBytes(n));
        }
        byte[] p = L.checkBytes(arg);
        int i = p.length > 0 && p[0] == '*' ? 1 : 0;
        switch (i < p.length ? p[i] : 0) {
            case 'n' -> {
                Number v = NumeralReader.read(f);
                if (v == null) L.pushNil();
                else if (v instanceof Long l) L.pushInteger(l);
                else L.pushNumber(v.doubleValue());
                return v != null;
            }
            case 'l' -> {
                return push(L, f.readLine(false));
            }
            case 'L' -> {
                return push(L, f.readLine(true));
            }
            case 'a' -> {
                L.pushBytes(f.readAll());
                return true;
            }
            default -> throw L.argError(arg, "invalid format");
        }
    }

    private static boolean push(LuaThread L, LuaFile.Slice s) {
        if (s == null) L.pushNil();
        else L.push(L.state.string(s.array(), s.offset(), s.length()));
        return s != null;
    }

    private static boolean push(LuaThread L, byte[] b) {
        if (b == null) L.pushNil();
        else L.pushBytes(b);
        return b != null;
    }
}
