package org.panlua.core.vm;

import org.panlua.memory.value.Value;

import static org.panlua.core.vm.Ops.*;

/**
 * The outer dispatch loop (DESIGN.md section 8): one Java invocation runs Lua frames of a
 * coroutine until the frame it was entered for returns. It hands each frame to {@link
 * FastLoop}, which runs what needs no call out (Lua-to-Lua calls and returns among it), and
 * has the instruction that loop leaves run in full by {@link OuterOps}: metamethods,
 * coercions, allocation, errors, Java functions, protected calls, varargs. The loop itself
 * keeps only the control flow: which frame runs, its code (hooks), its pc, and when to return.
 * It stays small so that HotSpot compiles it cheaply (see {@link OuterOps}).
 */
final class Interpreter {
    private Interpreter() {}

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
            // A return reached a Java frame: only a loop-run pcall that was itself a
            // coroutine's body ends that way (every other Java caller entered a FRESH frame).
            if (f.proto == null) {
                if (t.depth == 1) return;
                throw new IllegalStateException("the interpreter returned into a Java frame"); // a bug, never silent
            }
            if (t.heap.overGcThreshold()) t.safepoint(midFrame);
            midFrame = false;
            // With line or count hooks, the frame runs a copy of its code whose opcodes are
            // TRAP (see Hooks), so that no instruction pays for hooks when none is set.
            long[] code = t.hookMask == 0 ? f.proto.code : Hooks.enter(t, f);
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
                    OuterOps.safepoint(t, f, pc);
                    continue;
                }
                // What the fast loop leaves: the instruction in full, out of this method (see
                // OuterOps), the pc saved first so that errors know the line.
                final long i = code[pc++];
                f.pc = pc;
                if (((int) i & 0xFF) == Hooks.TRAP) {
                    code = Hooks.trap(t, f, pc - 1); // the hooks; the instruction is real now
                    pc = f.pc;
                    continue;
                }
                int next = OuterOps.execute(t, f, code, pc, i);
                if (next >= 0) {
                    pc = next;
                } else if (next == OuterOps.CALLED) {
                    pc = f.pc;
                    if (t.hookMask != 0) code = Hooks.code(t, f); // the function may have set a hook
                } else if (next == OuterOps.FRAME) {
                    f = t.frame;
                    continue frames;
                } else {
                    return; // STOP
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
}
