package org.panlua.core.vm;

import org.panlua.memory.object.Closure;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/**
 * What a {@link JavaFunction} sees of its coroutine, in the manner of the C API and its
 * auxiliary library: arguments by position ({@code 1..nargs()}), checks that raise the
 * reference's {@code bad argument} errors, pushes, calls back into Lua and protected calls.
 */
public abstract sealed class JavaApi permits LuaThread {
    public final LuaState state;

    JavaApi(LuaState state) {
        this.state = state;
    }

    abstract LuaThread thread();

    // ---- Arguments -------------------------------------------------------------------------
    /** Values on the stack of the running function (its arguments plus what it pushed). */
    public final int nargs() {
        LuaThread t = thread();
        return t.top - t.frame.base;
    }

    /** Argument {@code i} (1-based); nil when absent. */
    public final long arg(int i) {
        LuaThread t = thread();
        int slot = t.frame.base + i - 1;
        return slot < t.top ? t.get(slot) : Value.NIL_WORD;
    }

    public final void setArg(int i, long w) {
        LuaThread t = thread();
        t.set(t.frame.base + i - 1, w);
    }

    public final boolean isNone(int i) {
        return i > nargs();
    }

    public final boolean isNoneOrNil(int i) {
        return i > nargs() || arg(i) == Value.NIL_WORD;
    }

    /** Drops or pads (with nil) the function's values so that there are {@code n} of them. */
    public final void setTop(int n) {
        LuaThread t = thread();
        int newTop = t.frame.base + n;
        t.ensureStack(newTop + 1);
        for (int s = t.top; s < newTop; s++) t.set(s, Value.NIL_WORD);
        t.top = newTop;
    }

    /** Inserts {@code w} at position {@code i}, shifting the values from there up. */
    public final void insert(int i, long w) {
        LuaThread t = thread();
        t.ensureStack(t.top + 1);
        int slot = t.frame.base + i - 1;
        for (int s = t.top; s > slot; s--) t.set(s, t.get(s - 1));
        t.set(slot, w);
        t.top++;
    }

    /**
     * Calls the value at position {@code i} with the values above it as arguments in protected
     * mode; its results (or the error value) replace them. Returns null or the error.
     */
    public final LuaError pcallAt(int i, int nresults, long handler) {
        LuaThread t = thread();
        return t.protectedCall(t.frame.base + i - 1, nresults, handler);
    }

    /** {@code luaL_where}: the position of the function {@code level} levels up ("" if not Lua). */
    public final String where(int level) {
        LuaThread t = thread();
        return t.positioned("", t.depth - 1 - level);
    }

    /** Loads a chunk as {@code load} does, the text-or-binary check by {@code mode}. */
    public final long load(byte[] chunk, String chunkName, String mode, long env, boolean isFile) {
        try {
            return state.load(chunk, chunkName, mode, env, isFile);
        } catch (org.panlua.memory.heap.NotEnoughMemoryException e) {
            throw thread().memoryError();
        }
    }

    // ---- Checks ----------------------------------------------------------------------------
    public final long checkAny(int i) {
        if (isNone(i)) throw argError(i, "value expected");
        return arg(i);
    }

    /** A table argument (its word). */
    public final long checkTable(int i) {
        long w = arg(i);
        if (!Value.isTable(w)) throw typeError(i, "table");
        return w;
    }

    public final void checkType(int i, int tag, String expected) {
        if (Value.tag(arg(i)) != tag) throw typeError(i, expected);
    }

    public final long checkInteger(int i) {
        long w = arg(i);
        if (Value.isInlineInteger(w)) return Value.inlineInteger(w);
        Long v = Conversions.toInteger(w);
        if (v != null) return v;
        if (Conversions.toNumber(w) != null) throw argError(i, "number has no integer representation");
        throw typeError(i, "number");
    }

    public final long optInteger(int i, long def) {
        return isNoneOrNil(i) ? def : checkInteger(i);
    }

    public final double checkNumber(int i) {
        long w = arg(i);
        if (Value.isDouble(w)) return Value.asDouble(w);
        Double d = Conversions.toNumber(w);
        if (d == null) throw typeError(i, "number");
        return d;
    }

    public final double optNumber(int i, double def) {
        return isNoneOrNil(i) ? def : checkNumber(i);
    }

    /** A string argument (its word); numbers are converted in place, as {@code lua_tolstring} does. */
    public final long checkString(int i) {
        long w = arg(i);
        if (Value.isString(w)) return w;
        if (Value.isNumber(w)) {
            long s = Text.numberToString(state, w);
            setArg(i, s);
            return s;
        }
        throw typeError(i, "string");
    }

    public final byte[] checkBytes(int i) {
        return LuaString.toBytes(checkString(i));
    }

    /**
     * Like {@link #checkBytes} for a subject that is only read: the bytes of a long string are
     * copied once and reused while the same string comes back. The array must not be changed.
     */
    public final byte[] checkBytesShared(int i) {
        long w = checkString(i);
        if (w == state.bytesCacheWord) return state.bytesCache;
        byte[] b = LuaString.toBytes(w);
        if (b.length >= 64) {
            state.bytesCacheWord = w;
            state.bytesCache = b;
        }
        return b;
    }

    public final String checkJavaString(int i) {
        return LuaString.toJava(checkString(i));
    }

    public final byte[] optBytes(int i, byte[] def) {
        return isNoneOrNil(i) ? def : checkBytes(i);
    }

    /** The index of the argument among {@code options}; {@code def} when absent. */
    public final int checkOption(int i, String def, String... options) {
        String name = def != null && isNoneOrNil(i) ? def : checkJavaString(i);
        for (int k = 0; k < options.length; k++) if (options[k].equals(name)) return k;
        throw argError(i, "invalid option '" + name + "'");
    }

    public final boolean toBoolean(int i) {
        return !Value.isFalsy(arg(i));
    }

    // ---- Errors ----------------------------------------------------------------------------
    /** {@code bad argument #i to 'name' (message)}, as {@code luaL_argerror} words it. */
    public final LuaError argError(int i, String message) {
        LuaThread t = thread();
        String[] name = VarInfo.calledName(t, t.depth - 1);
        if (name != null && name[0].equals("method")) {
            i--;
            if (i == 0) return error("calling '" + name[1] + "' on bad self (" + message + ")");
        }
        String fname = name != null ? name[1] : VarInfo.globalName(t, t.frame.function);
        return error("bad argument #" + i + " to '" + (fname == null ? "?" : fname) + "' (" + message + ")");
    }

    /** {@code bad argument #i to 'name' (expected expected, got type)}. */
    public final LuaError typeError(int i, String expected) {
        String got = isNone(i) ? "no value" : Text.typeNameWithMeta(state, arg(i));
        return argError(i, expected + " expected, got " + got);
    }

    /** An error with the position of the Lua code that called this function ({@code luaL_error}). */
    public final LuaError error(String message) {
        LuaThread t = thread();
        return new LuaError(state.string(t.positioned(message, t.depth - 2)));
    }

    // ---- Results ---------------------------------------------------------------------------
    public final void push(long w) {
        LuaThread t = thread();
        if (t.top >= t.stackSize) t.ensureStack(t.top + LuaThread.MIN_STACK);
        t.set(t.top++, w);
    }

    public final void pushInteger(long v) {
        push(state.integer(v));
    }

    public final void pushNumber(double d) {
        push(Value.ofDouble(d));
    }

    public final void pushBoolean(boolean b) {
        push(Value.ofBoolean(b));
    }

    public final void pushNil() {
        push(Value.NIL_WORD);
    }

    public final void pushString(String s) {
        push(state.string(s));
    }

    public final void pushBytes(byte[] b) {
        push(state.string(b));
    }

    /** Removes and returns the top value. */
    public final long pop() {
        LuaThread t = thread();
        return t.get(--t.top);
    }

    /** Upvalue {@code i} (0-based) of the running Java function. */
    public final long upvalue(int i) {
        return Closure.upvalue(Value.address(thread().frame.function), i);
    }

    public final void setUpvalue(int i, long w) {
        long c = Value.address(thread().frame.function);
        Closure.setUpvalue(c, i, w);
        state.heap.gc.barrier(c);
    }

    // ---- Calling Lua -----------------------------------------------------------------------
    /**
     * Calls the function pushed before its {@code nargs} pushed arguments; leaves
     * {@code nresults} results (all of them when -1) in their place.
     */
    public final void call(int nargs, int nresults) {
        LuaThread t = thread();
        t.callAt(t.top - nargs - 1, nresults);
    }

    /**
     * {@code lua_callk}: like {@link #call}, but a coroutine may yield inside the called
     * function. Where it does, this Java function's frame is finished after the resume by
     * {@code k}, which finds the call's results on the stack as {@code call} would have left
     * them and returns the number of results, as this function would have. The function
     * returning normally should finish the same way (typically {@code return k.call(L)}).
     */
    public final void callK(int nargs, int nresults, JavaFunction k) {
        LuaThread t = thread();
        t.callContinued(t.top - nargs - 1, nresults, k);
    }

    /** {@code f(args...)} adjusted to one result. */
    public final long call1(long f, long... args) {
        push(f);
        for (long a : args) push(a);
        call(args.length, 1);
        return pop();
    }

    /**
     * Like {@link #call} in protected mode: returns null on success, or the error, whose value
     * (passed through {@code handler} unless nil) is then the one value left in place.
     */
    public final LuaError pcall(int nargs, int nresults, long handler) {
        LuaThread t = thread();
        return t.protectedCall(t.top - nargs - 1, nresults, handler);
    }

    // ---- Metamethod-aware operations -------------------------------------------------------
    /** {@code o[k]} with {@code __index}. */
    public final long index(long o, long k) {
        return TableAccess.index(thread(), o, k);
    }

    /** {@code o[k] = v} with {@code __newindex}. */
    public final void setIndex(long o, long k, long v) {
        TableAccess.setIndex(thread(), o, k, v);
    }

    /** Raw {@code t[k] = v} on a table word, with Lua's errors for nil and NaN keys. */
    public final void rawSet(long t, long k, long v) {
        TableAccess.rawSet(thread(), Value.address(t), k, v);
    }

    /** {@code #o} with {@code __len}. */
    public final long length(long o) {
        return Arith.length(thread(), o);
    }

    /** {@code a == b} with {@code __eq}. */
    public final boolean equal(long a, long b) {
        return Compare.equal(thread(), a, b);
    }

    /** {@code a < b} with {@code __lt}. */
    public final boolean lessThan(long a, long b) {
        return Compare.lessThan(thread(), a, b);
    }

    /** {@code tostring(v)} ({@code luaL_tolstring}): a string word. */
    public final long toStringValue(long v) {
        return Text.toStringMeta(thread(), v);
    }

    /** An integer word's value, or of a float with an exact integer value; null otherwise. */
    public static Long toInteger(long w) {
        return Conversions.toInteger(w);
    }
}
