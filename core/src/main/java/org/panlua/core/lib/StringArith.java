package org.panlua.core.lib;

import org.panlua.core.number.Numbers;
import org.panlua.core.vm.Conversions;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

/**
 * The arithmetic metamethods of the string metatable: {@code "10" + 1} converts numeric
 * strings and computes as numbers do. When an operand is not a number or a numeric string, the
 * other operand's own metamethod gets its chance (unless it is a string too); failing that,
 * the error reads {@code attempt to add a 'string' with a 'number'}.
 */
final class StringArith {
    private StringArith() {}

    /** The operators, named by their metamethod key without the {@code __}. */
    private enum Op { add, sub, mul, mod, pow, div, idiv, unm }

    static void register(LuaState state, long mt) {
        for (Op op : Op.values()) {
            state.setField(mt, "__" + op.name(), state.function(L -> arith(L, op)));
        }
    }

    private static int arith(LuaThread L, Op op) {
        long a = L.arg(1), b = L.arg(2);
        long x = Conversions.toNumberWord(L.state, a);
        long y = Conversions.toNumberWord(L.state, b);
        if (x != Value.NIL_WORD && y != Value.NIL_WORD) {
            L.push(compute(L.state, op, x, y));
            return 1;
        }
        return tryOtherMetamethod(L, op, a, b);
    }

    /** Gives the second operand's metamethod a chance, as the reference's {@code trymt} does. */
    private static int tryOtherMetamethod(LuaThread L, Op op, long a, long b) {
        String key = "__" + op.name();
        long mt = Value.isString(b) ? 0 : L.state.metatable(b);
        long tm = mt == 0 ? Value.NIL_WORD : L.state.tables.getString(mt, L.state.string(key));
        if (tm == Value.NIL_WORD) {
            throw L.error("attempt to " + op.name() + " a '" + Value.typeName(a)
                    + "' with a '" + Value.typeName(b) + "'");
        }
        L.push(L.call1(tm, a, b));
        return 1;
    }

    /** {@code x op y} on two number words: integers stay integers except for {@code /} and {@code ^}. */
    private static long compute(LuaState state, Op op, long x, long y) {
        if (Value.isInteger(x) && Value.isInteger(y) && op != Op.div && op != Op.pow) {
            long i = Conversions.integerValue(x), j = Conversions.integerValue(y);
            return state.integer(switch (op) {
                case add -> i + j;
                case sub -> i - j;
                case mul -> i * j;
                case mod -> {
                    if (j == 0) throw valueError(state, "attempt to perform 'n%0'");
                    yield Numbers.floorMod(i, j);
                }
                case idiv -> {
                    if (j == 0) throw valueError(state, "attempt to divide by zero");
                    yield Numbers.floorDiv(i, j);
                }
                default -> -i;
            });
        }
        double u = Conversions.doubleValue(x), v = Conversions.doubleValue(y);
        return Value.ofDouble(switch (op) {
            case add -> u + v;
            case sub -> u - v;
            case mul -> u * v;
            case div -> u / v;
            case mod -> Numbers.floorMod(u, v);
            case idiv -> Numbers.floorDiv(u, v);
            case pow -> Numbers.pow(u, v);
            case unm -> -u;
        });
    }

    /**
     * An error raised by the arithmetic itself: the reference raises it inside the metamethod,
     * a C function, so it carries no position.
     */
    private static LuaError valueError(LuaState state, String message) {
        return new LuaError(state.string(message));
    }
}
