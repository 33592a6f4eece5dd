package org.panlua.core.lib.io;

import java.io.IOException;
import org.panlua.core.lib.format.FormatSpec;
import org.panlua.core.lib.format.LuaNumberText;
import org.panlua.core.lib.format.Printf;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/**
 * File handles as Lua sees them: full userdata whose Java object is a {@link LuaFile}, sharing
 * the metatable {@code registry["FILE*"]} with {@code __name}, {@code __index} (the methods
 * {@code read write lines flush seek setvbuf close}), {@code __gc} and {@code __close} (close the
 * file if it is open, nothing otherwise) and {@code __tostring}.
 */
final class FileHandles {
    private FileHandles() {}

    /** Registry key of the handles' metatable (the reference's {@code LUA_FILEHANDLE}). */
    static final String METATABLE = "FILE*";
    /** Most formats {@code lines} keeps for its iterator. */
    private static final int MAX_LINE_FORMATS = 250;
    private static final FormatSpec G14 = new FormatSpec(false, false, false, false, false, 0, 14);

    /** Creates the metatable and its methods in {@code state}'s registry. */
    static void createMetatable(LuaState state) {
        long mt = state.newTable(0, 6);
        long methods = state.newTable(0, 8);
        state.setField(methods, "read", state.function(L -> FileReads.read(L, open(L, 1), 2)));
        state.setField(methods, "write", state.function(L -> write(L, open(L, 1), 2, L.arg(1))));
        state.setField(methods, "lines", state.function(L -> {
            open(L, 1);
            return lines(L, false);
        }));
        state.setField(methods, "flush", state.function(L -> flush(L, open(L, 1))));
        state.setField(methods, "seek", state.function(FileHandles::seek));
        state.setField(methods, "setvbuf", state.function(FileHandles::setvbuf));
        state.setField(methods, "close", state.function(L -> close(L, open(L, 1))));
        state.setField(mt, "__index", methods);
        state.setField(mt, "__name", state.string(METATABLE));
        long gc = state.function(FileHandles::collect);
        state.setField(mt, "__gc", gc);
        state.setField(mt, "__close", gc);
        state.setField(mt, "__tostring", state.function(L -> {
            LuaFile f = handle(L, 1);
            L.pushString(f.isClosed() ? "file (closed)" : "file (0x" + Long.toHexString(Value.address(L.arg(1))) + ")");
            return 1;
        }));
        state.setField(state.registry, METATABLE, mt);
    }

    /** A new handle for {@code f}; it joins {@code files} unless null (the standard streams). */
    static long newHandle(LuaState state, LuaFile f, OpenFiles files) {
        long mt = state.getField(state.registry, METATABLE);
        long u = state.userdata(f, Value.address(mt));
        if (files != null) f.ownedBy(files);
        return u;
    }

    /** The file of handle {@code w}, or null when {@code w} is not a file handle. */
    static LuaFile fileOf(LuaState state, long w) {
        return state.userdataObject(w) instanceof LuaFile f ? f : null;
    }

    /** Argument {@code i} as a file handle, open or closed ({@code luaL_checkudata}). */
    static LuaFile handle(LuaThread L, int i) {
        LuaFile f = fileOf(L.state, L.arg(i));
        if (f == null) throw L.typeError(i, METATABLE);
        return f;
    }

    /** Argument {@code i} as an open file ({@code tofile}). */
    static LuaFile open(LuaThread L, int i) {
        LuaFile f = handle(L, i);
        if (f.isClosed()) throw L.error("attempt to use a closed file");
        return f;
    }

    /** {@code g_write}: the values at {@code first..nargs()}; returns {@code handle} or a failure. */
    static int write(LuaThread L, LuaFile f, int first, long handle) {
        int n = L.nargs();
        try {
            for (int i = first; i <= n; i++) {
                long v = L.arg(i);
                if (Value.isInteger(v)) {
                    byte[] b = LuaNumberText.ofInteger(org.panlua.core.vm.Conversions.integerValue(v));
                    f.write(b, 0, b.length);
                } else if (Value.isDouble(v)) {
                    double d = Value.asDouble(v);
                    byte[] b = d != d ? new byte[] {'-', 'n', 'a', 'n'} : Printf.number(G14, 'g', d);
                    f.write(b, 0, b.length);
                } else {
                    long s = L.checkString(i);
                    f.write(LuaString.data(s), LuaString.length(s));
                }
            }
        } catch (IOException e) {
            return IoResults.failure(L, e, null);
        }
        L.push(handle);
        return 1;
    }

    static int flush(LuaThread L, LuaFile f) {
        try {
            f.flush();
            return IoResults.success(L);
        } catch (IOException e) {
            return IoResults.failure(L, e, null);
        }
    }

    private static int seek(LuaThread L) {
        LuaFile f = open(L, 1);
        int whence = L.checkOption(2, "cur", "set", "cur", "end");
        long offset = L.optInteger(3, 0);
        try {
            L.pushInteger(f.seek(whence, offset));
            return 1;
        } catch (IOException e) {
            return IoResults.failure(L, e, null);
        }
    }

    private static int setvbuf(LuaThread L) {
        LuaFile f = open(L, 1);
        int mode = L.checkOption(2, null, "no", "full", "line");
        L.optInteger(3, 1024); // the size: checked, then left to the library, as glibc does for its own buffers
        try {
            f.setBuffering(LuaFile.Buffering.values()[mode]);
            return IoResults.success(L);
        } catch (IOException e) {
            return IoResults.failure(L, e, null);
        }
    }

    /**
     * Closes an open file ({@code aux_close}) and pushes what its kind returns: {@code true}
     * (or a failure) for a file, the command's status for a pipe; a standard stream stays open.
     */
    static int close(LuaThread L, LuaFile f) {
        if (f.kind == LuaFile.Kind.STANDARD) {
            L.pushNil();
            L.pushString("cannot close standard file");
            return 2;
        }
        try {
            int status = f.close();
            return f.kind == LuaFile.Kind.PROCESS ? IoResults.execResult(L, status) : IoResults.success(L);
        } catch (IOException e) {
            return IoResults.failure(L, e, null);
        }
    }

    /** {@code __gc} and {@code __close}: closes the file unless it is closed already. */
    private static int collect(LuaThread L) {
        LuaFile f = handle(L, 1);
        if (!f.isClosed()) close(L, f);
        return 0;
    }

    /**
     * Pushes the iterator of {@code lines} for the handle at position 1 and the formats after
     * it ({@code aux_lines}); {@code toClose}: the iterator closes the file at its end.
     */
    static int lines(LuaThread L, boolean toClose) {
        int n = L.nargs() - 1;
        if (n > MAX_LINE_FORMATS) throw L.argError(MAX_LINE_FORMATS + 2, "too many arguments");
        long[] upvalues = new long[3 + n];
        upvalues[0] = L.arg(1);
        upvalues[1] = L.state.integer(n);
        upvalues[2] = Value.ofBoolean(toClose);
        for (int i = 0; i < n; i++) upvalues[3 + i] = L.arg(2 + i);
        L.push(L.state.function(FileHandles::nextLine, upvalues));
        return 1;
    }

    /** The iterator made by {@link #lines} ({@code io_readline}). */
    private static int nextLine(LuaThread L) {
        LuaFile f = fileOf(L.state, L.upvalue(0));
        if (f.isClosed()) throw L.error("file is already closed");
        int n = (int) Value.inlineInteger(L.upvalue(1));
        L.setTop(0);
        for (int i = 0; i < n; i++) L.push(L.upvalue(3 + i));
        int results = FileReads.read(L, f, 1);
        if (!Value.isFalsy(L.arg(n + 1))) return results;
        if (results > 1) throw L.error(LuaString.toJava(L.toStringValue(L.arg(n + 2))));
        if (Value.asBoolean(L.upvalue(2))) {
            try {
                f.close();
            } catch (IOException e) {
                // the iteration ends either way, as aux_close's results are dropped there
            }
        }
        return 0;
    }
}
