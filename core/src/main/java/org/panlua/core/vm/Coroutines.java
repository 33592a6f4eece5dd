package org.panlua.core.vm;

import org.panlua.memory.heap.NotEnoughMemoryException;
import org.panlua.memory.object.ThreadObject;
import org.panlua.memory.value.Value;

/**
 * Coroutines: each is a {@link LuaThread} with its own stack and frames. A resume runs the
 * coroutine's frames in a nested interpreter invocation; a yield unwinds the Java stack back to
 * the resume with {@link Yield}, leaving the coroutine's frames in place, and the next resume
 * finishes the yield's frame with the resume's arguments and runs the frames again
 * ({@link Interpreter#unroll}).
 *
 * <p>A yield can only leave frames that can be finished that way: Lua frames (also those
 * interrupted inside an instruction by a metamethod or {@code __close} call), Java frames
 * that called Lua with a continuation ({@link LuaThread#callContinued}), protected calls run by
 * the loop, and the yield itself. Where any other Java-level call into Lua is active in the
 * coroutine (a Java function calling back, a hook, a finalizer), it raises
 * {@code attempt to yield across a C-call boundary}.
 */
public final class Coroutines {
    private Coroutines() {}

    /** Unwinds a coroutine to its resume; carries nothing (the values stay on its stack). */
    static final class Yield extends RuntimeException {
        Yield() {
            super(null, null, false, false);
        }
    }

    private static final Yield YIELD = new Yield();

    /** A new suspended coroutine with body {@code f}; its value. */
    public static long create(LuaState state, long f) {
        LuaThread co = new LuaThread(state, 64);
        co.set(co.top++, f);
        return co.self;
    }

    /** The coroutine of a thread value. */
    public static LuaThread of(LuaState state, long w) {
        return (LuaThread) state.handles.get(ThreadObject.handle(Value.address(w)));
    }

    public static LuaThread current(LuaState state) {
        return state.current;
    }

    /** {@code running}, {@code suspended}, {@code normal} or {@code dead}. */
    public static String status(LuaThread co) {
        if (co == co.state.current) return "running";
        return switch (co.status) {
            case LuaThread.SUSPENDED -> "suspended";
            case LuaThread.NORMAL -> "normal";
            case LuaThread.RUNNING -> "running";
            default -> "dead";
        };
    }

    public static boolean isYieldable(LuaThread co) {
        return co != co.state.main && co.nonYieldable == 0;
    }

    /**
     * Resumes {@code co} with the top {@code nargs} values of {@code L}'s stack, which are
     * popped. Returns the number of values (results or yielded values) then pushed on
     * {@code L}, or -1 with the error value pushed.
     */
    public static int resume(LuaThread L, LuaThread co, int nargs) {
        String refusal = null;
        if (co.status == LuaThread.DEAD) refusal = "cannot resume dead coroutine";
        else if (co.status != LuaThread.SUSPENDED || co == L) refusal = "cannot resume non-suspended coroutine";
        else if (L.javaDepth >= LuaThread.MAX_JAVA_DEPTH) refusal = "C stack overflow";
        if (refusal != null) {
            L.top -= nargs;
            L.push(L.state.string(refusal));
            return -1;
        }
        co.ensureStack(co.top + nargs + LuaThread.MIN_STACK);
        for (int i = 0; i < nargs; i++) co.set(co.top + i, L.get(L.top - nargs + i));
        co.top += nargs;
        L.top -= nargs;
        LuaState state = L.state;
        LuaThread previous = state.current;
        state.current = co;
        L.status = LuaThread.NORMAL;
        co.status = LuaThread.RUNNING;
        co.javaDepth = L.javaDepth + 1;
        try {
            if (!co.started) {
                co.started = true;
                long body = co.get(1);
                if (Value.isFunction(body) && state.isProtectedCall(Value.address(body))) {
                    startProtected(co, Value.address(body));
                } else {
                    co.invoke(1, -1);
                }
            } else {
                int yieldSlot = co.frame.func;
                co.finishCall(co.frame, co.top - nargs, nargs); // the yield returns the arguments
                co.finishProtected(yieldSlot);
                Interpreter.unroll(co);
            }
            if (co.yielded) { // the loop returned here at a yield
                co.yielded = false;
                return suspended(co, L);
            }
            co.status = LuaThread.DEAD;
            return transfer(co, L, co.top - 1);
        } catch (Yield y) {
            return suspended(co, L);
        } catch (LuaError e) {
            return died(L, co, e);
        } catch (StackOverflowError e) {
            return died(L, co, new LuaError(state.string("stack overflow")));
        } catch (NotEnoughMemoryException e) {
            return died(L, co, co.memoryError());
        } finally {
            state.current = previous;
            L.status = LuaThread.RUNNING;
        }
    }

    /** Starts a coroutine whose body is pcall or xpcall itself, so that it may yield inside. */
    private static void startProtected(LuaThread co, long body) {
        boolean entered;
        try {
            entered = co.enterProtected(1, -1, body);
        } catch (LuaError e) { // raised by a Java function run at once: the protected call catches it
            if (!co.recoverInLoop(e, 0)) throw e;
            return;
        }
        if (!entered) co.invoke(1, -1);
        else if (co.depth > 1) Interpreter.execute(co, 0);
    }

    /** The coroutine yielded: the yield's arguments go to {@code L}. */
    private static int suspended(LuaThread co, LuaThread L) {
        co.status = LuaThread.SUSPENDED;
        return transfer(co, L, co.top - co.frame.base);
    }

    private static int died(LuaThread L, LuaThread co, LuaError e) {
        if (e.hasPendingMessage()) e.resolve(L.state.string(e.pendingMessage()));
        co.status = LuaThread.DEAD;
        co.error = e.value();
        L.push(e.value());
        return -1;
    }

    /** Moves the top {@code n} values of {@code from} to {@code to}. */
    private static int transfer(LuaThread from, LuaThread to, int n) {
        to.ensureStack(to.top + n + LuaThread.MIN_STACK);
        for (int i = 0; i < n; i++) to.set(to.top + i, from.get(from.top - n + i));
        to.top += n;
        from.top -= n;
        return n;
    }

    /** {@code coroutine.yield(...)}: called as a Java function in the running coroutine. */
    public static int yield(LuaThread L) {
        // raised by the yield itself, a Java function: no position
        if (L == L.state.main) throw new LuaError(L.state.string("attempt to yield from outside a coroutine"));
        if (L.nonYieldable > 0) throw new LuaError(L.state.string("attempt to yield across a C-call boundary"));
        throw YIELD;
    }

    /**
     * {@code coroutine.close}: closes a suspended or dead coroutine's pending to-be-closed
     * variables. Returns null on success, else the error value's carrier.
     */
    public static LuaError close(LuaThread L, LuaThread co) {
        if (co == L.state.current) throw L.error("cannot close a running coroutine");
        if (co.status == LuaThread.NORMAL) throw L.error("cannot close a normal coroutine");
        long error = co.error;
        co.error = Value.NIL_WORD;
        boolean failed = co.status == LuaThread.DEAD && error != Value.NIL_WORD;
        co.status = LuaThread.DEAD;
        if (co.tbcCount > 0) {
            co.depth = 1;
            co.frame = co.frames[0];
            co.top = Math.max(co.top, co.tbcSlots[co.tbcCount - 1] + 1);
            // The closing methods run in the coroutine, which is running meanwhile.
            LuaState state = L.state;
            LuaThread previous = state.current;
            state.current = co;
            co.status = LuaThread.RUNNING;
            // The closer's call counts the next Java level: a chain of closes that close
            // other coroutines reaches the limit exactly, raising "C stack overflow".
            co.javaDepth = L.javaDepth;
            LuaError e;
            try {
                e = co.protectedClose(failed ? error : Value.NIL_WORD);
            } finally {
                state.current = previous;
                co.status = LuaThread.DEAD;
            }
            if (e != null) return e;
        }
        co.closeUpvalues(0);
        return failed ? new LuaError(error) : null;
    }
}
