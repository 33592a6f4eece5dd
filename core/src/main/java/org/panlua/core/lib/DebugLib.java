package org.panlua.core.lib;

import org.panlua.core.vm.Coroutines;
import org.panlua.core.vm.DebugInfo;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/**
 * The debug library ({@code ldblib.c}) over {@link DebugInfo}; hooks are in
 * {@link DebugHooks}. The full userdata of this implementation have no user values, so
 * {@code getuservalue} always answers nil and {@code setuservalue} fails.
 */
public final class DebugLib {
    private DebugLib() {}

    public static void open(LuaState state) {
        Library lib = Library.create(state, "debug", 20);
        lib.add("getinfo", DebugLib::getinfo);
        lib.add("traceback", DebugLib::traceback);
        lib.add("debug", DebugConsole::debug);
        lib.add("getlocal", DebugLib::getlocal);
        lib.add("setlocal", DebugLib::setlocal);
        lib.add("getupvalue", L -> upvalue(L, false));
        lib.add("setupvalue", L -> upvalue(L, true));
        lib.add("upvalueid", L -> {
            int n = upvalueIndex(L, 1, 2);
            L.push(n == 0 ? Value.NIL_WORD : Value.ofLightUserdata(DebugInfo.upvalueId(L.arg(1), n)));
            return 1;
        });
        lib.add("upvaluejoin", L -> {
            int n1 = upvalueIndex(L, 1, 2);
            if (n1 == 0) throw L.argError(2, "invalid upvalue index");
            int n2 = upvalueIndex(L, 3, 4);
            if (n2 == 0) throw L.argError(4, "invalid upvalue index");
            long f1 = L.arg(1), f2 = L.arg(3);
            if (!isLua(f1)) throw L.argError(1, "Lua function expected");
            if (!isLua(f2)) throw L.argError(3, "Lua function expected");
            DebugInfo.joinUpvalues(L.state, f1, n1, f2, n2);
            return 0;
        });
        lib.add("getmetatable", L -> {
            long mt = L.state.metatable(L.checkAny(1));
            L.push(mt == 0 ? Value.NIL_WORD : Tables.word(mt));
            return 1;
        });
        lib.add("setmetatable", L -> {
            long v = L.arg(1);
            long mt = L.arg(2);
            if (mt != Value.NIL_WORD && !Value.isTable(mt)) throw L.typeError(2, "nil or table");
            long address = mt == Value.NIL_WORD ? 0 : Value.address(mt);
            if (Value.isTable(v) || Value.tag(v) == Value.USERDATA) L.state.setMetatable(v, address);
            else L.state.setTypeMetatable(Value.isNumber(v) ? Value.INTEGER : Value.tag(v), address);
            L.setTop(1);
            return 1;
        });
        lib.add("getregistry", L -> {
            L.push(L.state.registry);
            return 1;
        });
        lib.add("sethook", DebugHooks::sethook);
        lib.add("gethook", DebugHooks::gethook);
        lib.add("getuservalue", L -> {
            L.optInteger(2, 1);
            // Not a full userdata: fail. The userdata made here have no user values, so any
            // n is out of range, which gives nil alone as well.
            L.pushNil();
            return 1;
        });
        lib.add("setuservalue", L -> {
            L.optInteger(3, 1);
            L.checkType(1, Value.USERDATA, "userdata");
            L.checkAny(2);
            L.pushNil(); // no user value to set
            return 1;
        });
        lib.add("setcstacklimit", L -> {
            L.checkInteger(1);
            L.pushInteger(200); // deprecated in 5.4: the limit is fixed (LUAI_MAXCCALLS)
            return 1;
        });
        lib.add("debug", DebugLib::debug);
    }

    private static boolean isLua(long f) {
        return Value.isFunction(f) && org.panlua.memory.object.Closure.isLua(Value.address(f));
    }

    /** The thread a debug function works on: argument 1 when it is a thread (then args shift by one). */
    private static LuaThread threadArg(LuaThread L) {
        return Value.tag(L.arg(1)) == Value.THREAD ? Coroutines.of(L.state, L.arg(1)) : L;
    }

    private static int getinfo(LuaThread L) {
        LuaThread co = threadArg(L);
        int arg = Value.tag(L.arg(1)) == Value.THREAD ? 1 : 0;
        String what = L.isNoneOrNil(arg + 2) ? "flnSrtu" : L.checkJavaString(arg + 2);
        if (what.startsWith(">")) throw L.argError(arg + 2, "invalid option '>'");
        long target = L.arg(arg + 1);
        int frame = -1;
        long fn = Value.NIL_WORD;
        if (Value.isFunction(target)) {
            fn = target;
        } else {
            long level = L.checkInteger(arg + 1);
            frame = level < 0 || level > Integer.MAX_VALUE ? -1 : DebugInfo.frameAt(co, (int) level);
            if (frame < 1) {
                L.pushNil();
                return 1;
            }
        }
        for (char c : what.toCharArray()) {
            if ("SlnrutfL".indexOf(c) < 0) throw L.argError(arg + 2, "invalid option");
        }
        long table = L.state.newTable(0, 16);
        DebugInfo.fill(co, table, what, frame, fn);
        L.push(table);
        return 1;
    }

    /** {@code traceback([thread,] [message [, level]])}: a message that is no string (nor number) comes back as is. */
    private static int traceback(LuaThread L) {
        LuaThread co = threadArg(L);
        int arg = Value.tag(L.arg(1)) == Value.THREAD ? 1 : 0;
        long msg = L.arg(arg + 1);
        if (msg != Value.NIL_WORD && !Value.isString(msg) && !Value.isNumber(msg)) {
            L.push(msg);
            return 1;
        }
        String text = msg == Value.NIL_WORD ? null : LuaString.toJava(L.checkString(arg + 1));
        int level = (int) L.optInteger(arg + 2, co == L ? 1 : 0);
        L.pushString(DebugInfo.traceback(co, text, level));
        return 1;
    }

    /** {@code getlocal([thread,] f, n)}: a parameter's name, or a local's name and value at a level. */
    private static int getlocal(LuaThread L) {
        LuaThread co = threadArg(L);
        int arg = Value.tag(L.arg(1)) == Value.THREAD ? 1 : 0;
        int n = (int) L.checkInteger(arg + 2);
        if (Value.isFunction(L.arg(arg + 1))) {
            String name = DebugInfo.parameterName(L.state, L.arg(arg + 1), n);
            if (name == null) L.pushNil();
            else L.pushString(name);
            return 1;
        }
        int frame = levelArg(L, co, arg + 1);
        String name = DebugInfo.localName(co, frame, n);
        if (name == null) {
            L.pushNil();
            return 1;
        }
        long v = DebugInfo.get(co, DebugInfo.localSlot(co, frame, n));
        L.pushString(name);
        L.push(v);
        return 2;
    }

    private static int setlocal(LuaThread L) {
        LuaThread co = threadArg(L);
        int arg = Value.tag(L.arg(1)) == Value.THREAD ? 1 : 0;
        long level = L.checkInteger(arg + 1);
        int n = (int) L.checkInteger(arg + 2);
        int frame = level < 0 || level > Integer.MAX_VALUE ? -1 : DebugInfo.frameAt(co, (int) level);
        if (frame < 1) throw L.argError(arg + 1, "level out of range");
        long v = L.checkAny(arg + 3);
        String name = DebugInfo.localName(co, frame, n);
        if (name != null) DebugInfo.set(co, DebugInfo.localSlot(co, frame, n), v);
        if (name == null) L.pushNil();
        else L.pushString(name);
        return 1;
    }

    /** The frame of the level at argument {@code i}; {@code level out of range} when there is none. */
    private static int levelArg(LuaThread L, LuaThread co, int i) {
        long level = L.checkInteger(i);
        int frame = level < 0 || level > Integer.MAX_VALUE ? -1 : DebugInfo.frameAt(co, (int) level);
        if (frame < 1) throw L.argError(i, "level out of range");
        return frame;
    }

    /**
     * {@code debug.debug()}: runs each line read from the standard input as a chunk, until
     * {@code cont} or the end of the input; errors are written to the standard error.
     */
    private static int debug(LuaThread L) {
        while (true) {
            L.state.err.print("lua_debug> ");
            L.state.err.flush();
            byte[] line = readLine(249);
            if (line == null || java.util.Arrays.equals(line, "cont\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
                return 0;
            }
            L.setTop(0);
            try {
                L.push(L.load(line, "=(debug command)", "bt", L.state.globals, false));
                org.panlua.core.vm.LuaError e = L.pcall(0, 0, Value.NIL_WORD);
                if (e != null) report(L);
            } catch (org.panlua.core.vm.LuaError e) { // the line did not compile
                L.push(e.value());
                report(L);
            }
            L.setTop(0);
        }
    }

    private static void report(LuaThread L) {
        long s = L.toStringValue(L.arg(L.nargs()));
        L.state.err.write(LuaString.toBytes(s), 0, LuaString.toBytes(s).length);
        L.state.err.println();
        L.state.err.flush();
    }

    /** A line of the standard input with its newline, at most {@code max} bytes (as {@code fgets}); null at the end. */
    private static byte[] readLine(int max) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            while (out.size() < max) {
                int b = System.in.read();
                if (b < 0) break;
                out.write(b);
                if (b == '\n') break;
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return out.size() == 0 ? null : out.toByteArray();
    }

    /** The upvalue index at argument {@code ni} of the function at {@code fi}, or 0 when it has no such upvalue. */
    private static int upvalueIndex(LuaThread L, int fi, int ni) {
        int n = (int) L.checkInteger(ni);
        L.checkType(fi, Value.FUNCTION, "function");
        return DebugInfo.upvalueName(L.state, L.arg(fi), n) == null ? 0 : n;
    }

    private static int upvalue(LuaThread L, boolean set) {
        if (set) L.checkAny(3);
        int n = (int) L.checkInteger(2);
        L.checkType(1, Value.FUNCTION, "function");
        long f = L.arg(1);
        String name = DebugInfo.upvalueName(L.state, f, n);
        if (name == null) return 0;
        if (set) {
            DebugInfo.setUpvalueValue(L.state, f, n, L.arg(3));
            L.pushString(name);
            return 1;
        }
        L.pushString(name);
        L.push(DebugInfo.upvalueValue(f, n));
        return 2;
    }
}
