package org.panlua.core.vm;

import org.panlua.core.number.Numbers;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/**
 * Arithmetic and bitwise operators on any operands, the length operator, and their
 * metamethods: everything the interpreter's inline fast paths leave out (mixed integer and
 * float operands, boxed integers, string coercion, metamethods, errors).
 */
public final class Arith {
    private Arith() {}

    /** {@code a op b} for an arithmetic or bitwise event (unary ones take {@code b == a}). */
    static long arith(LuaThread t, Event op, long a, long b) {
        long r = raw(t, op, a, b);
        if (r != Value.NIL_WORD) return r;
        long tm = t.state.metamethod(a, op);
        if (tm == Value.NIL_WORD) tm = t.state.metamethod(b, op);
        if (tm == Value.NIL_WORD) throw noMetamethod(t, op, a, b);
        return t.callMetamethod(tm, a, b);
    }

    /**
     * The result without metamethods, nil when the operands need one: numbers for arithmetic,
     * numbers or numeric strings with integer values for bitwise operators.
     */
    static long raw(LuaThread t, Event op, long a, long b) {
        LuaState state = t.state;
        if (isBitwise(op)) {
            Long x = bitOperand(a), y = bitOperand(b);
            if (x == null || y == null) return Value.NIL_WORD;
            return state.integer(bitwise(op, x, y));
        }
        if (!Value.isNumber(a) || !Value.isNumber(b)) return Value.NIL_WORD;
        if (Value.isInteger(a) && Value.isInteger(b) && op != Event.DIV && op != Event.POW) {
            long x = Conversions.integerValue(a), y = Conversions.integerValue(b);
            return state.integer(integerArith(t, op, x, y));
        }
        return Value.ofDouble(floatArith(op, Conversions.doubleValue(a), Conversions.doubleValue(b)));
    }

    static boolean isBitwise(Event op) {
        return switch (op) {
            case BAND, BOR, BXOR, SHL, SHR, BNOT -> true;
            default -> false;
        };
    }

    /** An operand of a bitwise operator: integers and floats with integer values (strings are not converted). */
    private static Long bitOperand(long w) {
        if (Value.isInteger(w)) return Conversions.integerValue(w);
        if (Value.isDouble(w)) return Conversions.toInteger(w);
        return null;
    }

    static long integerArith(LuaThread t, Event op, long x, long y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case MOD -> {
                if (y == 0) throw t.runError("attempt to perform 'n%0'");
                yield Numbers.floorMod(x, y);
            }
            case IDIV -> {
                if (y == 0) throw t.runError("attempt to divide by zero");
                yield Numbers.floorDiv(x, y);
            }
            case UNM -> -x;
            default -> throw new IllegalStateException(op.name());
        };
    }

    static double floatArith(Event op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case MOD -> Numbers.floorMod(x, y);
            case IDIV -> Numbers.floorDiv(x, y);
            case POW -> Numbers.pow(x, y);
            case UNM -> -x;
            default -> throw new IllegalStateException(op.name());
        };
    }

    static long bitwise(Event op, long x, long y) {
        return switch (op) {
            case BAND -> x & y;
            case BOR -> x | y;
            case BXOR -> x ^ y;
            case SHL -> Numbers.shiftLeft(x, y);
            case SHR -> Numbers.shiftRight(x, y);
            case BNOT -> ~x;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static LuaError noMetamethod(LuaThread t, Event op, long a, long b) {
        if (isBitwise(op)) {
            if (Value.isNumber(a) && Value.isNumber(b)) {
                long bad = Conversions.toInteger(a) == null ? a : b;
                return t.runError("number" + VarInfo.describe(t, bad) + " has no integer representation");
            }
            long bad = bitOperand(a) == null ? a : b;
            return t.typeError(bad, "perform bitwise operation on", VarInfo.describe(t, bad));
        }
        if (Value.isString(a) || Value.isString(b)) {
            // What the string library's arithmetic metamethods report for a non-numeric string.
            if (Conversions.toNumberWord(t.state, a) == Value.NIL_WORD || Conversions.toNumberWord(t.state, b) == Value.NIL_WORD) {
                return t.runError("attempt to " + op.key.substring(2) + " a '" + Value.typeName(a)
                        + "' with a '" + Value.typeName(b) + "'");
            }
        }
        long bad = Value.isNumber(a) ? b : a;
        return t.typeError(bad, "perform arithmetic on", VarInfo.describe(t, bad));
    }

    /** {@code #o}: strings, tables (border) unless {@code __len}, else {@code __len} or an error. */
    static long length(LuaThread t, long o) {
        long n = rawLength(t, o);
        if (n >= 0) return t.state.integer(n);
        long tm = t.state.metamethod(o, Event.LEN);
        if (tm == Value.NIL_WORD) throw t.typeError(o, "get length of", VarInfo.describe(t, o));
        return t.callMetamethod(tm, o, o);
    }

    /** {@code #o} of a string, or of a table whose metatable has no {@code __len}; -1 for anything else. */
    static long rawLength(LuaThread t, long o) {
        if (Value.isString(o)) return LuaString.length(o);
        if (!Value.isTable(o)) return -1;
        long a = Value.address(o);
        long mt = Tables.metatable(a);
        if (mt != 0 && t.state.metamethodOf(mt, Event.LEN) != Value.NIL_WORD) return -1;
        return t.state.tables.length(a);
    }
}
