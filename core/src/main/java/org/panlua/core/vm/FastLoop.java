package org.panlua.core.vm;

import org.panlua.memory.object.Closure;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.value.Value;

import static org.panlua.core.code.Instruction.a;
import static org.panlua.core.code.Instruction.b;
import static org.panlua.core.code.Instruction.bx;
import static org.panlua.core.code.Instruction.sbx;
import static org.panlua.core.vm.FastOps.put;
import static org.panlua.core.vm.FastOps.reg;
import static org.panlua.core.vm.Ops.*;

/**
 * The interpreter's inner loop (DESIGN.md section 8): runs a frame's instructions for as long
 * as each one completes without a call out of line — moves, constants, upvalues, table reads
 * and replacing stores without metamethods, integer and float arithmetic, comparisons, jumps
 * and numeric loops. At the first instruction it cannot finish that way it returns that
 * instruction's pc, the instruction not started, and {@link Interpreter} runs it in full.
 *
 * <p>Why a loop of its own: HotSpot's compiled code has no callee-saved registers, and a loop
 * body with calls on many paths (every instruction of {@code Interpreter.run} may call) ends up
 * with all its state in stack slots, reloaded at every dispatch. Here nothing on a common path
 * calls, so the frame's state stays in registers; the price is one Java call and return per
 * instruction left to the outer loop. For the same reason an activation runs one frame, and a
 * Lua function it calls runs in a nested activation: a loop that switched frames itself carried
 * the frame, code, constants and register base round the loop as well as the pc, and HotSpot
 * kept them all in stack slots.
 *
 * <p>Each case decodes its operands from its own copy of the instruction word, {@code w = i ^
 * OP} (the opcode byte, which no decoder reads, differs): were they decoded from {@code i},
 * HotSpot would compute each field once before the dispatch for all the cases that use it, and
 * keep every field live across the switch, spilled.
 *
 * <p>A taken backward jump or a call with a collection step due returns after the jump or the
 * call: the caller runs the safepoint and comes back.
 */
final class FastLoop {
    private FastLoop() {}

    private static final long NIL = Value.NIL_WORD;

    /** Flags of the result, below the pc ({@code pc << 2 | flags}). */
    static final int SAFEPOINT = 1, MOVED = 2;

    /** The result of a nested activation whose frame returned to the activation that called it. */
    private static final int RETURNED = -1;

    /**
     * The result of a nested activation whose frame made a tail call to a Lua function: the
     * frame now holds the callee, which the calling activation runs next (so a chain of tail
     * calls takes no Java stack).
     */
    private static final int TAILED = -2;

    /**
     * How many activations deep a chain of Lua-to-Lua calls runs in nested Java calls of this
     * loop; a call past that returns to the outer loop, which goes on in the callee with a fresh
     * chain. It bounds the Java stack this loop takes, whatever the Lua recursion depth.
     */
    private static final int MAX_NESTING = 200;

    /** The result for an instruction at {@code pc} of this activation's frame, left to the caller. */
    private static int left(int pc) {
        return pc << 2;
    }

    /**
     * Runs frame {@code f} (the running one) from {@code pc}. A Lua function it calls runs in a
     * nested activation ({@code nesting + 1}), so that within one activation the frame, its
     * code, constants and registers never change: only the pc is carried round the loop, and
     * HotSpot keeps the rest in registers. Returns {@code pc << 2 | flags}: the pc of the first
     * instruction left to the caller, in {@code t.frame}; {@link #MOVED} when that is not
     * {@code f} (a nested activation stopped, or {@code f} returned to a Lua caller the outer
     * loop runs); {@link #SAFEPOINT} when a collection step is due before that instruction.
     * {@code code} is the code the frame runs (its hooked copy when hooks are set).
     */
    static int run(LuaThread t, CallFrame f, long[] code, int pc) {
        return run(t, f, code, pc, 0);
    }

    private static int run(LuaThread t, CallFrame f, long[] code, int pc, int nesting) {
        final long[] k = f.proto.k;
        final int base = f.base;
        final long rb = t.stack + ((long) base << 3);
        final long cl = Value.address(f.function);
        while (true) {
            final long i = code[pc];
            switch ((int) i & 0xFF) {
                case MOVE -> {
                    long w = i ^ MOVE;
                    put(rb, a(w), reg(rb, b(w)));
                }
                case LOADI -> {
                    long w = i ^ LOADI;
                    put(rb, a(w), Value.ofInlineInteger(sbx(w)));
                }
                case LOADF -> {
                    long w = i ^ LOADF;
                    put(rb, a(w), Value.ofDouble((double) sbx(w)));
                }
                case LOADK -> {
                    long w = i ^ LOADK;
                    put(rb, a(w), k[(int) bx(w)]);
                }
                case LOADFALSE -> put(rb, a(i ^ LOADFALSE), Value.FALSE_WORD);
                case LFALSESKIP -> {
                    put(rb, a(i ^ LFALSESKIP), Value.FALSE_WORD);
                    pc++;
                }
                case LOADTRUE -> put(rb, a(i ^ LOADTRUE), Value.TRUE_WORD);
                case LOADNIL -> FastOps.loadNil(rb, i);
                case GETUPVAL -> {
                    long w = i ^ GETUPVAL;
                    put(rb, a(w), Upvalue.get(Closure.upvalue(cl, b(w))));
                }
                case SETUPVAL -> FastOps.setUpvalue(t.heap, rb, cl, i);
                case GETTABUP, GETFIELD -> {
                    if (!FastOps.getField(t, rb, k, cl, i)) return left(pc);
                }
                case GETTABLE -> {
                    if (!FastOps.getTable(t, rb, i)) return left(pc);
                }
                case GETI -> {
                    if (!FastOps.getIndexed(t, rb, i)) return left(pc);
                }
                case SELF -> {
                    if (!FastOps.self(t, rb, k, i)) return left(pc);
                }
                case SETTABUP, SETFIELD -> {
                    if (!FastOps.setField(t, f, base, rb, k, cl, pc, i)) return left(pc);
                }
                case SETTABLE, SETI -> {
                    if (!FastOps.setTable(t, f, base, rb, k, cl, pc, i)) return left(pc);
                }
                case NEWTABLE -> {
                    int done = FastHeavy.execute(t, f, base, rb, k, cl, pc, i);
                    if (done != FastHeavy.DONE) return done < 0 ? left(pc) : left(pc + 1) | SAFEPOINT;
                }
                case SETLIST -> {
                    if (FastHeavy.execute(t, f, base, rb, k, cl, pc, i) < 0) return left(pc);
                }
                case ADDI -> {
                    if (!FastOps.addImmediate(rb, i)) return left(pc);
                }
                case ADD, SUB, MUL -> {
                    if (!FastOps.arith(rb, i)) return left(pc);
                }
                case SUBK -> {
                    if (!FastOps.subtractConstant(rb, k, i)) return left(pc);
                }
                case ADDK, MULK, MODK, POWK, DIVK, IDIVK, BANDK, BORK, BXORK, SHRI,
                     MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR -> {
                    if (!FastOps.binary(rb, k, i)) return left(pc);
                }
                case UNM -> {
                    if (!FastOps.negate(rb, i)) return left(pc);
                }
                case LEN -> {
                    if (!FastOps.length(t, f, base, rb, k, cl, pc, i)) return left(pc);
                }
                case NOT -> {
                    long w = i ^ NOT;
                    put(rb, a(w), Value.ofBoolean(Value.isFalsy(reg(rb, b(w)))));
                }
                case JMP -> {
                    pc += (int) sbx(i ^ JMP);
                    if (i < 0 && t.heap.overGcThreshold()) return left(pc + 1) | SAFEPOINT;
                }
                case EQ, LT, LE, EQK, EQI, LTI, LEI, GTI, GEI, TEST, TESTSET -> {
                    int taken = switch ((int) i & 0xFF) {
                        case LT, LE -> FastOps.lessThan(rb, i);
                        case EQ, EQK -> FastOps.equal(rb, k, i);
                        case TEST, TESTSET -> FastOps.test(rb, i);
                        default -> FastOps.compareImmediate(rb, i);
                    };
                    if (taken < 0) return left(pc);
                    if (taken == 0) {
                        pc++;
                    } else {
                        long jump = code[pc + 1];
                        pc += (int) sbx(jump) + 1;
                        if (jump < 0 && t.heap.overGcThreshold()) return left(pc + 1) | SAFEPOINT; // a loop's test
                    }
                }
                case FORLOOP -> {
                    int more = FastOps.forLoop(rb, i);
                    if (more < 0) return left(pc);
                    if (more > 0) pc += (int) sbx(i ^ FORLOOP);
                    if (t.heap.overGcThreshold()) return left(pc + 1) | SAFEPOINT;
                }
                case FORPREP -> {
                    int skip = FastOps.forPrep(rb, i);
                    if (skip < 0) return left(pc);
                    if (skip > 0) pc += (int) sbx(i ^ FORPREP);
                }
                case TFORLOOP -> {
                    long w = i ^ TFORLOOP;
                    long v = reg(rb, a(w) + 4);
                    if (v != NIL) {
                        put(rb, a(w) + 2, v);
                        pc += (int) sbx(w);
                    }
                    if (t.heap.overGcThreshold()) return left(pc + 1) | SAFEPOINT;
                }
                case CALL -> {
                    CallFrame callee = FastOps.call(t, f, base, rb, pc, i);
                    if (callee == null) { // not a Lua function run here: a Java function, perhaps
                        int called = FastHeavy.execute(t, f, base, rb, k, cl, pc, i);
                        if (called < 0) return left(pc);
                        if (called == FastHeavy.RELOAD) return left(pc + 1) | MOVED;
                        pc++;
                        continue;
                    }
                    int r;
                    do { // again for each function the callee's frame tail-calls
                        if (t.heap.overGcThreshold()) return left(0) | MOVED | SAFEPOINT;
                        if (nesting == MAX_NESTING) return left(0) | MOVED;
                        r = run(t, callee, callee.proto.code, 0, nesting + 1);
                    } while (r == TAILED);
                    if (r != RETURNED) return r | MOVED; // stopped in the callee or deeper
                }
                case TAILCALL -> {
                    // frame f is handed to the callee, which the activation that called f runs
                    if (nesting == 0 || !FastOps.tailCall(t, f, base, rb, i)) return left(pc);
                    return TAILED;
                }
                case RETURN0, RETURN1, RETURN -> {
                    if (nesting > 0) return FastOps.retNested(t, f, base, i) ? RETURNED : left(pc);
                    CallFrame caller = FastOps.ret(t, f, base, pc, i);
                    return caller == null ? left(pc) : left(caller.pc) | MOVED;
                }
                default -> {
                    return left(pc);
                }
            }
            pc++;
        }
    }
}
