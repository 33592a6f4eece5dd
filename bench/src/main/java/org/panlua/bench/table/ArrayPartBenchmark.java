package org.panlua.bench.table;

import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * Array-part access: integer keys {@code 1..N}, read and written in order (what {@code ipairs}
 * and numeric {@code for} loops do). Each implementation holds the same N numbers:
 * Panlua an array part of NaN-boxed words, HashMap {@code Long -> Long}, LuaJ its array part of
 * {@code LuaInteger}s. HashMap and LuaJ get pre-created key and value objects, so they never
 * pay for boxing; Panlua computes nothing but the index.
 *
 * <p>{@code get*}: read every key and sum the values. {@code set*}: overwrite every key (the
 * values rotate between invocations). {@code fill*}: a new empty table, then N appends
 * (growth and rehashing included), then the table is dropped (Panlua frees it explicitly).
 * Scores are per key.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ArrayPartBenchmark {
    static final int N = 1024;

    private PanluaState panlua;
    private Tables tables;
    private long table;
    private long[] words;

    private HashMap<Object, Object> map;
    private Long[] mapKeys;
    private Long[] mapValues;

    private LuaTable luaj;
    private LuaValue[] luajKeys;
    private LuaValue[] luajValues;

    private int shift;

    @Setup
    public void setup() {
        panlua = new PanluaState();
        tables = panlua.tables;
        words = new long[N];
        mapKeys = new Long[N + 1];
        mapValues = new Long[N];
        luajKeys = new LuaValue[N + 1];
        luajValues = new LuaValue[N];
        for (int i = 0; i < N; i++) {
            long v = 1000L + i;
            words[i] = Value.ofInlineInteger(v);
            mapValues[i] = v;             // boxed once here
            luajValues[i] = LuaValue.valueOf((int) v);
        }
        for (int i = 1; i <= N; i++) {
            mapKeys[i] = (long) i;
            luajKeys[i] = LuaValue.valueOf(i);
        }
        table = fillPanlua(tables, words);
        map = fillMap(mapKeys, mapValues);
        luaj = fillLuaj(luajKeys, luajValues);
        if (Tables.arraySize(table) != N) throw new IllegalStateException("Panlua array part is " + Tables.arraySize(table));
        long expect = getPanlua();
        if (getHashMap() != expect || getLuaJ() != expect) throw new IllegalStateException("implementations disagree");
    }

    @TearDown
    public void tearDown() {
        panlua.close();
    }

    private static long fillPanlua(Tables tables, long[] words) {
        long t = tables.create(0, 0);
        for (int i = 1; i <= N; i++) tables.setInteger(t, i, words[i - 1]);
        return t;
    }

    private static HashMap<Object, Object> fillMap(Long[] keys, Long[] values) {
        HashMap<Object, Object> m = new HashMap<>();
        for (int i = 1; i <= N; i++) m.put(keys[i], values[i - 1]);
        return m;
    }

    private static LuaTable fillLuaj(LuaValue[] keys, LuaValue[] values) {
        LuaTable t = new LuaTable();
        for (int i = 1; i <= N; i++) t.rawset(keys[i], values[i - 1]);
        return t;
    }

    // ---- get -------------------------------------------------------------------------------
    @Benchmark
    @OperationsPerInvocation(N)
    public long getPanlua() {
        Tables tables = this.tables;
        long t = table;
        long sum = 0;
        for (int i = 1; i <= N; i++) sum += Value.inlineInteger(tables.getInteger(t, i));
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long getHashMap() {
        HashMap<Object, Object> m = map;
        Long[] keys = mapKeys;
        long sum = 0;
        for (int i = 1; i <= N; i++) sum += (Long) m.get(keys[i]);
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long getLuaJ() {
        LuaTable t = luaj;
        LuaValue[] keys = luajKeys;
        long sum = 0;
        for (int i = 1; i <= N; i++) sum += t.rawget(keys[i]).tolong();
        return sum;
    }

    // ---- set -------------------------------------------------------------------------------
    @Benchmark
    @OperationsPerInvocation(N)
    public void setPanlua() {
        Tables tables = this.tables;
        long t = table;
        long[] values = words;
        int s = ++shift;
        for (int i = 1; i <= N; i++) tables.setInteger(t, i, values[(i + s) & (N - 1)]);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void setHashMap() {
        HashMap<Object, Object> m = map;
        Long[] keys = mapKeys;
        Long[] values = mapValues;
        int s = ++shift;
        for (int i = 1; i <= N; i++) m.put(keys[i], values[(i + s) & (N - 1)]);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void setLuaJ() {
        LuaTable t = luaj;
        LuaValue[] keys = luajKeys;
        LuaValue[] values = luajValues;
        int s = ++shift;
        for (int i = 1; i <= N; i++) t.rawset(keys[i], values[(i + s) & (N - 1)]);
    }

    // ---- fill (new table, N appends) -------------------------------------------------------
    @Benchmark
    @OperationsPerInvocation(N)
    public long fillPanlua() {
        long t = fillPanlua(tables, words);
        long n = Tables.arraySize(t);
        tables.free(t);
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object fillHashMap() {
        return fillMap(mapKeys, mapValues);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object fillLuaJ() {
        return fillLuaj(luajKeys, luajValues);
    }
}
