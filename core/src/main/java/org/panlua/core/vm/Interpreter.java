package org.panlua.core.vm;

import org.panlua.memory.object.Closure;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import static org.panlua.core.vm.FastOps.reg;
import static org.panlua.core.vm.FastOps.put;
import static org.panlua.core.vm.Ops.*;

/**
 * The outer dispatch loop (DESIGN.md section 8): one Java invocation runs Lua frames of a
 * coroutine until the frame it was entered for returns. It hands each frame to {@link
 * FastLoop}, which runs what needs no call out (Lua-to-Lua calls and returns among it), and
 * runs in full the instruction that loop leaves: metamethods, coercions, allocation, errors,
 * Java functions, protected calls, varargs, hooks. Before a call out it saves the pc and raises
 * the top above the frame's registers, so that errors know the line and metamethods cannot
 * clobber registers.
 *
 * <p>{@code rb} is the address of register 0; it is reloaded after every call out, since the
 * stack may have moved.
 */
final class Interpreter {
    private Interpreter() {}

    private static final long NIL = Value.NIL_WORD;



    /**
     * Runs until the frame that is running now returns (it must be marked {@code FRESH}).
     * Errors are caught here for the protected calls the loop runs itself ({@code PROTECTED}
     * frames above index {@code floor}): those are unwound and the loop goes on in their
     * caller. Others propagate.
     */
    static void execute(LuaThread t, int floor) {
        while (true) {
            try {
                run(t);
                return;
            } catch (LuaError e) {
                if (!t.recoverInLoop(e, floor)) throw e;
            } catch (StackOverflowError e) {
                LuaError error = new LuaError(t.state.string(t.positioned("stack overflow", t.depth - 1)));
                if (!t.recoverInLoop(error, floor)) throw error;
            } catch (org.panlua.memory.heap.NotEnoughMemoryException e) {
                LuaError error = t.memoryError();
                if (!t.recoverInLoop(error, floor)) throw error;
            }
        }
    }

    private static void run(LuaThread t) {
        CallFrame f = t.frame;
        boolean midFrame = false; // the next frame goes on in the middle of its code
        frames:
        while (true) {
            final LoadedProto p = f.proto;
            // A return reached a Java frame: only a loop-run pcall that was itself a
            // coroutine's body ends that way (every other Java caller entered a FRESH frame).
            if (p == null) {
                if (t.depth == 1) return;
                throw new IllegalStateException("the interpreter returned into a Java frame"); // a bug, never silent
            }
            if (t.heap.overGcThreshold()) t.safepoint(midFrame);
            midFrame = false;
            // With line or count hooks, the frame runs a copy of its code whose opcodes are
            // TRAP (see Hooks), so that no instruction pays for hooks when none is set.
            long[] code = t.hookMask == 0 ? p.code : Hooks.enter(t, f);
            final long[] k = p.k;
            final long cl = Value.address(f.function);
            final int base = f.base;
            long rb = t.stack + ((long) base << 3);
            int pc = f.pc;
            while (true) {
                int exit = FastLoop.run(t, f, code, pc);
                pc = exit >>> 2;
                if ((exit & FastLoop.MOVED) != 0) { // it called or returned: on in the frame it stopped in
                    f = t.frame;
                    f.pc = pc; // a safepoint due runs on entering the frame
                    midFrame = true; // its live registers are anywhere in its window
                    continue frames;
                }
                if ((exit & FastLoop.SAFEPOINT) != 0) {
                    rb = safepoint(t, f, pc, base);
                    continue;
                }
                final long i = code[pc++];
                final int a = (int) (i >>> 8) & 0x7FFF;
                // What the fast loop leaves: every instruction in full, through the general
                // paths (metamethods, coercions, allocation, errors), the pc saved first so that
                // errors know the line. Before a call out, the top is raised above the frame's
                // registers, so that metamethods cannot clobber them; calls, returns and
                // SETLIST read the top a multiple-result instruction left instead.
                f.pc = pc;
                switch ((int) i & 0xFF) {
                    case GETTABUP, GETFIELD, GETTABLE, GETI, SELF -> {
                        int b = (int) (i >>> 24) & 0xFFFFF;
                        int c = (int) (i >>> 44);
                        int op = (int) i & 0xFF;
                        long o = op == GETTABUP ? Upvalue.get(Closure.upvalue(cl, b)) : reg(rb, b);
                        long key = switch (op) {
                            case GETTABLE -> reg(rb, c);
                            case GETI -> Value.ofInlineInteger(c);
                            case SELF -> (i & (1L << 23)) != 0 ? k[c] : reg(rb, c);
                            default -> k[c];
                        };
                        if (op == SELF) put(rb, a + 1, o);
                        t.top = f.top;
                        long v = TableAccess.index(t, o, key);
                        rb = t.stack + ((long) base << 3);
                        put(rb, a, v);
                    }
                    case SETTABUP, SETFIELD, SETTABLE, SETI -> {
                        int b = (int) (i >>> 24) & 0xFFFFF;
                        int op = (int) i & 0xFF;
                        long o = op == SETTABUP ? Upvalue.get(Closure.upvalue(cl, a)) : reg(rb, a);
                        long key = op == SETTABLE ? reg(rb, b) : op == SETI ? Value.ofInlineInteger(b) : k[b];
                        int c = (int) (i >>> 44);
                        t.top = f.top;
                        store(t, o, key, (i & (1L << 23)) != 0 ? k[c] : reg(rb, c));
                        rb = t.stack + ((long) base << 3);
                    }
                    case NEWTABLE -> {
                        put(rb, a, t.state.newTable((int) (i >>> 24) & 0xFFFFF, (int) (i >>> 44)));
                        if (t.heap.overGcThreshold()) rb = allocationSafepoint(t, f, pc, base, a + 1);
                    }
                    case ADDI, ADD, SUB, MUL, ADDK, SUBK, MULK, MODK, POWK, DIVK, IDIVK, BANDK, BORK, BXORK, SHRI,
                         SHLI, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR -> {
                        t.top = f.top;
                        long r = Slow.binary(t, i, rb, k);
                        rb = t.stack + ((long) base << 3);
                        put(rb, a, r);
                    }
                    case UNM, BNOT, LEN -> {
                        t.top = f.top;
                        long r = Slow.unary(t, i, reg(rb, (int) (i >>> 24) & 0xFFFFF));
                        rb = t.stack + ((long) base << 3);
                        put(rb, a, r);
                    }
                    case CONCAT -> {
                        t.top = f.top;
                        Concat.concat(t, base + a, (int) (i >>> 24) & 0xFFFFF);
                        rb = t.stack + ((long) base << 3);
                    }
                    case CLOSE -> {
                        t.top = f.top;
                        t.close(base + a, NIL, true);
                        rb = t.stack + ((long) base << 3);
                    }
                    case TBC -> t.markToBeClosed(base + a);
                    case EQ, LT, LE, EQK, EQI, LTI, LEI, GTI, GEI -> {
                        t.top = f.top;
                        boolean cond = Slow.compare(t, i, reg(rb, a), rb, k);
                        rb = t.stack + ((long) base << 3);
                        if (cond != ((i & (1L << 23)) != 0)) {
                            pc++;
                        } else {
                            long jump = code[pc];
                            pc += (int) (jump >> 24) + 1;
                            if (jump < 0 && t.heap.overGcThreshold()) rb = safepoint(t, f, pc, base); // a loop's test
                        }
                    }
                    case CALL -> {
                        int b = (int) (i >>> 24) & 0xFFFFF;
                        int func = base + a;
                        if (b != 0) t.top = func + b;
                        long fw = reg(rb, a);
                        while (!Value.isFunction(fw)) {
                            t.insertCallMetamethod(func);
                            fw = t.get(func);
                        }
                        long c = Value.address(fw);
                        int nresults = (int) (i >>> 44) - 1;
                        if (Closure.isLua(c)) {
                            f = t.enterLua(func, t.top - func - 1, nresults, c);
                            continue frames;
                        }
                        if (t.state.isProtectedCall(c) && t.enterProtected(func, nresults, c)) {
                            f = t.frame; // the protected Lua function, or back here when it was Java
                            continue frames;
                        }
                        if (t.state.isYield(c) && t.yieldFromLoop(func, nresults, c)) return; // back to the resume
                        t.callJava(func, nresults, c);
                        rb = t.stack + ((long) base << 3);
                        if (t.hookMask != 0) code = Hooks.code(t, f); // the function may have set a hook
                    }
                    case TAILCALL -> {
                        int b = (int) (i >>> 24) & 0xFFFFF;
                        int func = base + a;
                        if (b != 0) t.top = func + b;
                        if ((i & (1L << 23)) != 0) t.closeUpvalues(base);
                        long fw = t.get(func);
                        while (!Value.isFunction(fw)) {
                            t.insertCallMetamethod(func);
                            fw = t.get(func);
                        }
                        long c = Value.address(fw);
                        if (Closure.isLua(c)) {
                            int nargs = t.top - func - 1;
                            int dst = f.func;
                            for (int j = 0; j <= nargs; j++) t.set(dst + j, t.get(func + j));
                            t.top = dst + nargs + 1;
                            int status = f.status;
                            int nresults = f.nresults;
                            t.popFrame();
                            f = t.enterLua(dst, nargs, nresults, c);
                            f.status = (status & CallFrame.FRESH) | CallFrame.TAIL;
                            continue frames;
                        }
                        if (t.state.isProtectedCall(c) && t.enterProtected(func, -1, c)) {
                            // Not a tail call after all: the RETURN that follows every TAILCALL
                            // returns the protected call's results, and a yield may cross it.
                            f = t.frame;
                            continue frames;
                        }
                        t.callJava(func, -1, c);
                        if (t.returnFrom(f, func, t.top - func)) return;
                        f = t.frame;
                        continue frames;
                    }
                    case RETURN -> {
                        int n = ((int) (i >>> 24) & 0xFFFFF) - 1;
                        if (n < 0) n = t.top - (base + a);
                        if ((i & (1L << 23)) != 0) {
                            f.pending = n; // a __close may yield: the RETURN then runs again
                            t.top = base + a + n;
                            t.close(base, NIL, true);
                        }
                        if (t.returnFrom(f, base + a, n)) return;
                        f = t.frame;
                        continue frames;
                    }
                    case RETURN0 -> {
                        if (t.returnFrom(f, base, 0)) return;
                        f = t.frame;
                        continue frames;
                    }
                    case RETURN1 -> {
                        if (t.returnFrom(f, base + a, 1)) return;
                        f = t.frame;
                        continue frames;
                    }
                    case FORLOOP -> { // not two integers nor a float step: boxed integers
                        if (ForLoop.step(t, base + a)) pc += (int) (i >> 24);
                        if (t.heap.overGcThreshold()) rb = safepoint(t, f, pc, base);
                    }
                    case FORPREP -> {
                        if (ForLoop.prepare(t, base + a)) pc += (int) (i >> 24);
                    }
                    case TFORPREP -> {
                        t.markToBeClosed(base + a + 3);
                        pc += (int) (i >> 24);
                    }
                    case TFORCALL -> {
                        // A call like CALL's, so the iterator may yield like any callee.
                        put(rb, a + 4, reg(rb, a));
                        put(rb, a + 5, reg(rb, a + 1));
                        put(rb, a + 6, reg(rb, a + 2));
                        int func = base + a + 4;
                        t.top = func + 3;
                        long it = reg(rb, a + 4);
                        while (!Value.isFunction(it)) {
                            t.insertCallMetamethod(func);
                            it = t.get(func);
                        }
                        long c = Value.address(it);
                        int nresults = (int) (i >>> 44);
                        if (Closure.isLua(c)) {
                            f = t.enterLua(func, t.top - func - 1, nresults, c);
                            continue frames;
                        }
                        if (t.state.isProtectedCall(c) && t.enterProtected(func, nresults, c)) {
                            f = t.frame;
                            continue frames;
                        }
                        t.callJava(func, nresults, c);
                        rb = t.stack + ((long) base << 3);
                        if (t.hookMask != 0) code = Hooks.code(t, f);
                    }
                    case SETLIST -> {
                        int c = (int) (i >>> 44);
                        if ((i & (1L << 23)) != 0) c = (int) (code[pc++] >>> 24);
                        int n = (int) (i >>> 24) & 0xFFFFF;
                        if (n == 0) n = t.top - (base + a) - 1;
                        Slow.setList(t, base + a, n, c);
                    }
                    case CLOSURE -> {
                        put(rb, a, Slow.closure(t, p.children[(int) (i >>> 24)], cl, base));
                    }
                    case VARARG -> {
                        Slow.vararg(t, f, base + a, (int) (i >>> 44) - 1);
                        rb = t.stack + ((long) base << 3);
                    }
                    case VARARGPREP -> {
                        t.adjustVarargs(f); // runs the call hook, when set
                        continue frames;
                    }
                    case Hooks.TRAP -> {
                        code = Hooks.trap(t, f, pc - 1); // the hooks; the instruction is real now
                        rb = t.stack + ((long) base << 3);
                        pc = f.pc;
                    }
                    default -> throw new IllegalStateException("bad opcode " + ((int) i & 0xFF));
                }
            }
        }
    }

    /**
     * Runs a resumed coroutine's frames ({@code unroll}): a yield left them in place, the
     * yield's own frame already finished. Each Lua frame on top is either waiting on a call or
     * was interrupted inside an instruction by a metamethod or {@code __close} call that yielded
     * (returned now): that instruction is finished, then the loop runs the frame until a
     * {@code FRESH} frame returns. A Java frame on top called Lua with a continuation, or is a
     * protected call closing variables after an error. Errors go to the protected calls among
     * the frames.
     */
    static void unroll(LuaThread t) {
        while (t.depth > 1) {
            try {
                CallFrame f = t.frame;
                if (f.isLua()) {
                    finishOp(t, f);
                    execute(t, 0);
                } else if ((f.status & CallFrame.RECOVERING) != 0) {
                    t.finishRecovery();
                } else {
                    t.finishContinued();
                }
                if (t.yielded) return;
            } catch (LuaError e) {
                if (!t.recoverInLoop(e, 0)) throw e;
            } catch (StackOverflowError e) {
                LuaError error = new LuaError(t.state.string(t.positioned("stack overflow", t.depth - 1)));
                if (!t.recoverInLoop(error, 0)) throw error;
            } catch (org.panlua.memory.heap.NotEnoughMemoryException e) {
                LuaError error = t.memoryError();
                if (!t.recoverInLoop(error, 0)) throw error;
            }
        }
    }

    /**
     * Finishes the instruction before {@code f.pc} after the call it made returned ({@code
     * luaV_finishOp}); the call's one result, if any, is on top. A frame waiting on an ordinary
     * call ({@code CALL}, {@code TAILCALL}, {@code TFORCALL}) or a store needs nothing.
     */
    static void finishOp(LuaThread t, CallFrame f) {
        long i = f.proto.code[f.pc - 1];
        int a = (int) (i >>> 8) & 0x7FFF;
        int op = (int) i & 0xFF;
        switch (op) {
            case GETTABUP, GETTABLE, GETI, GETFIELD, SELF, ADDI, ADDK, SUBK, MULK, MODK, POWK, DIVK, IDIVK,
                 BANDK, BORK, BXORK, SHRI, SHLI, ADD, SUB, MUL, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL,
                 SHR, UNM, BNOT, LEN -> {
                t.set(f.base + a, t.get(t.top - 1));
                t.top = f.top;
            }
            case EQ, LT, LE, EQK, EQI, LTI, LEI, GTI, GEI -> {
                boolean cond = !Value.isFalsy(t.get(t.top - 1));
                if ((f.status & CallFrame.NEGATED) != 0) {
                    f.status &= ~CallFrame.NEGATED;
                    cond = !cond;
                }
                t.top = f.top;
                if (cond != ((i & (1L << 23)) != 0)) f.pc++; // skip the jump; else it runs next
            }
            case CONCAT -> {
                int n = f.pending; // the metamethod's result is the last of these
                t.set(f.base + a + n - 1, t.get(t.top - 1));
                t.top = f.top;
                Concat.concat(t, f.base + a, n);
            }
            case CLOSE -> {
                t.top = f.top;
                f.pc--; // closes the variables left
            }
            case RETURN -> {
                t.top = f.base + a + f.pending;
                f.pc--; // closes the variables left, then returns
            }
            default -> { }
        }
    }

    /**
     * A backward jump found a collection step (or an interrupt) due: saves the pc and runs it;
     * the stack may have moved, so the new register base is returned.
     */
    private static long safepoint(LuaThread t, CallFrame f, int pc, int base) {
        f.pc = pc;
        t.safepoint();
        return t.stack + ((long) base << 3);
    }

    /**
     * A collection step due after an allocation into register {@code live - 1}, which the
     * compiler always takes from the free ones: the registers above it are dead, and are
     * cleared, as the reference clears the stack above its top, so that stale temporaries
     * (a loop's, which no instruction overwrites) do not keep garbage alive.
     */
    private static long allocationSafepoint(LuaThread t, CallFrame f, int pc, int base, int live) {
        FastOps.clearDead(f, t.stack + ((long) base << 3), live);
        return safepoint(t, f, pc, base);
    }

    /** {@code o[key] = v}: raw when the table has no metatable, else through {@code __newindex}. */
    private static void store(LuaThread t, long o, long key, long v) {
        if (Value.isTable(o) && Tables.metatable(Value.address(o)) == 0) TableAccess.rawSet(t, Value.address(o), key, v);
        else TableAccess.setIndex(t, o, key, v);
    }
}
