package org.panlua.core.lib;

import org.panlua.core.vm.Coroutines;
import org.panlua.core.vm.DebugInfo;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/**
 * The debug library ({@code ldblib.c}) over {@link DebugInfo}. Hooks are stored and returned
 * by {@code sethook}/{@code gethook} but not called yet; full userdata (user values) do not
 * exist yet.
 */
public final class DebugLib {
    private DebugLib() {}

    public static void open(LuaState state) {
        Library lib = Library.create(state, "debug", 16);
        lib.add("getinfo", DebugLib::getinfo);
        lib.add("traceback", DebugLib::traceback);
        lib.add("debug", DebugConsole::debug);
        lib.add("getlocal", DebugLib::getlocal);
        lib.add("setlocal", DebugLib::setlocal);
        lib.add("getupvalue", L -> upvalue(L, false));
        lib.add("setupvalue", L -> upvalue(L, true));
        lib.add("upvalueid", L -> {
            long f = checkUpvalue(L, 1, 2);
            L.push(Value.ofLightUserdata(DebugInfo.upvalueId(f, (int) L.checkInteger(2))));
            return 1;
        });
        lib.add("upvaluejoin", L -> {
            long f1 = checkUpvalue(L, 1, 2), f2 = checkUpvalue(L, 3, 4);
            if (!isLua(f1)) throw L.argError(1, "Lua function expected");
            if (!isLua(f2)) throw L.argError(3, "Lua function expected");
            DebugInfo.joinUpvalues(L.state, f1, (int) L.checkInteger(2), f2, (int) L.checkInteger(4));
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
        long[] hook = {Value.NIL_WORD, Value.NIL_WORD, 0};
        lib.add("sethook", L -> {
            int arg = Value.tag(L.arg(1)) == Value.THREAD ? 1 : 0;
            if (L.isNoneOrNil(arg + 1)) {
                hook[0] = Value.NIL_WORD;
                hook[1] = Value.NIL_WORD;
                hook[2] = 0;
            } else {
                L.checkType(arg + 1, Value.FUNCTION, "function");
                hook[0] = L.arg(arg + 1);
                hook[1] = L.isNoneOrNil(arg + 2) ? L.state.string("") : L.checkString(arg + 2);
                hook[2] = L.optInteger(arg + 3, 0);
            }
            return 0;
        });
        lib.add("gethook", L -> {
            if (hook[0] == Value.NIL_WORD) {
                L.pushNil();
                return 1;
            }
            L.push(hook[0]);
            L.push(hook[1]);
            L.pushInteger(hook[2]);
            return 3;
        });
        lib.add("getuservalue", L -> {
            L.pushNil();
            L.pushBoolean(false);
            return 2;
        });
        lib.add("setuservalue", L -> {
            throw L.typeError(1, "userdata");
        });
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
        int arg = co == L && Value.tag(L.arg(1)) != Value.THREAD ? 0 : 1;
        String what = L.isNoneOrNil(arg + 2) ? "flnSrtu" : L.checkJavaString(arg + 2);
        for (char c : what.toCharArray()) {
            if ("SlnrutfL".indexOf(c) < 0) throw L.argError(arg + 2, "invalid option");
        }
        long target = L.arg(arg + 1);
        int frame = -1;
        long fn = Value.NIL_WORD;
        if (Value.isFunction(target)) {
            fn = target;
        } else {
            if (!Value.isNumber(target)) throw L.argError(arg + 1, "function or level expected");
            long level = L.checkInteger(arg + 1);
            frame = level < 0 || level > Integer.MAX_VALUE ? -1 : DebugInfo.frameAt(co, (int) level);
            if (frame < 1) {
                L.pushNil();
                return 1;
            }
        }
        long table = L.state.newTable(0, 16);
        DebugInfo.fill(co, table, what.replace(">", ""), frame, fn);
        L.push(table);
        return 1;
    }

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
        int frame = DebugInfo.frameAt(co, (int) L.checkInteger(arg + 1));
        if (frame < 1) throw L.argError(arg + 1, "level out of range");
        String name = DebugInfo.localName(co, frame, n);
        if (name == null) {
            L.pushNil();
            return 1;
        }
        L.pushString(name);
        L.push(DebugInfo.get(co, DebugInfo.localSlot(co, frame, n)));
        return 2;
    }

    private static int setlocal(LuaThread L) {
        LuaThread co = threadArg(L);
        int arg = Value.tag(L.arg(1)) == Value.THREAD ? 1 : 0;
        int frame = DebugInfo.frameAt(co, (int) L.checkInteger(arg + 1));
        if (frame < 1) throw L.argError(arg + 1, "level out of range");
        int n = (int) L.checkInteger(arg + 2);
        long v = L.checkAny(arg + 3);
        String name = DebugInfo.localName(co, frame, n);
        if (name != null) DebugInfo.set(co, DebugInfo.localSlot(co, frame, n), v);
        if (name == null) L.pushNil();
        else L.pushString(name);
        return 1;
    }

    private static long checkUpvalue(LuaThread L, int fi, int ni) {
        L.checkType(fi, Value.FUNCTION, "function");
        long f = L.arg(fi);
        int n = (int) L.checkInteger(ni);
        if (DebugInfo.upvalueName(L.state, f, n) == null) throw L.argError(ni, "invalid upvalue index");
        return f;
    }

    private static int upvalue(LuaThread L, boolean set) {
        L.checkType(1, Value.FUNCTION, "function");
        long f = L.arg(1);
        int n = (int) L.checkInteger(2);
        String name = DebugInfo.upvalueName(L.state, f, n);
        if (name == null) return 0;
        if (set) {
            DebugInfo.setUpvalueValue(L.state, f, n, L.checkAny(3));
            L.pushString(name);
            return 1;
        }
        L.pushString(name);
        L.push(DebugInfo.upvalueValue(f, n));
        return 2;
    }
}
