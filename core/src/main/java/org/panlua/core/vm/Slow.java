package org.panlua.core.vm;

import org.panlua.core.code.UpvalueDesc;
import org.panlua.memory.heap.NotEnoughMemoryException;
import org.panlua.memory.object.Closure;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import static org.panlua.core.vm.FastOps.reg;
import static org.panlua.core.vm.Ops.*;

/**
 * The interpreter's out-of-line instruction bodies: what is too rare or too large to sit in
 * the dispatch loop without pushing it past what HotSpot compiles.
 */
final class Slow {
    private Slow() {}


    /** Binary arithmetic and bitwise instructions (register, constant and immediate forms), in full. */
    static long binary(LuaThread t, long i, long rb, long[] k) {
        int op = (int) i & 0xFF;
        long x = reg(rb, (int) (i >>> 24) & 0xFFFFF);
        int c = (int) (i >>> 44);
        boolean swapped = (i & (1L << 23)) != 0;
        long y;
        Event e;
        switch (op) {
            case ADDK -> { y = k[c]; e = Event.ADD; }
            case SUBK -> { y = k[c]; e = Event.SUB; }
            case MULK -> { y = k[c]; e = Event.MUL; }
            case MODK -> { y = k[c]; e = Event.MOD; }
            case POWK -> { y = k[c]; e = Event.POW; }
            case DIVK -> { y = k[c]; e = Event.DIV; }
            case IDIVK -> { y = k[c]; e = Event.IDIV; }
            case BANDK -> { y = k[c]; e = Event.BAND; }
            case BORK -> { y = k[c]; e = Event.BOR; }
            case BXORK -> { y = k[c]; e = Event.BXOR; }
            case ADDI -> { y = Value.ofInlineInteger((int) (i >> 44)); e = Event.ADD; }
            case SHRI -> { y = Value.ofInlineInteger((int) (i >> 44)); e = Event.SHR; }
            case SHLI -> {
                // sC << R[B]: the immediate is the left operand
                return Arith.arith(t, Event.SHL, Value.ofInlineInteger((int) (i >> 44)), x);
            }
            default -> {
                y = reg(rb, c);
                e = switch (op) {
                    case ADD -> Event.ADD;
                    case SUB -> Event.SUB;
                    case MUL -> Event.MUL;
                    case MOD -> Event.MOD;
                    case POW -> Event.POW;
                    case DIV -> Event.DIV;
                    case IDIV -> Event.IDIV;
                    case BAND -> Event.BAND;
                    case BOR -> Event.BOR;
                    case BXOR -> Event.BXOR;
                    case SHL -> Event.SHL;
                    case SHR -> Event.SHR;
                    default -> throw new IllegalStateException("not a binary opcode: " + op);
                };
                swapped = false;
            }
        }
        return swapped ? Arith.arith(t, e, y, x) : Arith.arith(t, e, x, y);
    }

    static long unary(LuaThread t, long i, long x) {
        return switch ((int) i & 0xFF) {
            case UNM -> Arith.arith(t, Event.UNM, x, x);
            case BNOT -> Arith.arith(t, Event.BNOT, x, x);
            default -> Arith.length(t, x);
        };
    }

    /** The comparison instructions, in full. */
    static boolean compare(LuaThread t, long i, long x, long rb, long[] k) {
        int op = (int) i & 0xFF;
        int b = (int) (i >>> 24) & 0xFFFFF;
        switch (op) {
            case EQ -> {
                return Compare.equal(t, x, reg(rb, b));
            }
            case LT -> {
                return Compare.lessThan(t, x, reg(rb, b));
            }
            case LE -> {
                return Compare.lessEqual(t, x, reg(rb, b));
            }
            case EQK -> {
                return Compare.rawEqual(x, k[b]);
            }
            default -> { }
        }
        int imm = (int) (i << 20 >> 44);
        boolean isFloat = (int) (i >>> 44) != 0;
        long y = isFloat ? Value.ofDouble(imm) : Value.ofInlineInteger(imm);
        if (op == EQI) return Value.isNumber(x) && Compare.rawEqual(x, y);
        return switch (op) {
            case LTI -> Compare.lessThan(t, x, y);
            case LEI -> Compare.lessEqual(t, x, y);
            case GTI -> Compare.lessThan(t, y, x);
            default -> Compare.lessEqual(t, y, x);
        };
    }

    /** {@code t[c+j] = R[a+j]} for j in 1..n, the table in slot {@code slot}. */
    static void setList(LuaThread t, int slot, int n, int c) {
        long table = Value.address(t.get(slot));
        Tables tables = t.tables;
        try {
            if (c + n > 0) tables.ensureArraySize(table, c + n);
            for (int j = 1; j <= n; j++) tables.setInteger(table, c + j, t.get(slot + j));
        } catch (NotEnoughMemoryException e) {
            throw t.memoryError();
        }
    }

    /** A new closure of {@code p}, capturing upvalues from the frame at {@code base} or from {@code enclosing}. */
    static long closure(LuaThread t, LoadedProto p, long enclosing, int base) {
        UpvalueDesc[] ups = p.proto.upvalues();
        long c = Closure.allocate(t.heap, Closure.KIND_LUA, p.handle(), ups.length);
        for (int j = 0; j < ups.length; j++) {
            UpvalueDesc u = ups[j];
            long up = u.inStack() ? t.findUpvalue(base + u.index()) : Closure.upvalue(enclosing, u.index());
            Closure.setUpvalue(c, j, up);
        }
        return Value.ofObject(Value.FUNCTION, c);
    }

    /** Copies {@code wanted} varargs (all of them when -1, setting the top) to slot {@code slot}. */
    static void vararg(LuaThread t, CallFrame f, int slot, int wanted) {
        int n = f.nvarargs;
        if (wanted < 0) {
            wanted = n;
            t.ensureStack(slot + n + 1);
            t.top = slot + n;
        }
        int from = f.base - 1 - n;
        for (int j = 0; j < wanted; j++) t.set(slot + j, j < n ? t.get(from + j) : Value.NIL_WORD);
    }
}
