package org.panlua.core.vm;

import org.panlua.memory.object.Closure;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import static org.panlua.core.vm.FastOps.put;
import static org.panlua.core.vm.FastOps.reg;
import static org.panlua.core.vm.Ops.*;

/**
 * The instructions the outer loop ({@link Interpreter#execute}) runs in full, through the
 * general paths: metamethods, coercions, allocation, errors, Java functions, protected calls,
 * varargs. {@link #execute} runs one and tells the loop where to go on: a pc in the same frame,
 * or one of the outcomes {@link #FRAME}, {@link #STOP}, {@link #CALLED}.
 *
 * <p>Why out of the loop's method (hw-notes.md section 8, "A small outer loop"): HotSpot's C2
 * compiles a method with everything it inlines, again for each loop entry (OSR) and after each
 * deoptimization, and its time and memory grow faster than the size. With the instruction
 * bodies and their callees inside it, the outer loop cost 0.1–0.5 s and 11–18 MB of compiler
 * memory per compilation, several times per program. {@code execute} is on purpose larger
 * than the most bytecode C2 inlines at a hot call site ({@code FreqInlineSize}, 325 bytes;
 * {@code OuterOpsTest} checks it), so the loop calls it and compiles small, and it is compiled
 * once on its own, a method without loops, inlining what the program uses.
 *
 * <p>Before a call out each body raises the top above the frame's registers, so that
 * metamethods cannot clobber them; calls, returns and {@code SETLIST} read the top a
 * multiple-result instruction left instead. The register base is computed again after every
 * call out, since the stack may have moved.
 */
final class OuterOps {
    private OuterOps() {}

    /** The frame changed (a call entered, a return, a tail call, {@code VARARGPREP}): go on in {@code t.frame}. */
    static final int FRAME = -1;
    /** The loop returns: the frame it was entered for returned, or a yield goes back to its resume. */
    static final int STOP = -2;
    /** A Java function ran: go on at {@code f.pc}, with the code again since it may have set a hook. */
    static final int CALLED = -3;

    /**
     * Runs instruction {@code i} of frame {@code f} ({@code f.pc} and {@code pc} are just past
     * it); returns the pc to go on at, or an outcome.
     */
    static int execute(LuaThread t, CallFrame f, long[] code, int pc, long i) {
        int a = (int) (i >>> 8) & 0x7FFF;
        switch ((int) i & 0xFF) {
            case GETTABUP, GETFIELD, GETTABLE, GETI, SELF -> index(t, f, i, a);
            case SETTABUP, SETFIELD, SETTABLE, SETI -> store(t, f, i, a);
            case NEWTABLE -> newTable(t, f, pc, i, a);
            case ADDI, ADD, SUB, MUL, ADDK, SUBK, MULK, MODK, POWK, DIVK, IDIVK, BANDK, BORK, BXORK, SHRI,
                 SHLI, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR -> {
                t.top = f.top;
                long r = Slow.binary(t, i, registers(t, f), f.proto.k);
                put(registers(t, f), a, r);
            }
            case UNM, BNOT, LEN -> {
                t.top = f.top;
                long r = Slow.unary(t, i, reg(registers(t, f), (int) (i >>> 24) & 0xFFFFF));
                put(registers(t, f), a, r);
            }
            case CONCAT -> {
                t.top = f.top;
                Concat.concat(t, f.base + a, (int) (i >>> 24) & 0xFFFFF);
            }
            case CLOSE -> {
                t.top = f.top;
                t.close(f.base + a, Value.NIL_WORD, true);
            }
            case TBC -> t.markToBeClosed(f.base + a);
            case EQ, LT, LE, EQK, EQI, LTI, LEI, GTI, GEI -> {
                return compare(t, f, code, pc, i, a);
            }
            case CALL -> {
                return OuterCalls.call(t, f, i, a);
            }
            case TAILCALL -> {
                return OuterCalls.tailCall(t, f, i, a);
            }
            case TFORCALL -> {
                return OuterCalls.forCall(t, f, i, a);
            }
            case RETURN -> {
                return OuterCalls.returning(t, f, i, a);
            }
            case RETURN0 -> {
                return t.returnFrom(f, f.base, 0) ? STOP : FRAME;
            }
            case RETURN1 -> {
                return t.returnFrom(f, f.base + a, 1) ? STOP : FRAME;
            }
            case FORLOOP -> { // not two integers nor a float step: boxed integers
                if (ForLoop.step(t, f.base + a)) pc += (int) (i >> 24);
                if (t.heap.overGcThreshold()) safepoint(t, f, pc);
            }
            case FORPREP -> {
                if (ForLoop.prepare(t, f.base + a)) pc += (int) (i >> 24);
            }
            case TFORPREP -> {
                t.markToBeClosed(f.base + a + 3);
                pc += (int) (i >> 24);
            }
            case SETLIST -> {
                int c = (int) (i >>> 44);
                if ((i & (1L << 23)) != 0) c = (int) (code[pc++] >>> 24);
                int n = (int) (i >>> 24) & 0xFFFFF;
                if (n == 0) n = t.top - (f.base + a) - 1;
                Slow.setList(t, f.base + a, n, c);
            }
            case CLOSURE -> {
                long c = Slow.closure(t, f.proto.children[(int) (i >>> 24)], Value.address(f.function), f.base);
                put(registers(t, f), a, c);
            }
            case VARARG -> Slow.vararg(t, f, f.base + a, (int) (i >>> 44) - 1);
            case VARARGPREP -> {
                t.adjustVarargs(f); // runs the call hook, when set
                return FRAME;
            }
            default -> throw new IllegalStateException("bad opcode " + ((int) i & 0xFF));
        }
        return pc;
    }

    /** {@code GETTABUP}, {@code GETFIELD}, {@code GETTABLE}, {@code GETI}, {@code SELF}: through {@code __index}. */
    private static void index(LuaThread t, CallFrame f, long i, int a) {
        int b = (int) (i >>> 24) & 0xFFFFF;
        int c = (int) (i >>> 44);
        int op = (int) i & 0xFF;
        long rb = registers(t, f);
        long[] k = f.proto.k;
        long o = op == GETTABUP ? Upvalue.get(Closure.upvalue(Value.address(f.function), b)) : reg(rb, b);
        long key = switch (op) {
            case GETTABLE -> reg(rb, c);
            case GETI -> Value.ofInlineInteger(c);
            case SELF -> (i & (1L << 23)) != 0 ? k[c] : reg(rb, c);
            default -> k[c];
        };
        if (op == SELF) put(rb, a + 1, o);
        t.top = f.top;
        long v = TableAccess.index(t, o, key);
        put(registers(t, f), a, v);
    }

    /** {@code SETTABUP}, {@code SETFIELD}, {@code SETTABLE}, {@code SETI}: raw without a metatable, else through {@code __newindex}. */
    private static void store(LuaThread t, CallFrame f, long i, int a) {
        int b = (int) (i >>> 24) & 0xFFFFF;
        int op = (int) i & 0xFF;
        long rb = registers(t, f);
        long[] k = f.proto.k;
        long o = op == SETTABUP ? Upvalue.get(Closure.upvalue(Value.address(f.function), a)) : reg(rb, a);
        long key = op == SETTABLE ? reg(rb, b) : op == SETI ? Value.ofInlineInteger(b) : k[b];
        int c = (int) (i >>> 44);
        long v = (i & (1L << 23)) != 0 ? k[c] : reg(rb, c);
        t.top = f.top;
        if (Value.isTable(o) && Tables.metatable(Value.address(o)) == 0) TableAccess.rawSet(t, Value.address(o), key, v);
        else TableAccess.setIndex(t, o, key, v);
    }

    /**
     * {@code NEWTABLE}; a collection step due after it runs with the registers above the new
     * table's cleared: the compiler takes it from the free ones, so those above are dead, and
     * are cleared, as the reference clears the stack above its top, so that stale temporaries
     * (a loop's, which no instruction overwrites) do not keep garbage alive.
     */
    private static void newTable(LuaThread t, CallFrame f, int pc, long i, int a) {
        long table = t.state.newTable((int) (i >>> 24) & 0xFFFFF, (int) (i >>> 44));
        long rb = registers(t, f);
        put(rb, a, table);
        if (t.heap.overGcThreshold()) {
            FastHeavy.clearDead(f, f.base, rb, a + 1);
            safepoint(t, f, pc);
        }
    }

    /** The comparisons: the jump that follows runs or is skipped; a backward one is a loop's test, a safepoint. */
    private static int compare(LuaThread t, CallFrame f, long[] code, int pc, long i, int a) {
        t.top = f.top;
        long rb = registers(t, f);
        boolean cond = Slow.compare(t, i, reg(rb, a), rb, f.proto.k);
        if (cond != ((i & (1L << 23)) != 0)) return pc + 1;
        long jump = code[pc];
        pc += (int) (jump >> 24) + 1;
        if (jump < 0 && t.heap.overGcThreshold()) safepoint(t, f, pc);
        return pc;
    }

    /** A collection step (or an interrupt) due: saves the pc and runs it. */
    static void safepoint(LuaThread t, CallFrame f, int pc) {
        f.pc = pc;
        t.safepoint();
    }

    /** The address of frame {@code f}'s register 0, where the stack is now. */
    private static long registers(LuaThread t, CallFrame f) {
        return t.stack + ((long) f.base << 3);
    }
}
