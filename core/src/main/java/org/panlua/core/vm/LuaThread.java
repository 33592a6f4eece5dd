package org.panlua.core.vm;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.heap.NotEnoughMemoryException;
import org.panlua.memory.object.Closure;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.util.Arrays;

/**
 * A coroutine: its stack of value words in native memory, its call frames and its open
 * upvalues (DESIGN.md section 8). It is also the API Java functions use, in the manner of the
 * C API: arguments by position, results pushed.
 *
 * <p>The stack is addressed by slot index; its address changes when it grows, and every open
 * upvalue is then re-pointed, so no raw stack address is held across anything that may grow it.
 */
public final class LuaThread extends JavaApi {
    /** Slots a Lua stack may reach ({@code LUAI_MAXSTACK}). */
    static final int MAX_STACK = 1_000_000;
    /** Free slots a Java function may push without asking ({@code LUA_MINSTACK}). */
    static final int MIN_STACK = 20;
    /** Nested Java-level calls before {@code C stack overflow} ({@code LUAI_MAXCCALLS}). */
    static final int MAX_JAVA_DEPTH = 200;

    final NativeHeap heap;
    final Tables tables;
    /** Address of slot 0. */
    long stack;
    /** Slots allocated. */
    int stackSize;
    /** First free slot. */
    int top;
    CallFrame[] frames = new CallFrame[32];
    /** Frames in use; {@code frames[depth - 1]} is the running one. */
    int depth;
    CallFrame frame;
    /** Head of the open upvalues, highest slot first (addresses). */
    long openUpvalues;
    /** Nested Java-level calls (interpreter re-entries and Java functions calling Lua). */
    int javaDepth;
    /** Slots of the open to-be-closed variables, in order of creation. */
    int[] tbcSlots = new int[8];
    int tbcCount;

    /** Coroutine states, as {@code coroutine.status} names them. */
    static final int SUSPENDED = 0, RUNNING = 1, NORMAL = 2, DEAD = 3;

    /** This coroutine as a value. */
    public final long self;
    int status = SUSPENDED;
    /** True once the body has been called (a suspended coroutine that started is in a yield). */
    boolean started;
    /**
     * Java-level calls into Lua now active in this coroutine ({@code nny}): a yield would have
     * to cross them, which only the interpreter's own frames can survive.
     */
    int nonYieldable;
    /**
     * Java-level calls into Lua now active in this coroutine ({@link #callAt},
     * {@link #callFromVm}, {@link #callContinued}): Java frames between the resume and the
     * running interpreter invocation.
     */
    int javaCalls;
    /**
     * Set when the loop yielded by returning to the resume (see {@link #yieldFromLoop}), which
     * clears it.
     */
    boolean yielded;
    /** The error that killed this coroutine, until {@code coroutine.close} reports it. */
    long error = Value.NIL_WORD;

    // Debug hooks (see Hooks): the hook, its event mask, the count hook's period and countdown,
    // false while a hook runs, and the instruction of the last line check.
    Hook hook;
    int hookMask;
    int baseHookCount;
    int hookCount;
    boolean allowHook = true;
    int oldPc;

    LuaThread(LuaState state) {
        this(state, 256);
    }

    LuaThread(LuaState state, int initialSlots) {
        super(state);
        this.heap = state.heap;
        this.tables = state.tables;
        this.self = Value.ofObject(Value.THREAD,
                org.panlua.memory.object.ThreadObject.allocate(heap, state.handles.add(this)));
        this.stackSize = initialSlots;
        this.stack = heap.allocate(8L * stackSize);
        Mem.fill(stack, 8L * stackSize, (byte) -1);
        makeFrames(0);
        // The base frame: a Java frame for the embedding code that calls into Lua.
        frame = frames[0];
        frame.status = CallFrame.JAVA;
        frame.func = 0;
        frame.base = 1;
        frame.nresults = -1;
        top = 1;
        depth = 1;
        if (state.current != null) Hooks.inherit(this, state.current);
    }

    @Override
    LuaThread thread() {
        return this;
    }

    // ---- Stack -----------------------------------------------------------------------------
    long get(int slot) {
        return Mem.getLong(stack + ((long) slot << 3));
    }

    void set(int slot, long w) {
        Mem.putLong(stack + ((long) slot << 3), w);
    }

    /** Makes sure slots up to {@code needed} (exclusive) exist; may move the stack. */
    void ensureStack(int needed) {
        if (needed > stackSize) growStack(needed);
    }

    private void growStack(int needed) {
        if (needed > MAX_STACK) {
            if (stackSize < MAX_STACK + 200) {
                reallocateStack(Math.max(needed, MAX_STACK + 200)); // room to handle the error
                throw runError("stack overflow");
            }
            throw new LuaError(state.string("error in error handling"));
        }
        reallocateStack(Math.max(needed, Math.min(stackSize * 2, MAX_STACK)));
    }

    /** Gives back the room an overflow took, keeping what the live frames use. */
    private void shrinkStack() {
        int used = top;
        for (int i = 0; i < depth; i++) used = Math.max(used, frames[i].top);
        if (used < MAX_STACK / 2) reallocateStack(Math.max(2 * used, 256));
    }

    private void reallocateStack(int newSize) {
        long fresh;
        try {
            fresh = heap.allocate(8L * newSize);
        } catch (NotEnoughMemoryException e) {
            throw memoryError();
        }
        Mem.copy(stack, fresh, 8L * Math.min(stackSize, newSize));
        if (newSize > stackSize) Mem.fill(fresh + 8L * stackSize, 8L * (newSize - stackSize), (byte) -1);
        heap.free(stack, 8L * stackSize);
        stack = fresh;
        stackSize = newSize;
        for (long u = openUpvalues; u != 0; u = Upvalue.next(u)) Upvalue.relocate(u, fresh);
    }

    // ---- Frames ----------------------------------------------------------------------------
    CallFrame pushFrame() {
        if (depth == frames.length) {
            int n = frames.length;
            frames = Arrays.copyOf(frames, n * 2);
            makeFrames(n);
        }
        CallFrame f = frames[depth++];
        frame = f;
        return f;
    }

    /** Fills {@code frames} from index {@code from} up with new frames, linked to their neighbours. */
    private void makeFrames(int from) {
        for (int i = from; i < frames.length; i++) {
            CallFrame f = new CallFrame();
            f.level = i;
            if (i > 0) {
                f.previous = frames[i - 1];
                f.previous.next = f;
            }
            frames[i] = f;
        }
    }

    /** {@link #pushFrame} of {@code n}, the running frame's successor ({@code next}), which exists. */
    CallFrame pushNext(CallFrame n) {
        depth = n.level + 1;
        frame = n;
        return n;
    }

    void popFrame() {
        frame = frames[--depth - 1];
    }

    /**
     * Enters Lua function {@code c} (an address) called at slot {@code func} with {@code nargs}
     * arguments above it: pads missing parameters with nil and pushes its frame.
     */
    CallFrame enterLua(int func, int nargs, int nresults, long c) {
        return enterLua(func, nargs, nresults, c, state.proto(c));
    }

    /** {@link #enterLua(int, int, int, long)} with the prototype of {@code c} already at hand. */
    CallFrame enterLua(int func, int nargs, int nresults, long c, LoadedProto p) {
        int base = func + 1;
        int needed = base + Math.max(nargs, p.numParams) + p.maxStack + 1;
        if (p.isVararg) needed += nargs + 1;
        if (needed > stackSize) growStack(needed);
        for (int i = nargs; i < p.numParams; i++) set(base + i, Value.NIL_WORD);
        return initLuaFrame(pushFrame(), func, nargs, nresults, Value.ofObject(Value.FUNCTION, c), p);
    }

    /**
     * Fills {@code f}, the frame just pushed, for Lua function {@code function} (a word) of
     * prototype {@code p} called at slot {@code func}; the stack has room and missing
     * parameters are nil already.
     */
    static CallFrame initLuaFrame(CallFrame f, int func, int nargs, int nresults, long function, LoadedProto p) {
        f.func = func;
        f.base = func + 1;
        f.top = func + 1 + p.maxStack;
        f.pc = 0;
        f.nresults = nresults;
        f.nargs = nargs;
        f.nvarargs = 0;
        f.status = 0;
        f.function = function;
        // Frames are reused per depth, and a depth mostly sees the same function again: skipping
        // the unchanged reference store skips the collector's write barrier on every call.
        if (f.proto != p) f.proto = p;
        return f;
    }

    /**
     * Runs {@code VARARGPREP}: moves the function and its fixed parameters above the extra
     * arguments, so the registers start after them and {@code VARARG} finds them below the base.
     */
    void adjustVarargs(CallFrame f) {
        int nfixed = f.proto.numParams;
        int actual = Math.max(f.nargs, nfixed);
        int extra = actual - nfixed;
        int newFunc = f.func + actual + 1;
        set(newFunc, get(f.func));
        for (int i = 1; i <= nfixed; i++) {
            set(newFunc + i, get(f.func + i));
            set(f.func + i, Value.NIL_WORD);
        }
        f.base = newFunc + 1;
        f.top = f.base + f.proto.maxStack;
        f.nvarargs = extra;
        if (hookMask != 0) Hooks.varargCall(this, f);
    }

    /**
     * Moves {@code n} results from slot {@code first} to the frame's function slot, adjusted
     * to what the caller wants, and pops the frame.
     */
    void finishCall(CallFrame f, int first, int n) {
        if (hookMask != 0) Hooks.returning(this, f, first, n);
        moveResults(f, first, n);
        popFrame();
    }

    /**
     * {@link #finishCall} of the running frame {@code f} where no hook can be set: in a nested
     * activation of the inner loop, which starts only with no hooks and ends before any Java
     * code that could set one returns ({@link FastHeavy#execute}).
     */
    void finishUnhooked(CallFrame f, int first, int n) {
        moveResults(f, first, n);
        depth = f.level;
        frame = f.previous;
    }

    /** Copies {@code n} results at {@code first} to where frame {@code f}'s caller wants them. */
    private void moveResults(CallFrame f, int first, int n) {
        int dst = f.func;
        int want = f.nresults;
        if (want < 0) {
            for (int i = 0; i < n; i++) set(dst + i, get(first + i));
            top = dst + n;
        } else {
            int m = Math.min(n, want);
            for (int i = 0; i < m; i++) set(dst + i, get(first + i));
            for (int i = m; i < want; i++) set(dst + i, Value.NIL_WORD);
            top = dst + want;
        }
    }

    /** Returns {@code n} results at {@code first} from Lua frame {@code f}; true when it was entered fresh. */
    boolean returnFrom(CallFrame f, int first, int n) {
        boolean fresh = (f.status & CallFrame.FRESH) != 0;
        int func = f.func;
        finishCall(f, first, n);
        finishProtected(func);
        return fresh;
    }

    /**
     * After a function at slot {@code returned} has returned: when it was the function of the
     * loop-run {@code pcall} now on top, that call returns too, with {@code true} in front of
     * the results. (Other functions returning onto that frame, such as a {@code __close} run
     * while unwinding, do not end it.)
     */
    void finishProtected(int returned) {
        // A protected call whose function was itself a protected call ends with it.
        while ((frame.status & CallFrame.PROTECTED) != 0 && returned == frame.func + 1) {
            CallFrame p = frame;
            int first = p.func + 1; // the function's results start there, up to the top
            set(p.func, Value.TRUE_WORD);
            javaDepth = p.javaDepthMark;
            finishCall(p, p.func, top - first + 1);
            returned = p.func;
        }
    }

    /**
     * Runs {@code pcall(f, ...)} or {@code xpcall(f, h, ...)} at slot {@code func} inside the
     * loop: pushes the protected call's own Java frame, then calls {@code f} above it (a Lua
     * function gets a frame the loop runs next; a Java function runs now). False, with nothing
     * done, when the arguments are bad: the library function then runs and reports them.
     */
    boolean enterProtected(int func, int nresults, long pcallClosure) {
        boolean isXpcall = state.isXpcall(pcallClosure);
        int first = func + 1;
        if (top <= first || (isXpcall && (top <= first + 1 || !Value.isFunction(get(first + 1))))) return false;
        long handler = Value.NIL_WORD;
        if (isXpcall) {
            handler = get(first + 1);
            for (int s = first + 1; s < top - 1; s++) set(s, get(s + 1));
            top--;
        }
        if (javaDepth + 1 >= MAX_JAVA_DEPTH) return false; // the library path reports the overflow
        CallFrame p = pushFrame();
        p.func = func;
        p.base = first;
        p.nargs = top - first;
        p.nresults = nresults;
        p.status = CallFrame.JAVA | CallFrame.PROTECTED | (allowHook ? CallFrame.ALLOW_HOOK : 0);
        p.function = Value.ofObject(Value.FUNCTION, pcallClosure);
        p.proto = null;
        p.pc = 0;
        p.top = top;
        p.handler = handler;
        p.javaDepthMark = javaDepth++;
        if (hookMask != 0) Hooks.javaCall(this, p);
        long fw = get(first);
        while (!Value.isFunction(fw)) {
            insertCallMetamethod(first);
            fw = get(first);
        }
        long c = Value.address(fw);
        if (Closure.isLua(c)) {
            enterLua(first, top - first - 1, -1, c);
        } else if (state.isProtectedCall(c) && enterProtected(first, -1, c)) {
            return true; // pcall(pcall, f, ...): the inner one runs in the loop as well
        } else {
            callJava(first, -1, c);
            finishProtected(first);
        }
        return true;
    }

    /**
     * Catches an error for the innermost {@code PROTECTED} frame above {@code floor}: runs its
     * handler where the error happened, unwinds to it, closes what the protected function left
     * open (with the protected call still the running function, as in the reference), and
     * returns {@code false, error} from it. False when there is no such frame.
     *
     * <p>The closing methods may yield: the frame is then {@code RECOVERING}, and an error in a
     * closing method (raised here or after a resume) replaces the error value and the closing
     * goes on.
     */
    boolean recoverInLoop(LuaError e, int floor) {
        int p = depth - 1;
        while (p > floor && (frames[p].status & CallFrame.PROTECTED) == 0) p--;
        if (p <= floor) return false;
        CallFrame pf = frames[p];
        if (e.hasPendingMessage()) e.resolve(state.string(e.pendingMessage()));
        long value = e.value();
        if ((pf.status & CallFrame.RECOVERING) == 0) {
            if (pf.handler != Value.NIL_WORD && !e.isMemoryError()) value = runHandler(pf.handler, value);
            allowHook = (pf.status & CallFrame.ALLOW_HOOK) != 0;
            pf.status |= CallFrame.RECOVERING;
            // Below every pending variable of the protected function, whose registers start above
            pf.errorSlot = pf.func + 1;
        }
        depth = p + 1;
        frame = pf;
        closeUpvalues(pf.func + 1);
        set(pf.errorSlot, value);
        top = Math.max(top, pf.errorSlot + 1);
        finishRecovery();
        return true;
    }

    /**
     * Goes on closing the pending variables of the running {@code RECOVERING} frame, then
     * returns {@code false, error} from it. Each closing method gets the current error; an
     * error it raises becomes the current one.
     */
    void finishRecovery() {
        CallFrame pf = frame;
        int p = depth - 1;
        int level = pf.func + 1;
        while (true) {
            javaDepth = pf.javaDepthMark + 1;
            try {
                while (tbcCount > 0 && tbcSlots[tbcCount - 1] >= level) {
                    // Everything above the variable being closed is dead: the error value moves
                    // just above it and the closing method is called above that (so a yield
                    // inside leaves the value where the resumed closing finds it).
                    int slot = tbcSlots[--tbcCount];
                    long v = get(slot);
                    long error = get(pf.errorSlot);
                    ensureStack(slot + 5);
                    set(slot + 1, error);
                    pf.errorSlot = slot + 1;
                    set(slot + 2, state.metamethod(v, Event.CLOSE));
                    set(slot + 3, v);
                    set(slot + 4, error);
                    top = slot + 5;
                    callYieldable(slot + 2, 0);
                }
                break;
            } catch (LuaError again) {
                if (again.hasPendingMessage()) again.resolve(state.string(again.pendingMessage()));
                depth = p + 1;
                frame = pf;
                set(pf.errorSlot, again.value());
                top = pf.errorSlot + 1;
            }
        }
        long value = get(pf.errorSlot);
        int func = pf.func;
        pf.status &= ~CallFrame.RECOVERING;
        set(func, Value.FALSE_WORD);
        set(func + 1, value);
        javaDepth = pf.javaDepthMark;
        finishCall(pf, func, 2);
        finishProtected(func); // pcall(pcall, f): the outer one returns true, false, error
        if (stackSize > MAX_STACK) shrinkStack();
    }

    // ---- Calls -----------------------------------------------------------------------------
    /**
     * Calls the value at slot {@code func} with the values above it up to the top as
     * arguments. Its results replace it (and the arguments), adjusted to {@code nresults} (-1:
     * all of them, the top then marking their end).
     */
    void callAt(int func, int nresults) {
        nonYieldable++;
        try {
            callYieldable(func, nresults);
        } finally {
            nonYieldable--;
        }
    }

    /**
     * A call the interpreter makes in the middle of an instruction (a metamethod, a
     * {@code __close}): like {@link #callAt}, but a coroutine may yield inside it when the running
     * frame is Lua code (not a hook), as in the reference. The frames then stay, and the
     * instruction is finished after the resume ({@link Interpreter#finishOp}).
     */
    void callFromVm(int func, int nresults) {
        if (!frame.isLua() || (frame.status & CallFrame.HOOK) != 0) {
            callAt(func, nresults);
            return;
        }
        callYieldable(func, nresults);
    }

    /** {@link #callAt} that a yield may cross: the caller knows how to be finished after it. */
    private void callYieldable(int func, int nresults) {
        if (++javaDepth >= MAX_JAVA_DEPTH) javaDepthError();
        javaCalls++;
        try {
            invoke(func, nresults);
        } finally {
            javaDepth--;
            javaCalls--;
        }
    }

    /** Pushes {@code fn, a, b} at the top for a call with two arguments; returns the function's slot. */
    private int pushCall(long fn, long a, long b) {
        ensureStack(top + 3);
        int func = top;
        set(func, fn);
        set(func + 1, a);
        set(func + 2, b);
        top = func + 3;
        return func;
    }

    /** Metamethod {@code tm(a, b)} called by the interpreter (see {@link #callFromVm}), adjusted to one result. */
    long callMetamethod(long tm, long a, long b) {
        callFromVm(pushCall(tm, a, b), 1);
        return get(--top);
    }

    /**
     * {@code lua_callk}: the running Java function calls the function at slot {@code func}; a
     * coroutine may yield inside it, and {@code k} then finishes the Java function after the
     * resume (run with the callee's results on the stack, it returns the number of results, as
     * the function itself would have).
     */
    void callContinued(int func, int nresults, JavaFunction k) {
        CallFrame f = frame;
        f.continuation = k;
        callYieldable(func, nresults);
        f.continuation = null;
    }

    /** Calls the value at slot {@code func} (see {@link #callAt}) without counting a Java level. */
    void invoke(int func, int nresults) {
        while (true) {
            long fw = get(func);
            if (Value.isFunction(fw)) {
                long c = Value.address(fw);
                if (Closure.isLua(c)) {
                    CallFrame f = enterLua(func, top - func - 1, nresults, c);
                    f.status = CallFrame.FRESH;
                    Interpreter.execute(this, depth - 2);
                } else {
                    callJava(func, nresults, c);
                }
                return;
            }
            insertCallMetamethod(func);
        }
    }

    private void javaDepthError() {
        if (javaDepth == MAX_JAVA_DEPTH) throw runError("C stack overflow");
        if (javaDepth >= MAX_JAVA_DEPTH + MAX_JAVA_DEPTH / 10) {
            throw new LuaError(state.string("error in error handling"));
        }
    }

    /** Calls the Java function {@code c} at slot {@code func}, arguments up to the top. */
    void callJava(int func, int nresults, long c) {
        JavaFunction fn = state.javaFunction(c);
        CallFrame f = pushJavaFrame(func, nresults, c);
        if (top + MIN_STACK > stackSize) growStack(top + MIN_STACK);
        f.top = top + MIN_STACK;
        if (hookMask != 0) Hooks.javaCall(this, f);
        runJava(f, fn);
    }

    /** Pushes the frame of Java function {@code c} called at slot {@code func}, arguments up to the top. */
    private CallFrame pushJavaFrame(int func, int nresults, long c) {
        CallFrame f = pushFrame();
        f.func = func;
        f.base = func + 1;
        f.nargs = top - func - 1;
        f.nresults = nresults;
        f.status = CallFrame.JAVA;
        f.function = Value.ofObject(Value.FUNCTION, c);
        f.proto = null;
        f.pc = 0;
        f.continuation = null;
        return f;
    }

    /** Runs {@code fn} for the running Java frame {@code f} and returns its results from it. */
    private void runJava(CallFrame f, JavaFunction fn) {
        int n;
        try {
            n = fn.call(this);
        } catch (LuaError e) {
            if (e.hasPendingMessage()) e.resolve(state.string(positioned(e.pendingMessage(), depth - 2)));
            throw e;
        } catch (NotEnoughMemoryException e) {
            throw memoryError();
        }
        finishCall(f, top - n, n);
    }

    /**
     * {@code coroutine.yield} called by the {@code CALL} of the interpreter invocation the
     * resume itself entered (no Java-level call into Lua is active in the coroutine): pushes
     * the yield's frame and returns true, and the loop then simply returns to the resume,
     * which needs no exception to unwind. False,
     * with nothing done, where {@code yield} must run as a function (it may fail, a hook may
     * see it, or Java frames are in between).
     */
    boolean yieldFromLoop(int func, int nresults, long c) {
        if (javaCalls != 0 || nonYieldable != 0 || this == state.main || hookMask != 0) return false;
        pushJavaFrame(func, nresults, c).top = top;
        yielded = true;
        return true;
    }

    /**
     * After a resume, finishes the running Java frame, which called Lua with
     * {@link #callContinued}: runs its continuation and returns its results (ending the
     * loop-run {@code pcall} it may have been the function of).
     */
    void finishContinued() {
        CallFrame f = frame;
        JavaFunction k = f.continuation;
        if (k == null) throw new IllegalStateException("a yield crossed a Java frame without a continuation");
        f.continuation = null;
        int func = f.func;
        runJava(f, k);
        finishProtected(func);
    }

    /**
     * The called value is not a function: puts its {@code __call} metamethod in its place,
     * shifting the arguments up so the value becomes the first one.
     */
    void insertCallMetamethod(int func) {
        long fw = get(func);
        long tm = state.metamethod(fw, Event.CALL);
        if (tm == Value.NIL_WORD) throw callError(func, fw);
        ensureStack(top + 1);
        for (int i = top; i > func; i--) set(i, get(i - 1));
        top++;
        set(func, tm);
    }

    private LuaError callError(int func, long fw) {
        return typeError(fw, "call", VarInfo.forCall(this, func));
    }

    // ---- Safepoints and the collector -------------------------------------------------------
    /**
     * A safepoint (DESIGN.md section 6): every live value is in a stack slot, an upvalue or a
     * reachable object. Runs a collection step, or raises {@code interrupted!} when an
     * interrupt was requested. Finalizers may run: they use the stack above the running
     * frame's registers, which may move the stack.
     */
    void safepoint() {
        safepoint(true);
    }

    /**
     * A safepoint; {@code inLoop} when the running Lua frame is in the middle of its code, whose
     * live registers may lie anywhere in its window. On entry to a frame or on a return into
     * one, the top is exact (raised over the parameters only): a callee's function slot is above
     * all of its caller's live registers, so the dead temporaries above it (the finished
     * callee's among them) are not marked.
     */
    void safepoint(boolean inLoop) {
        if (state.interruptRequested) {
            state.interruptRequested = false;
            state.collector.step(); // puts the threshold back
            throw new LuaError(state.string("interrupted!")); // raised from a hook in lua.c: no position
        }
        int saved = top;
        if (frame.isLua()) { // a vararg function's parameters were moved above its arguments
            top = Math.max(top, inLoop ? frame.top : frame.base + frame.proto.numParams);
        }
        try {
            state.collector.step();
        } finally {
            top = saved;
        }
    }

    /**
     * Slots that may hold live values: those below the top. At every safepoint nothing above
     * the top is live, as in the reference: a Lua frame raises the top over its registers
     * first, a Java function's values are below its top, and a caller's registers above a
     * callee's function slot are dead.
     */
    int liveSlots() {
        return Math.min(top, stackSize);
    }

    /** Gives the stack back to the heap: the coroutine was collected. */
    void freeStack() {
        if (stack == 0) return;
        heap.free(stack, 8L * stackSize);
        stack = 0;
        stackSize = 0;
    }

    // ---- Upvalues and to-be-closed variables -----------------------------------------------
    /** The open upvalue of stack slot {@code slot}, created when there is none yet. */
    long findUpvalue(int slot) {
        long prev = 0;
        long u = openUpvalues;
        while (u != 0) {
            int s = Upvalue.slot(u);
            if (s == slot) return u;
            if (s < slot) break;
            prev = u;
            u = Upvalue.next(u);
        }
        long fresh = Upvalue.open(heap, stack + ((long) slot << 3), slot, u);
        if (prev == 0) openUpvalues = fresh;
        else Upvalue.setNext(prev, fresh);
        return fresh;
    }

    /** Closes the open upvalues of slots {@code >= level}. */
    void closeUpvalues(int level) {
        long u = openUpvalues;
        while (u != 0 && Upvalue.slot(u) >= level) {
            long next = Upvalue.next(u);
            Upvalue.close(u);
            heap.gc.barrier(u); // the value left the stack, which has no barrier
            u = next;
        }
        openUpvalues = u;
    }

    /** Marks slot {@code slot} as a to-be-closed variable (nil and false need no closing). */
    void markToBeClosed(int slot) {
        long v = get(slot);
        if (Value.isFalsy(v)) return;
        if (state.metamethod(v, Event.CLOSE) == Value.NIL_WORD) {
            String name = VarInfo.localName(frame, slot - frame.base);
            throw runError("variable '" + name + "' got a non-closable value");
        }
        if (tbcCount == tbcSlots.length) tbcSlots = Arrays.copyOf(tbcSlots, tbcCount * 2);
        tbcSlots[tbcCount++] = slot;
    }

    /**
     * Closes upvalues and calls the {@code __close} metamethods of to-be-closed variables at
     * slots {@code >= level}, newest first, with {@code error} (nil on a normal exit).
     */
    void close(int level, long error, boolean normalExit) {
        closeUpvalues(level);
        while (tbcCount > 0 && tbcSlots[tbcCount - 1] >= level) {
            int slot = tbcSlots[--tbcCount];
            long v = get(slot);
            long tm = state.metamethod(v, Event.CLOSE);
            int saved = top;
            if (frame.isLua()) top = Math.max(top, frame.top);
            int f = pushCall(tm, v, error);
            if (tm == Value.NIL_WORD && normalExit) {
                throw runError("metamethod 'close' is not callable");
            }
            callFromVm(f, 0);
            top = saved;
        }
    }

    // ---- Errors ----------------------------------------------------------------------------
    /** A run-time error with the position of the running Lua function ({@code luaG_runerror}). */
    LuaError runError(String message) {
        return new LuaError(state.string(positioned(message, depth - 1)));
    }

    /** {@code chunk:line: message} for the frame at index {@code level}, when it is Lua code. */
    String positioned(String message, int level) {
        if (level >= 1 && level < depth) {
            CallFrame f = frames[level];
            if (f.isLua()) return f.proto.chunkId + ":" + f.currentLine() + ": " + message;
        }
        return message;
    }

    /** {@code attempt to <op> a <type> value<info>}. */
    LuaError typeError(long w, String op, String info) {
        return runError("attempt to " + op + " a " + Text.typeNameWithMeta(state, w) + " value" + info);
    }

    LuaError memoryError() {
        state.collector.requestEmergency();
        return new LuaError(state.memoryErrorMessage).asMemoryError();
    }

    // ---- Protected calls -------------------------------------------------------------------
    /**
     * Calls the function at slot {@code func} like {@link #call} but catches errors: on an
     * error the stack is unwound to {@code func}, to-be-closed variables are closed, and the
     * error value (after {@code handler}, when not nil, ran on it at the point of the error) is
     * left at slot {@code func} with the top just above it.
     *
     * @return null on success, else the error
     */
    LuaError protectedCall(int func, int nresults, long handler) {
        int savedDepth = depth;
        int savedJava = javaDepth;
        int savedTbc = tbcCount;
        boolean savedAllowHook = allowHook;
        state.anchors.push(handler); // on no stack, so the collector must be told
        try {
            callAt(func, nresults);
            return null;
        } catch (LuaError e) {
            return recover(e, func, savedDepth, savedJava, savedTbc, handler, savedAllowHook);
        } catch (StackOverflowError e) {
            LuaError error = new LuaError(state.string(positioned("stack overflow", depth - 1)));
            return recover(error, func, savedDepth, savedJava, savedTbc, handler, savedAllowHook);
        } catch (NotEnoughMemoryException e) {
            return recover(memoryError(), func, savedDepth, savedJava, savedTbc, handler, savedAllowHook);
        } finally {
            state.anchors.pop();
        }
    }

    private LuaError recover(LuaError e, int func, int savedDepth, int savedJava, int savedTbc, long handler,
                             boolean savedAllowHook) {
        if (e.hasPendingMessage()) e.resolve(state.string(e.pendingMessage()));
        javaDepth = savedJava;
        long value = e.value();
        if (handler != Value.NIL_WORD && !e.isMemoryError()) value = runHandler(handler, value);
        allowHook = savedAllowHook;
        // Unwind: frames above the caller go; pending to-be-closed variables see the error.
        depth = savedDepth;
        frame = frames[depth - 1];
        while (true) {
            state.anchors.push(value); // held by Java only while the closers run
            try {
                close(func, value, false);
                break;
            } catch (LuaError again) {
                if (again.hasPendingMessage()) again.resolve(state.string(again.pendingMessage()));
                value = again.value();
                depth = savedDepth;
                frame = frames[depth - 1];
                javaDepth = savedJava;
            } finally {
                state.anchors.pop();
            }
        }
        tbcCount = Math.min(tbcCount, savedTbc);
        set(func, value);
        top = func + 1;
        if (stackSize > MAX_STACK) shrinkStack(); // the overflow is over
        e.resolve(value);
        return e;
    }

    /** Closes every pending to-be-closed variable with {@code error}; null or the error raised. */
    LuaError protectedClose(long error) {
        return protectedClose(error, Value.NIL_WORD);
    }

    /** The same, with {@code handler} (when not nil) run on each error where it happened. */
    LuaError protectedClose(long error, long handler) {
        int savedJava = javaDepth;
        long value = error;
        LuaError failure = null;
        while (true) {
            state.anchors.push(value); // held by Java only while the closers run
            try {
                close(0, value, false);
                break;
            } catch (LuaError e) {
                if (e.hasPendingMessage()) e.resolve(state.string(e.pendingMessage()));
                value = e.value();
                if (handler != Value.NIL_WORD && !e.isMemoryError()) value = runHandler(handler, value);
                failure = e;
                depth = 1;
                frame = frames[0];
                javaDepth = savedJava;
            } finally {
                state.anchors.pop();
            }
        }
        return failure;
    }

    /**
     * The first step of closing the state, on the main thread: whatever was running was left
     * by an exception that is no Lua error ({@code os.exit}), so the frames go and every pending
     * to-be-closed variable is closed in protected mode, as {@code lua_close} does.
     */
    void closeForStateClose(long handler) {
        depth = 1;
        frame = frames[0];
        javaDepth = 0;
        if (tbcCount > 0) top = Math.max(top, tbcSlots[tbcCount - 1] + 1);
        protectedClose(Value.NIL_WORD, handler);
    }

    /** Runs a message handler on an error value where the error happened. */
    private long runHandler(long handler, long value) {
        CallFrame f = frame;
        if (f.isLua()) top = Math.max(top, f.top);
        int base = top;
        // As in the reference, an error in the handler goes to the handler again, until the
        // nesting reaches the Java-call limit.
        for (int tries = 0; tries < MAX_JAVA_DEPTH / 2; tries++) {
            try {
                top = base;
                ensureStack(top + 2);
                set(top, handler);
                set(top + 1, value);
                top += 2;
                callAt(base, 1);
                return get(base);
            } catch (LuaError again) {
                if (again.hasPendingMessage()) again.resolve(state.string(again.pendingMessage()));
                value = again.value();
            } catch (StackOverflowError again) {
                break;
            }
        }
        return state.string("error in error handling");
    }
}
