package org.panlua.core.vm;

import org.panlua.memory.value.Value;

import static org.panlua.core.vm.Ops.*;

/**
 * The common case of the binary instructions for the inner loop ({@link FastOps}): inline
 * integers and floats in any mix, no error possible and no result beyond the inline integer
 * range. Each method stays under HotSpot's inlining size for hot callees (325 bytes of
 * bytecode), so the common case makes no call from the loop; anything else answers nil and the
 * instruction goes to {@link Slow#binary}: integer division or modulo by zero, integer results
 * that need a box, SHLI (whose immediate is the left operand), shifts.
 */
final class FastArith {
    private FastArith() {}

    static long binary(int op, long x, long y) {
        if (Value.isInlineInteger(x) && Value.isInlineInteger(y)) {
            long r = integers(op, Value.inlineInteger(x), Value.inlineInteger(y));
            if (r != AS_FLOATS) return r;
        }
        return mixed(op, x, y);
    }

    /**
     * The operation on the operands as floats (each an inline integer or a float); nil for
     * other operands. One call site of {@link #floats}, so that HotSpot inlines it once.
     */
    static long mixed(int op, long x, long y) {
        double u, v;
        if (Value.isDouble(x)) u = Value.asDouble(x);
        else if (Value.isInlineInteger(x)) u = Value.inlineInteger(x);
        else return Value.NIL_WORD;
        if (Value.isDouble(y)) v = Value.asDouble(y);
        else if (Value.isInlineInteger(y)) v = Value.inlineInteger(y);
        else return Value.NIL_WORD;
        return floats(op, u, v);
    }

    /** What {@link #integers} answers for {@code /} and {@code ^}, float operations: a word it never returns otherwise. */
    private static final long AS_FLOATS = Value.TRUE_WORD;

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
            case ADDK -> r = u + v;
            case SUBK -> r = u - v;
            case MULK -> {
                r = u * v;
                if (Math.multiplyHigh(u, v) != (r >> 63)) return Value.NIL_WORD; // beyond 64 bits: wraps, boxed
            }
            case DIVK, DIV, POWK, POW -> {
                return AS_FLOATS; // '/' and '^' of integers are float operations
            }
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
