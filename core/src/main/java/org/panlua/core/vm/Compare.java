package org.panlua.core.vm;

import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/** Equality and order with Lua's rules: exact integer/float comparison, strings by bytes, metamethods. */
public final class Compare {
    private Compare() {}

    /** Raw equality ({@code rawequal}): no metamethods. */
    public static boolean rawEqual(long a, long b) {
        if (a == b) return !Value.isDouble(a) || a == a && Value.asDouble(a) == Value.asDouble(a);
        int ta = Value.tag(a), tb = Value.tag(b);
        if (ta == Value.DOUBLE || tb == Value.DOUBLE) {
            if (!Value.isNumber(a) || !Value.isNumber(b)) return false;
            return numberEqual(a, b);
        }
        if (ta == Value.BOXED_INTEGER && tb == Value.BOXED_INTEGER) {
            return BoxedInteger.valueOf(a) == BoxedInteger.valueOf(b);
        }
        if (ta == Value.STRING && tb == Value.STRING) return LuaString.equals(a, b);
        return false;
    }

    private static boolean numberEqual(long a, long b) {
        if (Value.isDouble(a) && Value.isDouble(b)) return Value.asDouble(a) == Value.asDouble(b);
        long i = Value.isDouble(a) ? b : a;
        double d = Value.asDouble(Value.isDouble(a) ? a : b);
        return Value.hasExactInteger(d) && (long) d == Conversions.integerValue(i);
    }

    /** {@code a == b} with {@code __eq} for tables and full userdata. */
    static boolean equal(LuaThread t, long a, long b) {
        if (rawEqual(a, b)) return true;
        int ta = Value.tag(a);
        if (ta != Value.tag(b) || (ta != Value.TABLE && ta != Value.USERDATA)) return false;
        long tm = t.state.metamethod(a, Event.EQ);
        if (tm == Value.NIL_WORD) tm = t.state.metamethod(b, Event.EQ);
        if (tm == Value.NIL_WORD) return false;
        return !Value.isFalsy(t.callMetamethod(tm, a, b));
    }

    /** {@code a < b}. */
    static boolean lessThan(LuaThread t, long a, long b) {
        if (Value.isNumber(a) && Value.isNumber(b)) return numberLess(a, b, false);
        if (Value.isString(a) && Value.isString(b)) return LuaString.compare(a, b) < 0;
        return orderMetamethod(t, Event.LT, a, b);
    }

    /** {@code a <= b}. */
    static boolean lessEqual(LuaThread t, long a, long b) {
        if (Value.isNumber(a) && Value.isNumber(b)) return numberLess(a, b, true);
        if (Value.isString(a) && Value.isString(b)) return LuaString.compare(a, b) <= 0;
        return orderMetamethod(t, Event.LE, a, b);
    }

    private static boolean orderMetamethod(LuaThread t, Event op, long a, long b) {
        long tm = t.state.metamethod(a, op);
        if (tm == Value.NIL_WORD) tm = t.state.metamethod(b, op);
        if (tm == Value.NIL_WORD && op == Event.LE) {
            // Lua 5.3 compatibility, kept by the reference build: a <= b as not (b < a).
            long lt = t.state.metamethod(b, Event.LT);
            if (lt == Value.NIL_WORD) lt = t.state.metamethod(a, Event.LT);
            if (lt != Value.NIL_WORD) {
                // The negation must survive a yield inside the metamethod (see Interpreter.finishOp).
                CallFrame f = t.frame;
                int marked = f.status & CallFrame.NEGATED;
                f.status |= CallFrame.NEGATED;
                boolean r = Value.isFalsy(t.callMetamethod(lt, b, a));
                f.status = (f.status & ~CallFrame.NEGATED) | marked;
                return r;
            }
        }
        if (tm == Value.NIL_WORD) {
            String t1 = Text.typeNameWithMeta(t.state, a), t2 = Text.typeNameWithMeta(t.state, b);
            throw t.runError(t1.equals(t2) ? "attempt to compare two " + t1 + " values"
                    : "attempt to compare " + t1 + " with " + t2);
        }
        return !Value.isFalsy(t.callMetamethod(tm, a, b));
    }

    /** Order of two numbers, exact across integers and floats. */
    static boolean numberLess(long a, long b, boolean orEqual) {
        boolean ia = Value.isInteger(a), ib = Value.isInteger(b);
        if (ia && ib) {
            long x = Conversions.integerValue(a), y = Conversions.integerValue(b);
            return orEqual ? x <= y : x < y;
        }
        if (!ia && !ib) {
            double x = Value.asDouble(a), y = Value.asDouble(b);
            return orEqual ? x <= y : x < y;
        }
        if (ia) return integerLessFloat(Conversions.integerValue(a), Value.asDouble(b), orEqual);
        return floatLessInteger(Value.asDouble(a), Conversions.integerValue(b), orEqual);
    }

    /** {@code i < f} (or {@code <=}) without losing precision. */
    static boolean integerLessFloat(long i, double f, boolean orEqual) {
        if (f != f) return false;
        if (f >= 0x1p63) return true;
        if (f < -0x1p63) return false;
        // f is in the long range: compare i with floor/ceil of f
        if (orEqual) return i <= (long) Math.floor(f);
        double c = Math.ceil(f);
        return c == f ? i < (long) f : i <= (long) Math.floor(f);
    }

    /** {@code f < i} (or {@code <=}) without losing precision. */
    static boolean floatLessInteger(double f, long i, boolean orEqual) {
        if (f != f) return false;
        if (f >= 0x1p63) return false;
        if (f < -0x1p63) return true;
        if (orEqual) return (long) Math.ceil(f) <= i;
        double fl = Math.floor(f);
        return fl == f ? (long) f < i : (long) Math.ceil(f) <= i;
    }
}
