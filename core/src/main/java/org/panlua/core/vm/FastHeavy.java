package org.panlua.core.vm;

import org.panlua.memory.object.Closure;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.table.InvalidKeyException;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import static org.panlua.core.code.Instruction.a;
import static org.panlua.core.code.Instruction.b;
import static org.panlua.core.code.Instruction.c;
import static org.panlua.core.code.Instruction.k;
import static org.panlua.core.vm.FastOps.put;
import static org.panlua.core.vm.FastOps.reg;
import static org.panlua.core.vm.Ops.*;

/**
 * The inner loop's heavier bodies, which it calls instead of inlining: a call of a Java
 * function, the store of a key a table does not hold yet, NEWTABLE, SETLIST and the length of a
 * table. Each costs far
 * more than a Java call, and inlined they would take most of the bytecode HotSpot inlines into
 * one compilation of {@link FastLoop#run}: C2 counts the loop's own bytecode and everything
 * inlined into it against one limit ({@code DesiredMethodLimit}, 8000 bytes), parses the
 * loop's cases from the highest opcode down, and once the limit is reached inlines nothing at
 * the loop's own call sites, so that MOVE, LOADK or GETFIELD (low opcodes, parsed last) called
 * {@code reg} and {@code put} as methods (hw-notes.md section 7, "The inlining budget").
 *
 * <p>{@link #execute} is therefore kept larger than {@code FreqInlineSize} (325 bytes), the
 * most C2 inlines at a hot call site, so that it is always called ({@code FastHeavyTest}
 * checks); it is compiled on its own, with a budget of its own. Its bodies are written in it
 * rather than in helpers for that reason. Running here does not leave the inner loop, so a
 * chain of nested activations goes on.
 */
final class FastHeavy {
    private FastHeavy() {}

    private static final long NIL = Value.NIL_WORD;

    /**
     * What {@link #execute} did: {@link #LEFT}, nothing (the caller leaves the instruction to
     * the outer loop); {@link #DONE}; {@link #STEP}, done, and a collection step is now due;
     * {@link #RELOAD}, done, but the function called moved the stack or set a hook, so the
     * activation's state must be read again.
     */
    static final int LEFT = -1, DONE = 0, STEP = 1, RELOAD = 2;

    /**
     * Runs instruction {@code i} at {@code pc} of frame {@code f} (register 0 at slot {@code
     * base}, address {@code rb}; constants {@code k}, closure address {@code cl}):
     * <ul>
     * <li>CALL of a Java function other than a protected call or a yield (the outer loop runs
     * those), with no hooks. Errors and yields of the function unwind through the loop like any
     * exception: the pc is saved first.
     * <li>SETTABUP, SETFIELD, SETTABLE and SETI whose key the table does not hold (its caller
     * tried the replacing store first): a raw store when the table has no {@code __newindex}.
     * Nil and NaN keys are left to the outer loop, which raises the error.
     * <li>NEWTABLE while no collection step is due. If one is due after it, the registers above
     * the new table are cleared, as the outer loop does after an allocation: the compiler
     * takes a new table's register from the free ones, so those above it are dead, and a stale
     * temporary (a loop's, which no instruction overwrites) must not keep garbage alive.
     * <li>LEN of a table without {@code __len} (and of a string, though the caller does those).
     * <li>SETLIST whose offset is in the instruction; a count of 0 means up to the top, which
     * the call or vararg before it set ({@code {f(), g()}}).
     * </ul>
     */
    static int execute(LuaThread t, CallFrame f, int base, long rb, long[] k, long cl, int pc, long i) {
        switch ((int) i & 0xFF) {
            case CALL -> {
                long w = i ^ CALL;
                int a = a(w);
                long fw = reg(rb, a);
                if (!Value.isFunction(fw) || t.hookMask != 0) return LEFT;
                long c = Value.address(fw);
                if (Closure.isLua(c) || t.state.isProtectedCall(c) || t.state.isYield(c)) return LEFT;
                int b = b(w);
                int func = base + a;
                t.top = b != 0 ? func + b : t.top; // B = 0: arguments up to the top already set
                f.pc = pc + 1;
                t.callJava(func, c(w) - 1, c);
                return rb == t.stack + ((long) base << 3) && t.hookMask == 0 ? DONE : RELOAD;
            }
            case SETTABUP, SETFIELD, SETTABLE, SETI -> {
                long w = i ^ SETTABLE; // the four share their operands' layout
                int op = (int) i & 0xFF;
                long o = op == SETTABUP ? Upvalue.get(Closure.upvalue(cl, a(w))) : reg(rb, a(w));
                long key = op == SETTABUP || op == SETFIELD ? k[b(w)]
                        : op == SETI ? Value.ofInlineInteger(b(w)) : reg(rb, b(w));
                long v = k(w) ? k[c(w)] : reg(rb, c(w));
                long table = Value.address(o);
                long mt = Tables.metatable(table);
                if (mt != 0 && t.state.metamethodOf(mt, Event.NEWINDEX) != NIL) return LEFT;
                f.pc = pc + 1; // growth may fail: the error's traceback needs the pc
                try {
                    t.tables.set(table, key, v);
                } catch (InvalidKeyException e) {
                    return LEFT;
                }
                return DONE;
            }
            case NEWTABLE -> {
                if (t.heap.overGcThreshold()) return LEFT;
                long w = i ^ NEWTABLE;
                int a = a(w);
                f.pc = pc + 1; // an allocation may fail: the error's traceback needs the pc
                put(rb, a, t.state.newTable(b(w), c(w)));
                if (!t.heap.overGcThreshold()) return DONE;
                clearDead(f, base, rb, a + 1);
                return STEP;
            }
            case LEN -> { // of a table without __len (the caller did strings)
                long w = i ^ LEN;
                long n = Arith.rawLength(t, reg(rb, b(w)));
                if (n < 0 || !Value.fitsInline(n)) return LEFT;
                put(rb, a(w), Value.ofInlineInteger(n));
                return DONE;
            }
            case SETLIST -> {
                long w = i ^ SETLIST;
                if (k(w)) return LEFT;
                int n = b(w);
                if (n == 0) n = t.top - (base + a(w)) - 1;
                f.pc = pc + 1;
                Slow.setList(t, base + a(w), n, c(w));
                return DONE;
            }
            default -> {
                return LEFT;
            }
        }
    }

    /** Clears frame {@code f}'s registers from {@code live} up, dead before a collection step after an allocation. */
    static void clearDead(CallFrame f, int base, long rb, int live) {
        for (int r = live; r < f.top - base; r++) put(rb, r, NIL);
    }
}
