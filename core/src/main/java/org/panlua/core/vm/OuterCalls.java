package org.panlua.core.vm;

import org.panlua.memory.object.Closure;
import org.panlua.memory.value.Value;

import static org.panlua.core.vm.OuterOps.CALLED;
import static org.panlua.core.vm.OuterOps.FRAME;
import static org.panlua.core.vm.OuterOps.STOP;

/**
 * The calls and returns the outer loop runs in full ({@code CALL}, {@code TAILCALL}, {@code
 * TFORCALL}, {@code RETURN}): to Java functions, through {@code __call}, protected calls run
 * in the loop, yields, returns to a Java caller or a protected call. Each answers the loop
 * with one of {@link OuterOps}' outcomes: {@code FRAME} when another frame runs now, {@code
 * STOP} when the loop must return, {@code CALLED} when a Java function ran and the frame goes
 * on.
 */
final class OuterCalls {
    private OuterCalls() {}

    /** {@code CALL}: the function at register {@code a}, its arguments up to B-1 or the top. */
    static int call(LuaThread t, CallFrame f, long i, int a) {
        int b = (int) (i >>> 24) & 0xFFFFF;
        int func = f.base + a;
        if (b != 0) t.top = func + b;
        long c = callee(t, func);
        int nresults = (int) (i >>> 44) - 1;
        if (Closure.isLua(c)) {
            t.enterLua(func, t.top - func - 1, nresults, c);
            return FRAME;
        }
        // A protected call runs its function in the loop: a Lua one gets the next frame, a Java
        // one has run already and the loop goes on in its caller, here.
        if (t.state.isProtectedCall(c) && t.enterProtected(func, nresults, c)) return FRAME;
        if (t.state.isYield(c) && t.yieldFromLoop(func, nresults, c)) return STOP; // back to the resume
        t.callJava(func, nresults, c);
        return CALLED;
    }

    /** {@code TAILCALL}: a Lua callee replaces the frame; a Java one runs, then the frame returns its results. */
    static int tailCall(LuaThread t, CallFrame f, long i, int a) {
        int b = (int) (i >>> 24) & 0xFFFFF;
        int func = f.base + a;
        if (b != 0) t.top = func + b;
        if ((i & (1L << 23)) != 0) t.closeUpvalues(f.base);
        long c = callee(t, func);
        if (Closure.isLua(c)) {
            int nargs = t.top - func - 1;
            int dst = f.func;
            for (int j = 0; j <= nargs; j++) t.set(dst + j, t.get(func + j));
            t.top = dst + nargs + 1;
            int status = f.status;
            int nresults = f.nresults;
            t.popFrame();
            CallFrame callee = t.enterLua(dst, nargs, nresults, c);
            callee.status = (status & CallFrame.FRESH) | CallFrame.TAIL;
            return FRAME;
        }
        // Not a tail call after all: the RETURN that follows every TAILCALL returns the
        // protected call's results, and a yield may cross it.
        if (t.state.isProtectedCall(c) && t.enterProtected(func, -1, c)) return FRAME;
        // A yield goes back to the resume; resumed, the frame runs that RETURN with the values.
        if (t.state.isYield(c) && t.yieldFromLoop(func, -1, c)) return STOP;
        t.callJava(func, -1, c);
        return t.returnFrom(f, func, t.top - func) ? STOP : FRAME;
    }

    /** {@code TFORCALL}: the generic {@code for}'s iterator, called like any callee, so it may yield. */
    static int forCall(LuaThread t, CallFrame f, long i, int a) {
        int slot = f.base + a;
        t.set(slot + 4, t.get(slot));
        t.set(slot + 5, t.get(slot + 1));
        t.set(slot + 6, t.get(slot + 2));
        int func = slot + 4;
        t.top = func + 3;
        long c = callee(t, func);
        int nresults = (int) (i >>> 44);
        if (Closure.isLua(c)) {
            t.enterLua(func, t.top - func - 1, nresults, c);
            return FRAME;
        }
        if (t.state.isProtectedCall(c) && t.enterProtected(func, nresults, c)) return FRAME;
        t.callJava(func, nresults, c);
        return CALLED;
    }

    /** {@code RETURN}: results from register {@code a}, B-1 of them or up to the top, after closing variables. */
    static int returning(LuaThread t, CallFrame f, long i, int a) {
        int base = f.base;
        int n = ((int) (i >>> 24) & 0xFFFFF) - 1;
        if (n < 0) n = t.top - (base + a);
        if ((i & (1L << 23)) != 0) {
            f.pending = n; // a __close may yield: the RETURN then runs again
            t.top = base + a + n;
            t.close(base, Value.NIL_WORD, true);
        }
        return t.returnFrom(f, base + a, n) ? STOP : FRAME;
    }

    /** The closure called at slot {@code func}, after putting {@code __call} metamethods in place of other values. */
    private static long callee(LuaThread t, int func) {
        long fw = t.get(func);
        while (!Value.isFunction(fw)) {
            t.insertCallMetamethod(func);
            fw = t.get(func);
        }
        return Value.address(fw);
    }
}
