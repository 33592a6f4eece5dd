package org.panlua.core.lib;

import org.panlua.core.vm.Coroutines;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/** The coroutine library ({@code lcorolib.c}) over {@link Coroutines}. */
public final class CoroutineLib {
    private CoroutineLib() {}

    public static void open(LuaState state) {
        Library lib = Library.create(state, "coroutine", 8);
        lib.add("create", L -> {
            L.checkType(1, Value.FUNCTION, "function");
            L.push(Coroutines.create(L.state, L.arg(1)));
            return 1;
        });
        lib.add("resume", L -> {
            LuaThread co = check(L, 1);
            int n = Coroutines.resume(L, co, L.nargs() - 1);
            if (n < 0) {
                L.insert(L.nargs(), Value.FALSE_WORD);
                return 2;
            }
            L.insert(L.nargs() - n + 1, Value.TRUE_WORD);
            return n + 1;
        });
        state.setYield(lib.add("yield", Coroutines::yield)); // the loop runs it itself
        lib.add("status", L -> {
            L.pushString(Coroutines.status(check(L, 1)));
            return 1;
        });
        lib.add("running", L -> {
            LuaThread current = Coroutines.current(L.state);
            L.push(current.self);
            L.pushBoolean(current == L.state.main);
            return 2;
        });
        lib.add("isyieldable", L -> {
            LuaThread co = L.isNone(1) ? Coroutines.current(L.state) : check(L, 1);
            L.pushBoolean(Coroutines.isYieldable(co));
            return 1;
        });
        lib.add("wrap", L -> {
            L.checkType(1, Value.FUNCTION, "function");
            long co = Coroutines.create(L.state, L.arg(1));
            L.push(L.state.function(CoroutineLib::wrapped, co));
            return 1;
        });
        lib.add("close", L -> {
            LuaThread co = check(L, 1);
            String status = Coroutines.status(co);
            if (!status.equals("suspended") && !status.equals("dead")) {
                throw L.error("cannot close a " + status + " coroutine");
            }
            LuaError e = Coroutines.close(L, co);
            if (e == null) {
                L.pushBoolean(true);
                return 1;
            }
            L.pushBoolean(false);
            L.push(e.value());
            return 2;
        });
    }

    private static LuaThread check(LuaThread L, int i) {
        if (Value.tag(L.arg(i)) != Value.THREAD) throw L.typeError(i, "coroutine");
        return Coroutines.of(L.state, L.arg(i));
    }

    /**
     * The function {@code coroutine.wrap} returns: resumes, and propagates errors. An error
     * inside the coroutine first closes its pending variables (an error there replaces it);
     * a string error gets the caller's position.
     */
    private static int wrapped(LuaThread L) {
        LuaThread co = Coroutines.of(L.state, L.upvalue(0));
        int n = Coroutines.resume(L, co, L.nargs());
        if (n >= 0) return n;
        long error = L.arg(L.nargs()); // on the stack while the closing methods run
        boolean memory = false;
        if (Coroutines.status(co).equals("dead")) {
            LuaError e = Coroutines.close(L, co);
            if (e != null) {
                error = e.value();
                memory = e.isMemoryError();
            }
        }
        if (Value.isString(error) && !memory) {
            String where = L.where(1);
            if (!where.isEmpty()) error = L.state.string(where + LuaString.toJava(error));
        }
        throw new LuaError(error);
    }
}
