package org.panlua.core.vm;

import org.panlua.memory.value.Value;

import static org.panlua.core.vm.Ops.*;

/**
 * The common case of the binary instructions the loop does not spell out: both operands inline
 * integers or both floats, no error possible. Each method stays under HotSpot's inlining size
 * for hot callees (325 bytes of bytecode), so the common case makes no call from the loop;
 * anything else answers nil and goes to {@link Slow#binary}. SHLI (whose immediate is the left
 * operand) and the swapped constant forms always go there.
 */
final class FastArith {
    private FastArith() {}

    static long binary(int op, long x, long y) {
        if (Value.isInlineInteger(x) && Value.isInlineInteger(y)) {
            return integers(op, Value.inlineInteger(x), Value.inlineInteger(y));
        }
        if (Value.isDouble(x) && Value.isDouble(y)) return floats(op, Value.asDouble(x), Value.asDouble(y));
        if (Value.isDouble(x) && Value.isInlineInteger(y)) return floats(op, Value.asDouble(x), Value.inlineInteger(y));
        if (Value.isInlineInteger(x) && Value.isDouble(y)) return floats(op, Value.inlineInteger(x), Value.asDouble(y));
        return Value.NIL_WORD;
    }

    /** {@code + - *} when the inline loop found the operands are not two integers or two floats. */
    static long mixed(int op, long x, long y) {
        if (Value.isDouble(x) && Value.isInlineInteger(y)) return floats(op, Value.asDouble(x), Value.inlineInteger(y));
        if (Value.isInlineInteger(x) && Value.isDouble(y)) return floats(op, Value.inlineInteger(x), Value.asDouble(y));
        return Value.NIL_WORD;
    }

    private static long integers(int op, long u, long v) {
        long r;
        switch (op) {
            case MODK, MOD -> {
                if (v == 0) return Value.NIL_WORD;
                r = Math.floorMod(u, v);
            }
            case IDIVK, IDIV -> {
                if (v == 0) return Value.NIL_WORD;
                r = Math.floorDiv(u, v);
            }
            case SUBK -> r = u - v;
            case BANDK, BAND -> r = u & v;
            case BORK, BOR -> r = u | v;
            case BXORK, BXOR -> r = u ^ v;
            default -> {
                return Value.NIL_WORD;
            }
        }
        return Value.fitsInline(r) ? Value.ofInlineInteger(r) : Value.NIL_WORD;
    }

    private static long floats(int op, double u, double v) {
        return switch (op) {
            case DIVK, DIV -> Value.ofDouble(u / v);
            case ADD, ADDK -> Value.ofDouble(u + v);
            case SUB, SUBK -> Value.ofDouble(u - v);
            case MUL, MULK -> Value.ofDouble(u * v);
            case POW, POWK -> Value.ofDouble(org.panlua.core.number.Numbers.pow(u, v));
            case MOD, MODK -> Value.ofDouble(org.panlua.core.number.Numbers.floorMod(u, v));
            default -> Value.NIL_WORD;
        };
    }
}
