package org.panlua.bench.table;

import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.util.HashMap;

/**
 * The hash-part benchmarks, the same for every key kind: N keys inserted in one random order and
 * looked up in another, on Panlua, HashMap and LuaJ. A subclass makes the keys and says how
 * Panlua reads and writes them.
 *
 * <p>{@code get*}: look every key up and sum the values. {@code set*}: overwrite every key.
 * {@code fill*}: a new empty table, N inserts, drop. Scores are per key.
 */
@State(Scope.Thread)
public abstract class HashPartBenchmark {
    static final int N = 1024;

    /**
     * Keys in the table. Every invocation does N operations; with more than N keys they walk
     * through all the keys, N at a time, so a big table is not warm in the cache.
     * Only {@code get*} and {@code set*} use it; {@code fill*} always inserts N keys.
     */
    @Param({"1024"})
    public int size;
    private int cursor;

    protected PanluaState panlua;
    private Tables tables;
    private long table;
    private long[] keys;        // insertion order
    private long[] lookupKeys;  // lookup order
    private long[] words;

    private HashMap<Object, Object> map;
    private Object[] mapKeys;
    private Object[] mapLookupKeys;
    private Long[] mapValues;

    private LuaTable luaj;
    private LuaValue[] luajKeys;
    private LuaValue[] luajLookupKeys;
    private LuaValue[] luajValues;

    private int shift;

    /** Key {@code i} of {@code size} for each implementation (made once, in set-up). */
    protected record Key(long panlua, Object map, LuaValue luaj) {}

    protected abstract Key[] makeKeys(int size);

    protected abstract long panluaGet(Tables tables, long t, long key);

    protected abstract void panluaSet(Tables tables, long t, long key, long value);

    /** A check of the filled Panlua table's shape; none by default. */
    protected void checkShape(long t) {}

    @Setup
    public void setup() {
        if (size < N || size % N != 0) throw new IllegalArgumentException("size must be a multiple of " + N);
        panlua = new PanluaState();
        Key[] made = makeKeys(size);
        int[] order = KeySets.permutation(size, 43);
        tables = panlua.tables;
        keys = new long[size];
        lookupKeys = new long[size];
        words = new long[size];
        mapKeys = new Object[size];
        mapLookupKeys = new Object[size];
        mapValues = new Long[size];
        luajKeys = new LuaValue[size];
        luajLookupKeys = new LuaValue[size];
        luajValues = new LuaValue[size];
        for (int i = 0; i < size; i++) {
            keys[i] = made[i].panlua();
            mapKeys[i] = made[i].map();
            luajKeys[i] = made[i].luaj();
            long v = 1000L + i;
            words[i] = Value.ofInlineInteger(v);
            mapValues[i] = v;
            luajValues[i] = LuaValue.valueOf((int) v);
        }
        for (int i = 0; i < size; i++) {
            lookupKeys[i] = keys[order[i]];
            mapLookupKeys[i] = mapKeys[order[i]];   // the very instances that were inserted
            luajLookupKeys[i] = luajKeys[order[i]];
        }
        table = fillPanlua(keys, words, size);
        map = fillMap(mapKeys, mapValues, size);
        luaj = fillLuaj(luajKeys, luajValues, size);
        checkShape(table);
        for (int round = 0; round < size / N; round++) {
            int c = cursor;
            long expect = getPanlua();
            cursor = c;
            long m = getHashMap();
            cursor = c;
            if (m != expect || getLuaJ() != expect) throw new IllegalStateException("implementations disagree");
        }
        cursor = 0;
    }

    @TearDown
    public void tearDown() {
        panlua.close();
    }

    private long fillPanlua(long[] keys, long[] words, int n) {
        long t = tables.create(0, 0);
        for (int i = 0; i < n; i++) panluaSet(tables, t, keys[i], words[i]);
        return t;
    }

    private static HashMap<Object, Object> fillMap(Object[] keys, Long[] values, int n) {
        HashMap<Object, Object> m = new HashMap<>();
        for (int i = 0; i < n; i++) m.put(keys[i], values[i]);
        return m;
    }

    private static LuaTable fillLuaj(LuaValue[] keys, LuaValue[] values, int n) {
        LuaTable t = new LuaTable();
        for (int i = 0; i < n; i++) t.rawset(keys[i], values[i]);
        return t;
    }

    /** The first of the N keys this invocation uses. */
    private int next() {
        int b = cursor;
        cursor = b + N == size ? 0 : b + N;
        return b;
    }

    // ---- get -------------------------------------------------------------------------------
    @Benchmark
    @OperationsPerInvocation(N)
    public long getPanlua() {
        Tables tables = this.tables;
        long t = table;
        long[] k = lookupKeys;
        int b = next();
        long sum = 0;
        for (int i = b; i < b + N; i++) sum += Value.inlineInteger(panluaGet(tables, t, k[i]));
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long getHashMap() {
        HashMap<Object, Object> m = map;
        Object[] k = mapLookupKeys;
        int b = next();
        long sum = 0;
        for (int i = b; i < b + N; i++) sum += (Long) m.get(k[i]);
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long getLuaJ() {
        LuaTable t = luaj;
        LuaValue[] k = luajLookupKeys;
        int b = next();
        long sum = 0;
        for (int i = b; i < b + N; i++) sum += t.rawget(k[i]).tolong();
        return sum;
    }

    // ---- set -------------------------------------------------------------------------------
    @Benchmark
    @OperationsPerInvocation(N)
    public void setPanlua() {
        Tables tables = this.tables;
        long t = table;
        long[] k = lookupKeys;
        long[] values = words;
        int s = ++shift;
        int b = next();
        for (int i = b; i < b + N; i++) panluaSet(tables, t, k[i], values[(i + s) & (N - 1)]);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void setHashMap() {
        HashMap<Object, Object> m = map;
        Object[] k = mapLookupKeys;
        Long[] values = mapValues;
        int s = ++shift;
        int b = next();
        for (int i = b; i < b + N; i++) m.put(k[i], values[(i + s) & (N - 1)]);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void setLuaJ() {
        LuaTable t = luaj;
        LuaValue[] k = luajLookupKeys;
        LuaValue[] values = luajValues;
        int s = ++shift;
        int b = next();
        for (int i = b; i < b + N; i++) t.rawset(k[i], values[(i + s) & (N - 1)]);
    }

    // ---- fill (new table, N inserts) -------------------------------------------------------
    @Benchmark
    @OperationsPerInvocation(N)
    public long fillPanlua() {
        long t = fillPanlua(keys, words, N);
        long n = Tables.hashSize(t);
        tables.free(t);
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object fillHashMap() {
        return fillMap(mapKeys, mapValues, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object fillLuaJ() {
        return fillLuaj(luajKeys, luajValues, N);
    }
}
