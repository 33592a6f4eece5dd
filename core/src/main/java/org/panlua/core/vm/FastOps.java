package org.panlua.core.vm;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.object.Closure;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import static org.panlua.core.code.Instruction.a;
import static org.panlua.core.code.Instruction.b;
import static org.panlua.core.code.Instruction.c;
import static org.panlua.core.code.Instruction.k;
import static org.panlua.core.code.Instruction.sb;
import static org.panlua.core.code.Instruction.sc;
import static org.panlua.core.vm.Ops.*;

/**
 * The bodies of {@link FastLoop}'s instructions: each does its instruction when no call out is
 * needed and answers true, or does nothing and answers false (the instruction is then left to
 * {@link Interpreter}). They are methods of their own because HotSpot counts bytecode, the
 * loop's own and everything inlined into it, against one budget per compilation (about 8000
 * bytes) and stops inlining past it: a loop spelling out every body would reach it, and calls
 * to {@code Mem.getLong} would follow. A body a program does not use costs the loop only its
 * call site. As in the loop, each decodes from {@code w = i ^ OP}, so that no operand field is
 * shared between the bodies inlined into the loop (see {@link FastLoop}).
 */
final class FastOps {
    private FastOps() {}

    private static final long NIL = Value.NIL_WORD;

    /** Register {@code r} of the frame whose register 0 is at {@code rb} (both loops and {@link Slow} use these). */
    static long reg(long rb, int r) {
        return Mem.getLong(rb + ((long) r << 3));
    }

    static void put(long rb, int r, long w) {
        Mem.putLong(rb + ((long) r << 3), w);
    }

    static void loadNil(long rb, long i) {
        long w = i ^ LOADNIL;
        int first = a(w), n = b(w);
        for (int j = 0; j <= n; j++) put(rb, first + j, NIL);
    }

    static void setUpvalue(NativeHeap heap, long rb, long cl, long i) {
        long w = i ^ SETUPVAL;
        long u = Closure.upvalue(cl, b(w));
        Upvalue.set(u, reg(rb, a(w)));
        heap.gc.barrier(u);
    }

    /** GETTABUP (the table an upvalue, typically {@code _ENV}) and GETFIELD: a short-string key. */
    static boolean getField(LuaThread t, long rb, long[] k, long cl, long i) {
        long w = i ^ GETFIELD;
        long o = ((int) i & 0xFF) == GETTABUP ? Upvalue.get(Closure.upvalue(cl, b(w))) : reg(rb, b(w));
        if (!Value.isTable(o)) return false;
        long key = k[c(w)];
        return found(t, rb, a(w), o, t.tables.getShortString(Value.address(o), key), key, true);
    }

    static boolean getTable(LuaThread t, long rb, long i) {
        long w = i ^ GETTABLE;
        long o = reg(rb, b(w));
        if (!Value.isTable(o)) return false;
        long key = reg(rb, c(w));
        return found(t, rb, a(w), o, t.tables.get(Value.address(o), key), key, false);
    }

    static boolean getIndexed(LuaThread t, long rb, long i) {
        long w = i ^ GETI;
        long o = reg(rb, b(w));
        if (!Value.isTable(o)) return false;
        return found(t, rb, a(w), o, t.tables.getInteger(Value.address(o), c(w)), Value.ofInlineInteger(c(w)), false);
    }

    /**
     * SELF on a table, or on a string (its methods are in the string library's table), with a
     * method name that is a short-string constant, as nearly all are: the lookups are then the
     * short-string ones, a smaller path for HotSpot to inline than the general one (see the
     * class comment). Other names are left to the caller.
     */
    static boolean self(LuaThread t, long rb, long[] k, long i) {
        long w = i ^ SELF;
        if (!k(w)) return false;
        long key = k[c(w)];
        if (!Value.isString(key) || !LuaString.isShort(key)) return false;
        long o = reg(rb, b(w));
        int a = a(w);
        if (Value.isTable(o)) {
            long v = t.tables.getShortString(Value.address(o), key);
            if (v != NIL) {
                put(rb, a + 1, o);
                put(rb, a, v);
                return true;
            }
        } else if (!Value.isString(o)) {
            return false;
        }
        if (!inherited(t, rb, a, t.state.metatable(o), key, true, Value.isTable(o))) return false;
        put(rb, a + 1, o);
        return true;
    }

    /**
     * The end of a read from table {@code o}: {@code v}, its raw value at {@code key}, is the
     * result, unless it is nil and {@code o} has a metatable: then the value inherited through
     * {@code __index} tables.
     */
    private static boolean found(LuaThread t, long rb, int a, long o, long v, long key, boolean shortKey) {
        if (v == NIL) {
            long mt = Tables.metatable(Value.address(o));
            if (mt != 0) return inherited(t, rb, a, mt, key, shortKey, true);
        }
        put(rb, a, v);
        return true;
    }

    /** How many {@code __index} tables a read follows here before leaving the rest to the caller. */
    private static final int INHERITED_DEPTH = 8;

    /**
     * {@code key} read through the {@code __index} of metatable {@code mt} (0 for none) of a
     * value: puts the value in register {@code a} and answers true while each {@code __index}
     * is a table; false, with nothing done, at a function (a call), a chain longer than {@link
     * #INHERITED_DEPTH}, or a value that is not a table ({@code ofTable} false) with no {@code
     * __index} (an error), which the caller runs in full.
     */
    private static boolean inherited(LuaThread t, long rb, int a, long mt, long key, boolean shortKey, boolean ofTable) {
        if (mt == 0 && !ofTable) return false;
        long v = NIL;
        for (int depth = 0; depth < INHERITED_DEPTH && mt != 0; depth++) {
            long index = t.state.metamethodOf(mt, Event.INDEX);
            if (index == NIL) {
                if (depth == 0 && !ofTable) return false;
                break;
            }
            if (!Value.isTable(index)) return false;
            long h = Value.address(index);
            v = shortKey ? t.tables.getShortString(h, key) : t.tables.get(h, key);
            if (v != NIL) break;
            mt = Tables.metatable(h);
            if (depth == INHERITED_DEPTH - 1 && mt != 0) return false;
        }
        put(rb, a, v);
        return true;
    }

    /**
     * SETTABUP and SETFIELD: a short-string key. A key the table does not hold yet is stored by
     * {@link FastHeavy} (called, not inlined).
     */
    static boolean setField(LuaThread t, CallFrame f, int base, long rb, long[] k, long cl, int pc, long i) {
        long w = i ^ SETFIELD;
        long o = ((int) i & 0xFF) == SETTABUP ? Upvalue.get(Closure.upvalue(cl, a(w))) : reg(rb, a(w));
        if (!Value.isTable(o)) return false;
        long v = k(w) ? k[c(w)] : reg(rb, c(w));
        return t.tables.replaceShortString(Value.address(o), k[b(w)], v)
                || FastHeavy.execute(t, f, base, rb, k, cl, pc, i) == FastHeavy.DONE;
    }

    /** SETTABLE and SETI: a replacing store of an integer key here, others by {@link FastHeavy}. */
    static boolean setTable(LuaThread t, CallFrame f, int base, long rb, long[] k, long cl, int pc, long i) {
        long w = i ^ SETTABLE;
        long o = reg(rb, a(w));
        if (!Value.isTable(o)) return false;
        long key = ((int) i & 0xFF) == SETI ? Value.ofInlineInteger(b(w)) : reg(rb, b(w));
        return Value.isInlineInteger(key)
                && t.tables.replaceInteger(Value.address(o), Value.inlineInteger(key), k(w) ? k[c(w)] : reg(rb, c(w)))
                || FastHeavy.execute(t, f, base, rb, k, cl, pc, i) == FastHeavy.DONE;
    }

    static boolean addImmediate(long rb, long i) {
        long w = i ^ ADDI;
        long x = reg(rb, b(w));
        int imm = sc(w);
        if (Value.isInlineInteger(x) && Value.fitsInline(Value.inlineInteger(x) + imm)) {
            put(rb, a(w), Value.ofInlineInteger(Value.inlineInteger(x) + imm));
        } else if (Value.isDouble(x)) {
            put(rb, a(w), Value.ofDouble(Value.asDouble(x) + imm));
        } else {
            return false;
        }
        return true;
    }

    /** ADD, SUB and MUL of registers. */
    static boolean arith(long rb, long i) {
        long w = i ^ ADD;
        long x = reg(rb, b(w));
        long y = reg(rb, c(w));
        int op = (int) i & 0xFF;
        long r;
        if (Value.isInlineInteger(x) && Value.isInlineInteger(y)) {
            long u = Value.inlineInteger(x), v = Value.inlineInteger(y);
            long n = op == ADD ? u + v : op == SUB ? u - v : u * v;
            if (!Value.fitsInline(n) || (op == MUL && Math.multiplyHigh(u, v) != (n >> 63))) return false;
            r = Value.ofInlineInteger(n);
        } else if (Value.isDouble(x) && Value.isDouble(y)) {
            double u = Value.asDouble(x), v = Value.asDouble(y);
            r = Value.ofDouble(op == ADD ? u + v : op == SUB ? u - v : u * v);
        } else if ((r = FastArith.mixed(op, x, y)) == NIL) {
            return false;
        }
        put(rb, a(w), r);
        return true;
    }

    /**
     * SUBK: {@code x - c}, the compiler's form of every {@code n - 1} (it has no ADDI with a
     * negated constant: a metamethod must see a subtraction). Two integers or two floats here,
     * the rest as {@link #binary}.
     */
    static boolean subtractConstant(long rb, long[] k, long i) {
        long w = i ^ SUBK;
        long x = reg(rb, b(w));
        long y = k[c(w)];
        long r;
        if (Value.isInlineInteger(x) && Value.isInlineInteger(y)) {
            long n = Value.inlineInteger(x) - Value.inlineInteger(y);
            if (!Value.fitsInline(n)) return false;
            r = Value.ofInlineInteger(n);
        } else if (Value.isDouble(x) && Value.isDouble(y)) {
            r = Value.ofDouble(Value.asDouble(x) - Value.asDouble(y));
        } else {
            return binary(rb, k, i);
        }
        put(rb, a(w), r);
        return true;
    }

    /** The other binary instructions: constant, immediate (SHRI) and register forms. */
    static boolean binary(long rb, long[] k, long i) {
        long w = i ^ MOD;
        int op = (int) i & 0xFF;
        long y = op >= MOD ? reg(rb, c(w)) : op == SHRI ? Value.ofInlineInteger(sc(w)) : k[c(w)];
        long r = FastArith.binary(op, reg(rb, b(w)), y);
        if (r == NIL) return false;
        put(rb, a(w), r);
        return true;
    }

    /** LEN of a string here; of anything else by {@link FastHeavy} (a table's border search is long). */
    static boolean length(LuaThread t, CallFrame f, int base, long rb, long[] k, long cl, int pc, long i) {
        long w = i ^ LEN;
        long o = reg(rb, b(w));
        if (!Value.isString(o)) return FastHeavy.execute(t, f, base, rb, k, cl, pc, i) == FastHeavy.DONE;
        put(rb, a(w), Value.ofInlineInteger(LuaString.length(o)));
        return true;
    }

    static boolean negate(long rb, long i) {
        long w = i ^ UNM;
        long x = reg(rb, b(w));
        if (Value.isDouble(x)) {
            put(rb, a(w), Value.ofDouble(-Value.asDouble(x)));
        } else if (Value.isInlineInteger(x) && Value.fitsInline(-Value.inlineInteger(x))) {
            put(rb, a(w), Value.ofInlineInteger(-Value.inlineInteger(x)));
        } else {
            return false;
        }
        return true;
    }

    /*
     * The conditional instructions: 1 when the jump that follows is taken, 0 when it is
     * skipped, -1 when the instruction is left to the caller (a metamethod or a coercion may
     * apply). One method per family, each small enough for HotSpot to inline when hot.
     */

    /** LT and LE of registers. */
    static int lessThan(long rb, long i) {
        long w = i ^ LT;
        long x = reg(rb, a(w)), y = reg(rb, b(w));
        boolean orEqual = ((int) i & 0xFF) == LE;
        boolean cond;
        if (Value.isInlineInteger(x) && Value.isInlineInteger(y)) {
            cond = orEqual ? Value.inlineInteger(x) <= Value.inlineInteger(y) : Value.inlineInteger(x) < Value.inlineInteger(y);
        } else if (Value.isDouble(x) && Value.isDouble(y)) {
            cond = orEqual ? Value.asDouble(x) <= Value.asDouble(y) : Value.asDouble(x) < Value.asDouble(y);
        } else if (Value.isString(x) && Value.isString(y)) {
            int order = LuaString.compare(x, y);
            cond = orEqual ? order <= 0 : order < 0;
        } else {
            return -1;
        }
        return cond == k(w) ? 1 : 0;
    }

    /** EQI, LTI, LEI, GTI and GEI: an integer register against an immediate. */
    static int compareImmediate(long rb, long i) {
        long w = i ^ EQI;
        long x = reg(rb, a(w));
        if (!Value.isInlineInteger(x)) return -1;
        long u = Value.inlineInteger(x);
        int imm = sb(w);
        boolean cond = switch ((int) i & 0xFF) {
            case EQI -> u == imm;
            case LTI -> u < imm;
            case LEI -> u <= imm;
            case GTI -> u > imm;
            default -> u >= imm;
        };
        return cond == k(w) ? 1 : 0;
    }

    /** EQ of registers and EQK. */
    static int equal(long rb, long[] k, long i) {
        long w = i ^ EQ;
        long x = reg(rb, a(w));
        long y = ((int) i & 0xFF) == EQK ? k[b(w)] : reg(rb, b(w));
        boolean cond = Compare.rawEqual(x, y);
        // tables or full userdata that are not the same may have __eq
        if (!cond && Value.tag(x) == Value.tag(y) && (Value.isTable(x) || Value.hasTag(x, Value.USERDATA))) return -1;
        return cond == k(w) ? 1 : 0;
    }

    /** TEST, and TESTSET, which copies its value when the jump is taken. */
    static int test(long rb, long i) {
        long w = i ^ TEST;
        boolean set = ((int) i & 0xFF) == TESTSET;
        long v = reg(rb, set ? b(w) : a(w));
        if (Value.isFalsy(v) == k(w)) return 0;
        if (set) put(rb, a(w), v);
        return 1;
    }

    /** FORLOOP: 1 when the loop goes on, 0 when it ends, -1 when left to the caller (boxed integers). */
    static int forLoop(long rb, long i) {
        int a = a(i ^ FORLOOP);
        long step = reg(rb, a + 2);
        long idx = reg(rb, a);
        long lim = reg(rb, a + 1);
        long next;
        if (Value.isInlineInteger(step) && Value.isInlineInteger(idx) && Value.isInlineInteger(lim)) {
            long s = Value.inlineInteger(step), x = Value.inlineInteger(idx), l = Value.inlineInteger(lim);
            if (s > 0 ? Long.compareUnsigned(l - x, s) < 0 : Long.compareUnsigned(x - l, -s) < 0) return 0;
            next = Value.ofInlineInteger(x + s);
        } else if (Value.isDouble(step)) {
            double s = Value.asDouble(step);
            double x = Value.asDouble(idx) + s;
            double l = Value.asDouble(lim);
            if (s > 0 ? !(x <= l) : !(l <= x)) return 0;
            next = Value.ofDouble(x);
        } else {
            return -1;
        }
        put(rb, a, next);
        put(rb, a + 3, next);
        return 1;
    }

    /**
     * FORPREP of an integer loop: 1 when the loop runs zero times, 0 when it runs, -1 when left
     * to the caller (a float loop, a float or bad limit, a zero step, boxed integers).
     */
    static int forPrep(long rb, long i) {
        int a = a(i ^ FORPREP);
        long init = reg(rb, a), limit = reg(rb, a + 1), step = reg(rb, a + 2);
        if (!Value.isInlineInteger(init) || !Value.isInlineInteger(limit) || !Value.isInlineInteger(step)
                || step == Value.ofInlineInteger(0)) return -1;
        long x = Value.inlineInteger(init), l = Value.inlineInteger(limit);
        if (Value.inlineInteger(step) > 0 ? x > l : x < l) return 1;
        put(rb, a + 3, init);
        return 0;
    }

    /**
     * CALL of a non-vararg Lua function with no hooks and room on the stack: the
     * callee's frame, entered, or null when the call is left to the caller.
     *
     * <p>The frame a call pushes is the one the last call at that depth used, and a depth mostly
     * sees the same function again: when that frame's prototype is the callee's (same handle;
     * a released prototype's is 0), the lookup in the state's handle table, a chain of
     * dependent loads, is skipped.
     */
    static CallFrame call(LuaThread t, CallFrame f, int base, long rb, int pc, long i) {
        long w = i ^ CALL;
        int a = a(w);
        long fw = reg(rb, a);
        if (!Value.isFunction(fw) || t.hookMask != 0) return null;
        long c = Value.address(fw);
        if (!Closure.isLua(c)) return null;
        int b = arguments(t, base, a, w);
        CallFrame n = f.next;
        if (n == null) return null;
        LoadedProto p = n.proto;
        if (p == null || p.handle() != Closure.handle(c)) p = t.state.proto(c);
        int nargs = b - 1, func = base + a;
        if (p.isVararg || func + b + p.entrySlots > t.stackSize) return null;
        for (int j = nargs; j < p.numParams; j++) put(rb, a + 1 + j, NIL);
        f.pc = pc + 1;
        t.top = func + b;
        return LuaThread.initLuaFrame(t.pushNext(n), func, nargs, c(w) - 1, fw, p); // the frame n
    }

    /**
     * TAILCALL of a Lua function, in a nested activation of the inner loop: the callee takes
     * over frame {@code f} (its function and arguments moved down to {@code f.func}, the frame
     * filled for it as a call fills a new one), and true, after which the activation that
     * called {@code f} runs it; false, nothing done, when the outer loop must run the call (a
     * Java function or another callable, upvalues to close, hooks, a vararg callee, a stack too
     * small).
     */
    static boolean tailCall(LuaThread t, CallFrame f, int base, long rb, long i) {
        long w = i ^ TAILCALL;
        if (k(w) || t.hookMask != 0) return false;
        int a = a(w);
        long fw = reg(rb, a);
        if (!Value.isFunction(fw)) return false;
        long c = Value.address(fw);
        if (!Closure.isLua(c)) return false;
        int b = arguments(t, base, a, w);
        LoadedProto p = f.proto;
        if (p.handle() != Closure.handle(c)) p = t.state.proto(c);
        int nargs = b - 1, func = f.func; // below the base when f is a vararg function's frame
        if (p.isVararg || func + b + p.entrySlots > t.stackSize) return false;
        long to = t.stack + ((long) func << 3);
        for (int j = 0; j < b; j++) put(to, j, reg(rb, a + j));
        for (int j = nargs; j < p.numParams; j++) put(to, 1 + j, NIL);
        t.top = func + b;
        LuaThread.initLuaFrame(f, func, nargs, f.nresults, fw, p).status = CallFrame.TAIL;
        return true;
    }

    /**
     * The B operand of a CALL whose function is in register {@code a}: the argument count plus
     * one; for B = 0 (arguments up to the top that the call or vararg before it set), the same
     * counted from the top.
     */
    private static int arguments(LuaThread t, int base, int a, long w) {
        int b = b(w);
        return b != 0 ? b : t.top - (base + a);
    }

    /**
     * RETURN0, RETURN1, and RETURN of a fixed count that closes nothing, to a Lua caller that
     * is not a protected call, with no hooks: the caller's frame, or null when the return is
     * left to the caller (frames entered from Java return from the outer loop).
     */
    static CallFrame ret(LuaThread t, CallFrame f, int base, int pc, long i) {
        int n = fixedResults(i);
        if (n < 0 || (f.status & CallFrame.FRESH) != 0 || t.hookMask != 0) return null;
        CallFrame caller = f.previous;
        if ((caller.status & (CallFrame.JAVA | CallFrame.PROTECTED)) != 0) return null;
        f.pc = pc + 1;
        t.finishCall(f, base + a(i ^ RETURN), n);
        return caller;
    }

    /**
     * {@link #ret} of a frame that a nested activation runs: its caller is the Lua frame of the
     * activation that called it, by construction neither entered from Java nor a protected
     * call, and no hook is set ({@link LuaThread#finishUnhooked}), so only a return of results
     * up to the top or one that closes variables is left to the caller (false).
     */
    static boolean retNested(LuaThread t, CallFrame f, int base, long i) {
        int n = fixedResults(i);
        if (n < 0) return false;
        t.finishUnhooked(f, base + a(i ^ RETURN), n);
        return true;
    }

    /** The result count of RETURN0, RETURN1 or a RETURN of a fixed count that closes nothing; -1 for others. */
    private static int fixedResults(long i) {
        int op = (int) i & 0xFF;
        if (op == RETURN0) return 0;
        if (op == RETURN1) return 1;
        long w = i ^ RETURN;
        return k(w) ? -1 : b(w) - 1;
    }
}
