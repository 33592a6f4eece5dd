package org.panlua.core.vm;

import org.panlua.core.lex.Numerals;
import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/** Lua's implicit conversions between numbers and strings ({@code lvm.c}'s {@code tonumber} family). */
public final class Conversions {
    private Conversions() {}

    /** Integer value of any integer word. */
    public static long integerValue(long w) {
        return Value.isInlineInteger(w) ? Value.inlineInteger(w) : BoxedInteger.valueOf(w);
    }

    /** Double value of a number word (integer or float). */
    public static double doubleValue(long w) {
        return Value.isDouble(w) ? Value.asDouble(w) : (double) integerValue(w);
    }

    /**
     * The integer a value stands for: an integer, a float with an exact integer value, or a
     * string that converts to one of these; null otherwise.
     */
    public static Long toInteger(long w) {
        if (Value.isInteger(w)) return integerValue(w);
        if (Value.isDouble(w)) {
            double d = Value.asDouble(w);
            return Value.hasExactInteger(d) ? (long) d : null;
        }
        if (Value.isString(w)) {
            Number n = parse(w);
            if (n instanceof Long l) return l;
            if (n instanceof Double d && Value.hasExactInteger(d)) return (long) (double) d;
        }
        return null;
    }

    /** The float a value stands for (numbers and convertible strings); null otherwise. */
    public static Double toNumber(long w) {
        if (Value.isDouble(w)) return Value.asDouble(w);
        if (Value.isInteger(w)) return (double) integerValue(w);
        if (Value.isString(w)) {
            Number n = parse(w);
            if (n != null) return n.doubleValue();
        }
        return null;
    }

    /** A string converted to a number word; nil when it is not a string or not a numeral. */
    public static long stringToNumber(LuaState state, long w) {
        if (!Value.isString(w)) return Value.NIL_WORD;
        Number n = parse(w);
        if (n instanceof Long l) return state.integer(l);
        if (n instanceof Double d) return Value.ofDouble(d);
        return Value.NIL_WORD;
    }

    /** A value as a number word for arithmetic: numbers as they are, strings converted; nil otherwise. */
    public static long toNumberWord(LuaState state, long w) {
        if (Value.isNumber(w)) return w;
        return stringToNumber(state, w);
    }

    private static Number parse(long s) {
        byte[] b = LuaString.toBytes(s);
        return Numerals.parse(b, 0, b.length);
    }
}
