package org.panlua.core.lib;

import org.panlua.core.vm.Conversions;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.core.vm.Text;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/**
 * The table library ({@code table.insert}, {@code remove}, {@code concat}, {@code pack},
 * {@code unpack}, {@code move}, {@code sort}). Every element access honours {@code __index},
 * {@code __newindex} and {@code __len} as Lua 5.4 does; a table without a metatable takes a
 * raw path.
 */
public final class TableLib {
    private TableLib() {}

    /** Operations an argument must support: read, write, length ({@code TAB_R/W/L}). */
    static final int READ = 1, WRITE = 2, LENGTH = 4;

    /** Most values {@code unpack} may push (the stack limit of a coroutine, minus some room). */
    private static final long MAX_UNPACK = 1_000_000 - 1_000;

    /** Registers the {@code table} library. */
    public static void open(LuaState state) {
        Library lib = Library.create(state, "table", 7);
        lib.add("concat", TableLib::concat);
        lib.add("insert", TableLib::insert);
        lib.add("pack", TableLib::pack);
        lib.add("unpack", TableLib::unpack);
        lib.add("remove", TableLib::remove);
        lib.add("move", TableLib::move);
        lib.add("sort", Sort::sort);
    }

    // ---- Element access --------------------------------------------------------------------
    /** {@code t[i]} with metamethods ({@code lua_geti}). */
    static long get(LuaThread L, long t, long i) {
        if (Value.isTable(t)) {
            long a = Value.address(t);
            if (Tables.metatable(a) == 0) return L.state.tables.getInteger(a, i);
        }
        return L.index(t, L.state.integer(i));
    }

    /** {@code t[i] = v} with metamethods ({@code lua_seti}). */
    static void set(LuaThread L, long t, long i, long v) {
        if (Value.isTable(t)) {
            long a = Value.address(t);
            if (Tables.metatable(a) == 0) {
                L.state.tables.setInteger(a, i, v);
                return;
            }
        }
        L.setIndex(t, L.state.integer(i), v);
    }

    /**
     * Checks that argument {@code arg} is a table, or has a metatable with the metamethods
     * the operations {@code what} need; otherwise raises the "table expected" error.
     */
    static void checkTable(LuaThread L, int arg, int what) {
        long v = L.arg(arg);
        if (Value.isTable(v)) return;
        long mt = L.state.metatable(v);
        boolean ok = mt != 0
                && ((what & READ) == 0 || hasField(L, mt, "__index"))
                && ((what & WRITE) == 0 || hasField(L, mt, "__newindex"))
                && ((what & LENGTH) == 0 || hasField(L, mt, "__len"));
        if (!ok) throw L.typeError(arg, "table");
    }

    private static boolean hasField(LuaThread L, long mt, String name) {
        return L.state.tables.getString(mt, L.state.string(name)) != Value.NIL_WORD;
    }

    /** {@code luaL_len}: {@code #v} with {@code __len}, which must be an integer. */
    static long length(LuaThread L, long v) {
        if (Value.isTable(v)) {
            long a = Value.address(v);
            if (Tables.metatable(a) == 0) return L.state.tables.length(a);
        }
        Long n = Conversions.toInteger(L.length(v));
        if (n == null) throw L.error("object length is not an integer");
        return n;
    }

    /** The length of argument {@code arg} after checking it supports {@code what} and length. */
    static long checkedLength(LuaThread L, int arg, int what) {
        checkTable(L, arg, what | LENGTH);
        return length(L, L.arg(arg));
    }

    // ---- Functions -------------------------------------------------------------------------
    private static int insert(LuaThread L) {
        long t = L.arg(1);
        long e = checkedLength(L, 1, READ | WRITE) + 1; // first empty slot (wraps as in C)
        long pos;
        switch (L.nargs()) {
            case 2 -> pos = e;
            case 3 -> {
                pos = L.checkInteger(2);
                // pos must be in [1, e]; unsigned so that pos <= 0 fails too
                if (Long.compareUnsigned(pos - 1, e) >= 0) throw L.argError(2, "position out of bounds");
                for (long i = e; i > pos; i--) set(L, t, i, get(L, t, i - 1));
            }
            default -> throw L.error("wrong number of arguments to 'insert'");
        }
        set(L, t, pos, L.arg(L.nargs()));
        return 0;
    }

    private static int remove(LuaThread L) {
        long t = L.arg(1);
        long size = checkedLength(L, 1, READ | WRITE);
        long pos = L.optInteger(2, size);
        // an explicit position must be in [1, size + 1]
        if (pos != size && Long.compareUnsigned(pos - 1, size) > 0) {
            throw L.argError(2, "position out of bounds");
        }
        L.setTop(2);
        L.push(get(L, t, pos)); // the result, anchored on the stack while elements move
        for (; pos < size; pos++) set(L, t, pos, get(L, t, pos + 1));
        set(L, t, pos, Value.NIL_WORD);
        return 1;
    }

    /**
     * Copies {@code a1[f..e]} to {@code a2[t..]}, in increasing order when the ranges cannot
     * clash (better for rehashing), else from the end.
     */
    private static int move(LuaThread L) {
        long f = L.checkInteger(2);
        long e = L.checkInteger(3);
        long t = L.checkInteger(4);
        int tt = L.isNoneOrNil(5) ? 1 : 5;
        checkTable(L, 1, READ);
        checkTable(L, tt, WRITE);
        long src = L.arg(1), dst = L.arg(tt);
        if (e >= f) {
            if (!(f > 0 || e < Long.MAX_VALUE + f)) throw L.argError(3, "too many elements to move");
            long n = e - f + 1;
            if (t > Long.MAX_VALUE - n + 1) throw L.argError(4, "destination wrap around");
            if (t > e || t <= f || (tt != 1 && !L.equal(src, dst))) {
                for (long i = 0; i < n; i++) set(L, dst, t + i, get(L, src, f + i));
            } else {
                for (long i = n - 1; i >= 0; i--) set(L, dst, t + i, get(L, src, f + i));
            }
        }
        L.push(dst);
        return 1;
    }

    private static int concat(LuaThread L) {
        long t = L.arg(1);
        long last = checkedLength(L, 1, READ);
        byte[] sep = L.optBytes(2, new byte[0]);
        long i = L.optInteger(3, 1);
        last = L.optInteger(4, last);
        LuaBuffer b = new LuaBuffer(L);
        for (; i < last; i++) {
            addField(L, b, t, i);
            b.add(sep);
        }
        if (i == last) addField(L, b, t, i); // the last one, when the range was not empty
        L.push(b.toStringValue());
        return 1;
    }

    private static void addField(LuaThread L, LuaBuffer b, long t, long i) {
        long v = get(L, t, i);
        if (Value.isString(v)) {
            b.addString(v); // no byte[] per item
        } else if (Value.isNumber(v)) {
            b.addString(Text.numberToString(L.state, v));
        } else {
            throw L.error("invalid value (" + Value.typeName(v) + ") at index " + i + " in table for 'concat'");
        }
    }

    private static int pack(LuaThread L) {
        int n = L.nargs();
        long t = L.state.newTable(n, 1);
        long a = Value.address(t);
        for (int i = 1; i <= n; i++) L.state.tables.setInteger(a, i, L.arg(i));
        L.state.setField(t, "n", L.state.integer(n));
        L.push(t);
        return 1;
    }

    private static int unpack(LuaThread L) {
        long t = L.arg(1);
        long i = L.optInteger(2, 1);
        long e = L.isNoneOrNil(3) ? length(L, t) : L.checkInteger(3);
        if (i > e) return 0;
        long n = e - i; // elements minus one; unsigned, as it may not fit a signed long
        if (Long.compareUnsigned(n, MAX_UNPACK) >= 0) throw L.error("too many results to unpack");
        for (; i < e; i++) L.push(get(L, t, i)); // stop before e: e + 1 may overflow
        L.push(get(L, t, e));
        return (int) n + 1;
    }
}
