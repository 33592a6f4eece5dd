package org.panlua.core.vm;

import static org.panlua.core.vm.Ops.*;

/**
 * Debug hooks, per coroutine, with the reference's events and rules ({@code ldo.c} and
 * {@code ldebug.c}):
 *
 * <ul>
 * <li>call: when a Lua function starts (a vararg one after {@code VARARGPREP} adjusted its
 *     arguments), "tail call" when it replaced its caller; when a Java function is called;
 * <li>return: when any function returns, with its results visible to {@code getlocal} at
 *     {@code ftransfer..ftransfer+ntransfer-1};
 * <li>line: before an instruction of a new line, or of a backward jump (a loop), and before the
 *     first instruction of a function;
 * <li>count: every {@code count} instructions.
 * </ul>
 *
 * <p>Line and count hooks cost the loop nothing while they are not set: a frame that runs
 * under them runs a copy of its code ({@link #code}) in which every opcode is {@link #TRAP},
 * the operands kept (comparisons and {@code SETLIST} read the next instruction's). The
 * {@code TRAP} case calls {@link #trap}, which runs the hooks, puts the previous instruction's
 * trap back and the real instruction in its slot, and has the loop fetch it. So the one real
 * slot is left only to a trapped one, except by a jump to itself: such jumps (a {@code JMP}
 * to itself or to the test before it, a {@code FORLOOP} or {@code TFORLOOP} to itself) go to
 * a trampoline slot after the code instead, a {@code TRAP} that only jumps on. The loop chooses
 * a frame's code when it enters or returns into the frame and after calls of Java functions
 * (which may set hooks). Call and return hooks are checked where frames are pushed
 * and popped. {@code oldPc} is the instruction of the last line check (the reference's
 * {@code L->oldpc}).
 */
public final class Hooks {
    private Hooks() {}

    private static final int TRACE = Hook.MASK_LINE | Hook.MASK_COUNT;
    /** The opcode of a trapped instruction, after the last real one ({@code EXTRAARG}). */
    static final int TRAP = 79;

    /**
     * {@code lua_sethook}: installs {@code hook} for the events of {@code mask} (count events
     * every {@code count} instructions); a null hook or an empty mask turns hooks off.
     */
    public static void set(LuaThread t, Hook hook, int mask, int count) {
        if (hook == null || mask == 0) {
            hook = null;
            mask = 0;
        }
        t.hook = hook;
        t.baseHookCount = count;
        t.hookCount = count;
        t.hookMask = mask;
    }

    public static Hook hook(LuaThread t) {
        return t.hook;
    }

    public static int mask(LuaThread t) {
        return t.hookMask;
    }

    public static int count(LuaThread t) {
        return t.baseHookCount;
    }

    /** A new coroutine starts with the hook of the one that created it, as in the reference. */
    static void inherit(LuaThread child, LuaThread parent) {
        child.hook = parent.hook;
        child.hookMask = parent.hookMask;
        child.baseHookCount = parent.baseHookCount;
        child.hookCount = parent.baseHookCount;
    }

    /**
     * The interpreter enters or returns into Lua frame {@code f} with hooks set: a function
     * that starts gets its call hook (a vararg one at {@code VARARGPREP}). Returns the code to
     * run.
     */
    static long[] enter(LuaThread t, CallFrame f) {
        if (f.pc == 0) {
            if (f.proto.isVararg) return f.proto.code; // nothing is traced before VARARGPREP has run
            luaCall(t, f);
        }
        return code(t, f);
    }

    /**
     * The code Lua frame {@code f} runs: while line or count hooks are set, its trapped copy,
     * all of it trapped; else the prototype's.
     */
    static long[] code(LuaThread t, CallFrame f) {
        LoadedProto p = f.proto;
        if ((t.hookMask & TRACE) == 0) return p.code;
        if (f.hookedFor != p) {
            trappedCopy(f, p); // frames are reused per depth: the copy stays for the next call
        } else {
            f.hookedCode[f.realSlot] = trapped(f.hookedReal[f.realSlot]);
        }
        return f.hookedCode;
    }

    /**
     * A {@code TRAP} at slot {@code pc} of frame {@code f}'s trapped code: runs the line and
     * count hooks and makes the instruction real. Returns the code to go on with, and sets
     * {@code f.pc} to where to fetch next.
     */
    static long[] trap(LuaThread t, CallFrame f, int pc) {
        long[] code = f.hookedCode;
        if (pc >= f.proto.code.length) { // a trampoline: on to the target of a jump to itself
            code[f.realSlot] = trapped(f.hookedReal[f.realSlot]);
            f.pc = (int) (code[pc] >> 24);
            return code;
        }
        trace(t, f, pc);
        code = code(t, f); // the hooks may have changed
        if (code != f.proto.code) {
            code[pc] = f.hookedReal[pc];
            f.realSlot = pc;
        }
        f.pc = pc;
        return code;
    }

    /** Makes the trapped copy of {@code p}'s code for frame {@code f}, with its trampolines. */
    private static void trappedCopy(CallFrame f, LoadedProto p) {
        long[] real = p.code.clone();
        int n = real.length;
        int[] targets = new int[4];
        int trampolines = 0;
        for (int j = 0; j < n; j++) {
            long i = real[j];
            int op = (int) i & 0xFF;
            if (op != JMP && op != FORLOOP && op != TFORLOOP) continue;
            int target = j + 1 + (int) (i >> 24);
            // a JMP is also read by the test before it (the same target)
            if (target == j || (op == JMP && target == j - 1)) {
                if (trampolines == targets.length) targets = java.util.Arrays.copyOf(targets, 2 * trampolines);
                targets[trampolines] = target;
                int slot = n + trampolines++;
                real[j] = (i & 0xFFFFFFL) | ((long) (slot - j - 1) << 24);
            }
        }
        long[] code = new long[n + trampolines];
        for (int j = 0; j < n; j++) code[j] = trapped(real[j]);
        for (int k = 0; k < trampolines; k++) code[n + k] = ((long) targets[k] << 24) | TRAP;
        f.hookedCode = code;
        f.hookedReal = real;
        f.hookedFor = p;
        f.realSlot = 0;
    }

    private static long trapped(long instruction) {
        return (instruction & ~0xFFL) | TRAP;
    }

    /** After {@code VARARGPREP}: the call hook, and the next instruction counts as a new line. */
    static void varargCall(LuaThread t, CallFrame f) {
        luaCall(t, f);
        t.oldPc = 1;
    }

    private static void luaCall(LuaThread t, CallFrame f) {
        t.oldPc = 0;
        if ((t.hookMask & Hook.MASK_CALL) == 0) return;
        int event = (f.status & CallFrame.TAIL) != 0 ? Hook.TAIL_CALL : Hook.CALL;
        f.pc++; // the hook sees the first instruction as the current one
        run(t, event, -1, 1, f.proto.numParams);
        f.pc--;
    }

    /** Java function frame {@code f} (just pushed) is about to run. */
    static void javaCall(LuaThread t, CallFrame f) {
        if ((t.hookMask & Hook.MASK_CALL) != 0) run(t, Hook.CALL, -1, 1, f.nargs);
    }

    /** Frame {@code f}, the running one, returns {@code n} results from slot {@code first}. */
    static void returning(LuaThread t, CallFrame f, int first, int n) {
        if ((t.hookMask & Hook.MASK_RETURN) != 0) {
            t.top = first + n;
            run(t, Hook.RETURN, -1, first - f.base + 1, n);
        }
        CallFrame caller = t.frames[t.depth - 2];
        if (caller.isLua()) t.oldPc = caller.pc - 1;
    }

    /** Line and count hooks before instruction {@code pc} of Lua frame {@code f} ({@code luaG_traceexec}). */
    private static void trace(LuaThread t, CallFrame f, int pc) {
        int mask = t.hookMask;
        if ((mask & TRACE) == 0) return;
        f.pc = pc + 1;
        boolean count = (mask & Hook.MASK_COUNT) != 0 && --t.hookCount == 0;
        if (count) t.hookCount = t.baseHookCount;
        else if ((mask & Hook.MASK_LINE) == 0) return;
        LoadedProto p = f.proto;
        if (!usesTop(p.code[pc])) t.top = f.top;
        if (count) run(t, Hook.COUNT, -1, 0, 0);
        if ((mask & Hook.MASK_LINE) != 0) {
            int old = t.oldPc < p.code.length ? t.oldPc : 0;
            if (pc <= old || p.line(old) != p.line(pc)) run(t, Hook.LINE, p.line(pc), 0, 0);
            t.oldPc = pc;
        }
    }

    /** Instructions that take their operands up to the top ({@code isIT}): it must be kept. */
    private static boolean usesTop(long i) {
        int op = (int) i & 0xFF;
        return (op == CALL || op == TAILCALL || op == RETURN || op == SETLIST) && ((i >>> 24) & 0xFFFFF) == 0;
    }

    /**
     * Calls the hook for an event of the running frame ({@code luaD_hook}), unless there is
     * none or a hook is running already: the frame's registers are kept below what the hook
     * pushes, it is marked as hooked (and as holding transfer information when
     * {@code ntransfer != 0}), and the top is put back afterwards.
     */
    static void run(LuaThread t, int event, int line, int ftransfer, int ntransfer) {
        Hook hook = t.hook;
        if (hook == null || !t.allowHook) return;
        CallFrame f = t.frame;
        int savedTop = t.top;
        int marks = ntransfer != 0 ? CallFrame.HOOK | CallFrame.TRANSFER : CallFrame.HOOK;
        if (f.isLua() && t.top < f.top) t.top = f.top;
        t.ensureStack(t.top + LuaThread.MIN_STACK);
        if (ntransfer != 0) {
            f.ftransfer = ftransfer;
            f.ntransfer = ntransfer;
        }
        f.status |= marks;
        t.allowHook = false;
        // An error leaves the marks for the message handler, which runs where the error
        // happened; the protected call that catches it allows hooks again when it had.
        hook.run(t, event, line);
        t.allowHook = true;
        f.status &= ~marks;
        t.top = savedTop;
        // The hook's own return left this, as in the reference: a line hook after a count hook
        // of the same instruction then always fires.
        if (f.isLua() && t.hookMask != 0) t.oldPc = f.pc - 1;
    }
}
