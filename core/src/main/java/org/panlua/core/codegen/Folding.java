package org.panlua.core.codegen;

import org.panlua.core.ast.BinOp;
import org.panlua.core.ast.UnOp;
import org.panlua.core.codegen.ExpDesc.Kind;
import org.panlua.core.number.Numbers;

/**
 * Constant folding of numeric operators, with the reference's restrictions: nothing that could
 * raise an error at run time (division by zero, bitwise operands without an integer value) and
 * no result that is NaN or -0.0 (neither can be written as a plain constant).
 */
final class Folding {
    private Folding() {}

    static boolean foldUnary(UnOp op, ExpDesc e) {
        if (!e.isNumeral()) return false;
        return switch (op) {
            case NEG -> {
                if (e.kind == Kind.KINT) {
                    e.integer = -e.integer;
                    yield true;
                }
                yield setFloat(e, -e.number);
            }
            case BNOT -> {
                Long v = integerValue(e);
                if (v == null) yield false;
                setInteger(e, ~v);
                yield true;
            }
            default -> false;
        };
    }

    static boolean foldBinary(BinOp op, ExpDesc e1, ExpDesc e2) {
        if (!e1.isNumeral() || !e2.isNumeral() || op.ordinal() > BinOp.SHR.ordinal()) return false;
        switch (op) {
            case BAND, BOR, BXOR, SHL, SHR -> {
                Long a = integerValue(e1);
                Long b = integerValue(e2);
                if (a == null || b == null) return false;
                setInteger(e1, switch (op) {
                    case BAND -> a & b;
                    case BOR -> a | b;
                    case BXOR -> a ^ b;
                    case SHL -> Numbers.shiftLeft(a, b);
                    default -> Numbers.shiftRight(a, b);
                });
                return true;
            }
            case DIV, POW -> {
                double a = floatValue(e1);
                double b = floatValue(e2);
                if (op == BinOp.DIV && b == 0) return false;
                return setFloat(e1, op == BinOp.DIV ? a / b : Numbers.pow(a, b));
            }
            default -> { }
        }
        if (e1.kind == Kind.KINT && e2.kind == Kind.KINT) {
            long a = e1.integer;
            long b = e2.integer;
            switch (op) {
                case ADD -> e1.integer = a + b;
                case SUB -> e1.integer = a - b;
                case MUL -> e1.integer = a * b;
                case MOD, IDIV -> {
                    if (b == 0) return false;
                    e1.integer = op == BinOp.MOD ? Numbers.floorMod(a, b) : Numbers.floorDiv(a, b);
                }
                default -> throw new IllegalStateException(op.toString());
            }
            return true;
        }
        double a = floatValue(e1);
        double b = floatValue(e2);
        return switch (op) {
            case ADD -> setFloat(e1, a + b);
            case SUB -> setFloat(e1, a - b);
            case MUL -> setFloat(e1, a * b);
            case MOD -> b != 0 && setFloat(e1, Numbers.floorMod(a, b));
            case IDIV -> b != 0 && setFloat(e1, Numbers.floorDiv(a, b));
            default -> throw new IllegalStateException(op.toString());
        };
    }

    private static double floatValue(ExpDesc e) {
        return e.kind == Kind.KINT ? (double) e.integer : e.number;
    }

    private static Long integerValue(ExpDesc e) {
        if (e.kind == Kind.KINT) return e.integer;
        return Numbers.hasIntegerValue(e.number) ? (long) e.number : null;
    }

    private static void setInteger(ExpDesc e, long v) {
        e.kind = Kind.KINT;
        e.integer = v;
    }

    /** Folds to a float unless the result is NaN or -0.0. */
    private static boolean setFloat(ExpDesc e, double v) {
        if (Double.isNaN(v) || (v == 0 && 1 / v < 0)) return false;
        e.kind = Kind.KFLT;
        e.number = v;
        return true;
    }
}
