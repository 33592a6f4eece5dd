package org.panlua.core.vm;

import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/** Values as text: {@code tostring}, numbers in concatenations, type names in messages. */
public final class Text {
    private Text() {}

    /** The text of a number word as {@code tostring} writes it. */
    public static String numberText(long w) {
        if (Value.isDouble(w)) return floatText(Value.asDouble(w));
        return Long.toString(Conversions.integerValue(w));
    }

    /** A number word converted to a string word. */
    public static long numberToString(LuaState state, long w) {
        return state.string(numberText(w));
    }

    /** {@code %.14g}, with {@code .0} added when the result looks like an integer. */
    public static String floatText(double d) {
        // Every NaN is stored as the one canonical NaN; it prints as the NaN that x86 arithmetic
        // produces (0/0, inf-inf, sqrt(-1)), which has its sign bit set.
        if (d != d) return "-nan";
        return org.panlua.core.lib.format.LuaNumberText.floatToString(d);
    }

    /** The type name for messages: {@code __name} of the metatable when it is a string. */
    public static String typeNameWithMeta(LuaState state, long w) {
        if (Value.isTable(w) || Value.tag(w) == Value.USERDATA) {
            long mt = state.metatable(w);
            if (mt != 0) {
                long name = state.tables.getString(mt, state.eventKeys[Event.NAME.ordinal()]);
                if (Value.isString(name)) return LuaString.toJava(name);
            }
        }
        if (Value.tag(w) == Value.LIGHTUSERDATA) return "light userdata";
        return Value.typeName(w);
    }

    /** {@code tostring(v)} ({@code luaL_tolstring}): {@code __tostring}, then {@code __name}. */
    public static long toStringMeta(LuaThread t, long v) {
        LuaState state = t.state;
        long tm = state.metamethod(v, Event.TOSTRING);
        if (tm != Value.NIL_WORD) {
            long r = t.call1(tm, v);
            if (Value.isNumber(r)) return numberToString(state, r);
            if (!Value.isString(r)) throw t.error("'__tostring' must return a string");
            return r;
        }
        if (Value.isString(v)) return v; // itself: no round trip through a Java string
        return state.string(plainText(state, v));
    }

    /** The text of a value without {@code __tostring}. */
    public static String plainText(LuaState state, long v) {
        int tag = Value.tag(v);
        return switch (tag) {
            case Value.STRING -> LuaString.toJava(v);
            case Value.NIL -> "nil";
            case Value.TRUE -> "true";
            case Value.FALSE -> "false";
            case Value.DOUBLE, Value.INTEGER, Value.BOXED_INTEGER -> numberText(v);
            default -> typeNameWithMeta(state, v) + ": 0x" + Long.toHexString(Value.address(v));
        };
    }
}
