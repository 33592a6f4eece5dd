package org.panlua.core.vm;

import org.panlua.memory.value.Value;

/**
 * The numeric {@code for} of Lua 5.4 ({@code forprep}): an integer loop when the initial value
 * and the step are integers, else a float loop. An integer loop keeps its limit clipped to an
 * integer and never overflows: it continues while {@code limit - index}, taken unsigned, is at
 * least the step (the interpreter's inline FORLOOP does the same test).
 *
 * <p>Registers: A index, A+1 limit, A+2 step, A+3 the visible control variable.
 */
final class ForLoop {
    private ForLoop() {}

    /** Prepares the loop at slot {@code a}; true when it runs zero times. */
    static boolean prepare(LuaThread t, int a) {
        long init = t.get(a), limit = t.get(a + 1), step = t.get(a + 2);
        if (Value.isInteger(init) && Value.isInteger(step)) {
            long i = Conversions.integerValue(init);
            long s = Conversions.integerValue(step);
            if (s == 0) throw t.runError("'for' step is zero");
            long lim;
            Long exact = Conversions.toInteger(limit);
            if (exact != null) {
                lim = exact;
            } else {
                Double d = Conversions.toNumber(limit);
                if (d == null) throw forError(t, "limit", limit);
                double f = d;
                if (f != f) return true; // NaN limit: the loop does not run
                if (s > 0) {
                    f = Math.floor(f);
                    if (f >= 0x1p63) lim = Long.MAX_VALUE;
                    else if (f < -0x1p63) return true;
                    else lim = (long) f;
                } else {
                    f = Math.ceil(f);
                    if (f < -0x1p63) lim = Long.MIN_VALUE;
                    else if (f >= 0x1p63) return true;
                    else lim = (long) f;
                }
            }
            return finishIntegerPrep(t, a, i, lim, s);
        }
        Double fi = number(init), fl = number(limit), fs = number(step);
        if (fl == null) throw forError(t, "limit", limit);
        if (fs == null) throw forError(t, "step", step);
        if (fi == null) throw forError(t, "initial value", init);
        if (fs == 0) throw t.runError("'for' step is zero");
        double i = fi, l = fl, s = fs;
        if (s > 0 ? !(i <= l) : !(l <= i)) return true;
        t.set(a, Value.ofDouble(i));
        t.set(a + 1, Value.ofDouble(l));
        t.set(a + 2, Value.ofDouble(s));
        t.set(a + 3, Value.ofDouble(i));
        return false;
    }

    private static boolean finishIntegerPrep(LuaThread t, int a, long i, long lim, long s) {
        if (s > 0 ? i > lim : i < lim) return true;
        LuaState state = t.state;
        t.set(a, state.integer(i));
        t.set(a + 1, state.integer(lim));
        t.set(a + 2, state.integer(s));
        t.set(a + 3, state.integer(i));
        return false;
    }

    private static Double number(long w) {
        return Conversions.toNumber(w);
    }

    private static LuaError forError(LuaThread t, String what, long value) {
        return t.runError("bad 'for' " + what + " (number expected, got " + Text.typeNameWithMeta(t.state, value) + ")");
    }

    /** One step of a loop the inline path did not handle; true when it continues. */
    static boolean step(LuaThread t, int a) {
        long step = t.get(a + 2);
        LuaState state = t.state;
        if (Value.isInteger(step)) {
            long s = Conversions.integerValue(step);
            long i = Conversions.integerValue(t.get(a));
            long lim = Conversions.integerValue(t.get(a + 1));
            boolean more = s > 0 ? Long.compareUnsigned(lim - i, s) >= 0 : Long.compareUnsigned(i - lim, -s) >= 0;
            if (!more) return false;
            long next = state.integer(i + s);
            t.set(a, next);
            t.set(a + 3, next);
            return true;
        }
        double s = Value.asDouble(step);
        double i = Value.asDouble(t.get(a)) + s;
        double lim = Value.asDouble(t.get(a + 1));
        if (s > 0 ? !(i <= lim) : !(lim <= i)) return false;
        t.set(a, Value.ofDouble(i));
        t.set(a + 3, Value.ofDouble(i));
        return true;
    }
}
