package org.panlua.core.vm;

import org.panlua.memory.heap.NotEnoughMemoryException;
import org.panlua.memory.table.InvalidKeyException;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/** Indexing with metamethods: {@code __index} and {@code __newindex} chains ({@code luaV_finishget/set}). */
final class TableAccess {
    private TableAccess() {}

    /** Chains longer than this are taken for loops ({@code MAXTAGLOOP}). */
    private static final int MAX_CHAIN = 2000;

    /** {@code o[k]}; an error for a value that cannot be indexed describes {@code o} from the current instruction. */
    static long index(LuaThread t, long o, long k) {
        return index(t, o, k, false, false);
    }

    /**
     * {@code o[k]} for the interpreter, whose inline path found no value in {@code o} when it
     * is a table: its raw read is not repeated. {@code shortKey}: {@code k} is an interned
     * string (a field name), read along the chain by the short-string path.
     */
    static long indexMissed(LuaThread t, long o, long k, boolean shortKey) {
        return index(t, o, k, true, shortKey);
    }

    private static long index(LuaThread t, long o, long k, boolean missed, boolean shortKey) {
        LuaState state = t.state;
        long original = o;
        for (int loop = 0; loop < MAX_CHAIN; loop++) {
            long tm;
            if (Value.isTable(o)) {
                long a = Value.address(o);
                long v = loop == 0 && missed ? Value.NIL_WORD
                        : shortKey ? state.tables.getShortString(a, k) : state.tables.get(a, k);
                if (v != Value.NIL_WORD) return v;
                long mt = Tables.metatable(a);
                if (mt == 0) return v;
                tm = state.metamethodOf(mt, Event.INDEX);
                if (tm == Value.NIL_WORD) return v;
            } else {
                tm = state.metamethod(o, Event.INDEX);
                if (tm == Value.NIL_WORD) {
                    String info = o == original ? VarInfo.describe(t, o) : "";
                    throw t.typeError(o, "index", info);
                }
            }
            if (Value.isFunction(tm)) return t.callMetamethod(tm, o, k);
            o = tm;
        }
        throw t.runError("'__index' chain too long; possible loop");
    }

    /** {@code o[k] = v}. */
    static void setIndex(LuaThread t, long o, long k, long v) {
        LuaState state = t.state;
        long original = o;
        for (int loop = 0; loop < MAX_CHAIN; loop++) {
            long tm;
            if (Value.isTable(o)) {
                long a = Value.address(o);
                long mt = Tables.metatable(a);
                if (mt == 0 || (tm = state.metamethodOf(mt, Event.NEWINDEX)) == Value.NIL_WORD
                        || state.tables.get(a, k) != Value.NIL_WORD) {
                    rawSet(t, a, k, v);
                    return;
                }
            } else {
                tm = state.metamethod(o, Event.NEWINDEX);
                if (tm == Value.NIL_WORD) {
                    String info = o == original ? VarInfo.describe(t, o) : "";
                    throw t.typeError(o, "index", info);
                }
            }
            if (Value.isFunction(tm)) {
                t.push(tm);
                t.push(o);
                t.push(k);
                t.push(v);
                t.callFromVm(t.top - 4, 0);
                return;
            }
            o = tm;
        }
        throw t.runError("'__newindex' chain too long; possible loop");
    }

    /** Raw {@code t[k] = v} with Lua's errors for bad keys and exhausted memory. */
    static void rawSet(LuaThread t, long table, long k, long v) {
        try {
            t.state.tables.set(table, k, v);
        } catch (InvalidKeyException e) {
            throw t.runError(Value.isNil(k) ? "table index is nil" : "table index is NaN");
        } catch (NotEnoughMemoryException e) {
            throw t.memoryError();
        }
    }
}
