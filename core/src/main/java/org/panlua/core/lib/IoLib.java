package org.panlua.core.lib;

import org.panlua.core.lex.Numerals;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.core.vm.Text;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

import java.io.IOException;

/**
 * The io library on the standard streams: {@code io.stdin}, {@code io.stdout},
 * {@code io.stderr} as file handles (userdata with the {@code FILE*} metatable and its
 * methods), {@code io.write}, {@code io.read}, {@code io.lines}, {@code io.input},
 * {@code io.output}, {@code io.type}, {@code io.close}. Opening files ({@code io.open},
 * {@code io.popen}, {@code io.tmpfile}) is not here yet.
 */
public final class IoLib {
    private IoLib() {}

    public static void open(LuaState state) {
        Library lib = Library.create(state, "io", 12);
        long mt = state.newTable(0, 4);
        long methods = state.newTable(0, 8);
        Library m = new Library(state, methods);
        m.add("write", L -> write(L, file(L, 1, true), 2));
        m.add("read", L -> read(L, file(L, 1, false), 2));
        m.add("lines", L -> lines(L, L.arg(1), 2));
        m.add("flush", L -> {
            file(L, 1, true).flush();
            L.setTop(1);
            return 1;
        });
        m.add("close", L -> close(L, L.arg(1)));
        m.add("setvbuf", L -> {
            file(L, 1, true);
            L.pushBoolean(true);
            return 1;
        });
        m.add("seek", L -> {
            file(L, 1, false);
            L.pushNil();
            L.pushString("Illegal seek");
            L.pushInteger(29);
            return 3;
        });
        state.setField(mt, "__index", methods);
        state.setField(mt, "__name", state.string("FILE*"));
        state.setField(mt, "__tostring", state.function(L -> {
            LuaFile f = (LuaFile) L.state.userdataObject(L.arg(1));
            L.pushString(f.closed ? "file (closed)" : "file (0x" + Long.toHexString(Value.address(L.arg(1))) + ")");
            return 1;
        }));
        state.setField(state.registry, "FILE*", mt);
        long stdin = state.userdata(new LuaFile(System.in, null, true), Value.address(mt));
        long stdout = state.userdata(new LuaFile(null, state.out, true), Value.address(mt));
        long stderr = state.userdata(new LuaFile(null, state.err, true), Value.address(mt));
        long lt = lib.table();
        state.setField(lt, "stdin", stdin);
        state.setField(lt, "stdout", stdout);
        state.setField(lt, "stderr", stderr);
        long[] current = {stdin, stdout};
        lib.add("write", L -> write(L, (LuaFile) L.state.userdataObject(current[1]), 1));
        lib.add("read", L -> read(L, (LuaFile) L.state.userdataObject(current[0]), 1));
        lib.add("lines", L -> {
            if (!L.isNoneOrNil(1)) throw L.error("io.lines with a file name is not supported yet");
            return lines(L, current[0], 2);
        });
        lib.add("input", L -> select(L, current, 0));
        lib.add("output", L -> select(L, current, 1));
        lib.add("close", L -> close(L, L.isNone(1) ? current[1] : L.arg(1)));
        lib.add("type", L -> {
            L.checkAny(1);
            Object o = L.state.userdataObject(L.arg(1));
            if (o instanceof LuaFile f) L.pushString(f.closed ? "closed file" : "file");
            else L.pushNil();
            return 1;
        });
    }

    private static LuaFile file(LuaThread L, int i, boolean forWriting) {
        Object o = L.state.userdataObject(L.arg(i));
        if (!(o instanceof LuaFile f)) throw L.typeError(i, "FILE*");
        if (f.closed) throw L.error("attempt to use a closed file");
        return f;
    }

    private static int select(LuaThread L, long[] current, int which) {
        if (!L.isNoneOrNil(1)) {
            long v = L.arg(1);
            if (!(L.state.userdataObject(v) instanceof LuaFile)) {
                throw L.error("opening files by name is not supported yet");
            }
            current[which] = v;
        }
        L.push(current[which]);
        return 1;
    }

    private static int write(LuaThread L, LuaFile f, int first) {
        if (!f.canWrite()) {
            L.pushNil();
            L.pushString("Bad file descriptor");
            L.pushInteger(9);
            return 3;
        }
        int n = L.nargs();
        for (int i = first; i <= n; i++) {
            long v = L.arg(i);
            if (Value.isNumber(v)) f.write(Text.numberText(v).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            else f.write(LuaString.toBytes(L.checkString(i)));
        }
        if (first == 2) L.push(L.arg(1));
        else L.push(L.state.getField(L.state.getField(L.state.globals, "io"), "stdout"));
        return 1;
    }

    private static int read(LuaThread L, LuaFile f, int first) {
        L.state.out.flush();
        if (!f.canRead()) {
            L.pushNil();
            L.pushString("Bad file descriptor");
            L.pushInteger(9);
            return 3;
        }
        int n = L.nargs();
        int last = Math.max(n, first);
        int results = 0;
        try {
            for (int i = first; i <= last; i++) {
                boolean ok = readOne(L, f, i > n ? Value.NIL_WORD : L.arg(i), i);
                results++;
                if (!ok) break;
            }
        } catch (IOException e) {
            L.pushNil();
            L.pushString(e.getMessage() == null ? "read error" : e.getMessage());
            return results + 2;
        }
        return results;
    }

    /** Reads one item in format {@code fmt}, pushing it (nil at end of file); false after a nil. */
    private static boolean readOne(LuaThread L, LuaFile f, long fmt, int arg) throws IOException {
        if (Value.isNumber(fmt)) {
            byte[] b = f.readBytes(L.checkInteger(arg));
            if (b == null) L.pushNil();
            else L.pushBytes(b);
            return b != null;
        }
        String format = fmt == Value.NIL_WORD ? "l" : L.checkJavaString(arg);
        if (format.startsWith("*")) format = format.substring(1);
        char c = format.isEmpty() ? '?' : format.charAt(0);
        switch (c) {
            case 'l', 'L' -> {
                byte[] line = f.readLine(c == 'L');
                if (line == null) L.pushNil();
                else L.pushBytes(line);
                return line != null;
            }
            case 'a' -> {
                L.pushBytes(f.readAll());
                return true;
            }
            case 'n' -> {
                Number v = Numerals.parse(f.readNumeral());
                if (v == null) L.pushNil();
                else if (v instanceof Long l) L.pushInteger(l);
                else L.pushNumber(v.doubleValue());
                return v != null;
            }
            default -> throw L.argError(arg, "invalid format");
        }
    }

    private static int lines(LuaThread L, long fileValue, int firstFormat) {
        if (!(L.state.userdataObject(fileValue) instanceof LuaFile)) throw L.typeError(1, "FILE*");
        long fmt = L.isNone(firstFormat) ? Value.NIL_WORD : L.arg(firstFormat);
        L.push(L.state.function(IoLib::nextLine, fileValue, fmt));
        return 1;
    }

    private static int nextLine(LuaThread L) {
        LuaFile f = (LuaFile) L.state.userdataObject(L.upvalue(0));
        if (f.closed) throw L.error("file is already closed");
        L.setTop(0);
        L.push(L.upvalue(1));
        try {
            readOne(L, f, L.upvalue(1), 1);
        } catch (IOException e) {
            throw L.error(e.getMessage() == null ? "read error" : e.getMessage());
        }
        return 1;
    }

    private static int close(LuaThread L, long v) {
        Object o = L.state.userdataObject(v);
        if (!(o instanceof LuaFile f)) throw L.typeError(1, "FILE*");
        if (f.closed) throw L.error("attempt to use a closed file");
        if (f.standard) {
            L.pushNil();
            L.pushString("cannot close standard file");
            return 2;
        }
        f.closed = true;
        L.pushBoolean(true);
        return 1;
    }
}
