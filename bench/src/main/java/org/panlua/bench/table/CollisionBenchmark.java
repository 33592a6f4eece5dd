package org.panlua.bench.table;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Hash flooding (DESIGN.md section 5): a lookup among {@code count} (100 000) integer keys that all have
 * the same 32-bit hash, so they all sit in one collision chain (a skip list once it passes the
 * threshold), against the same number of lookups in healthy tables of as many random integer
 * keys. Each invocation makes {@value #LOOKUPS} lookups of present keys in random order (every
 * key once when {@code count} is 100 000); scores are per lookup.
 *
 * <p>The colliding keys come from {@link Tables#collidingIntegers}, which runs the seeded integer
 * mix backwards as an attacker who knew the seed would; set-up checks them against the module's
 * own hash before anything is measured. A 32-bit hash has only about 2^15 preimages among the inline
 * (47-bit) integers, too few for 100 000 keys, so the colliding keys are full 64-bit integers:
 * boxed integers. {@code healthyBoxed} uses random boxed integers too (the like-for-like
 * baseline); {@code healthyInline} random inline integers (the common case).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CollisionBenchmark {
    /** Lookups per invocation: every key once when {@code count} is 100 000, else cycling. */
    static final int LOOKUPS = 100_000;

    /** Keys in each table; the brief's figure is 100 000, smaller ones show the O(log n) growth. */
    @Param({"100000"})
    public int count;

    private PanluaState panlua;
    private long colliding;
    private long healthyBoxed;
    private long healthyInline;
    private long[] collidingKeys;
    private long[] boxedKeys;
    private long[] inlineKeys;

    @Setup(Level.Trial)
    public void setup() throws ReflectiveOperationException {
        panlua = new PanluaState();
        Tables tables = panlua.tables;
        collidingKeys = tables.collidingIntegers(0x0BAD_F00D, count, 7);
        verifyOneHash(tables, collidingKeys);
        SplittableRandom r = new SplittableRandom(48);
        boxedKeys = distinct(count, () -> {
            long k;
            do k = r.nextLong(); while (Value.fitsInline(k));
            return k;
        });
        inlineKeys = distinct(count, () -> r.nextLong(Value.MIN_INLINE_INTEGER, Value.MAX_INLINE_INTEGER));
        colliding = build(tables, collidingKeys);
        healthyBoxed = build(tables, boxedKeys);
        healthyInline = build(tables, inlineKeys);
        long[][] built = {collidingKeys, boxedKeys, inlineKeys};
        collidingKeys = lookupOrder(collidingKeys, 49);
        boxedKeys = lookupOrder(boxedKeys, 50);
        inlineKeys = lookupOrder(inlineKeys, 51);
        check(lookupColliding(), built[0], collidingKeys);
        check(lookupHealthyBoxed(), built[1], boxedKeys);
        check(lookupHealthyInline(), built[2], inlineKeys);
    }

    /** The lookups must find every key with its value (its index in the table's key array). */
    private static void check(long sum, long[] tableKeys, long[] lookups) {
        java.util.HashMap<Long, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < tableKeys.length; i++) index.put(tableKeys[i], i);
        long expect = 0;
        for (long k : lookups) expect += index.get(k);
        if (sum != expect) throw new IllegalStateException("lookups return wrong values");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        panlua.close();
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public long lookupColliding() {
        return lookupAll(panlua.tables, colliding, collidingKeys);
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public long lookupHealthyBoxed() {
        return lookupAll(panlua.tables, healthyBoxed, boxedKeys);
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public long lookupHealthyInline() {
        return lookupAll(panlua.tables, healthyInline, inlineKeys);
    }

    private static long lookupAll(Tables tables, long t, long[] keys) {
        long sum = 0;
        for (long k : keys) sum += Value.inlineInteger(tables.getInteger(t, k));
        return sum;
    }

    /** A table mapping {@code keys[i]} to {@code i}. */
    private static long build(Tables tables, long[] keys) {
        long t = tables.create(0, 0);
        for (int i = 0; i < keys.length; i++) tables.setInteger(t, keys[i], Value.ofInlineInteger(i));
        return t;
    }

    // ---- Making keys collide -----------------------------------------------------------------
    /**
     * Checks, through the memory module's own (package-private) hash, that every key really has
     * the same hash, so the benchmark cannot silently measure a healthy table. Reflection only:
     * no main API is widened for this.
     */
    private static void verifyOneHash(Tables tables, long[] keys) throws ReflectiveOperationException {
        Field f = Tables.class.getDeclaredField("keys");
        f.setAccessible(true);
        Object k = f.get(tables);
        Method mix = k.getClass().getDeclaredMethod("hashInteger", long.class);
        mix.setAccessible(true);
        int h = (int) mix.invoke(k, keys[0]);
        Set<Long> distinct = new HashSet<>();
        for (long key : keys) {
            if ((int) mix.invoke(k, key) != h) throw new IllegalStateException("key " + key + " does not collide");
            distinct.add(key);
        }
        if (distinct.size() != keys.length) throw new IllegalStateException("colliding keys are not distinct");
    }

    private static long[] distinct(int count, java.util.function.LongSupplier next) {
        Set<Long> seen = new HashSet<>();
        long[] out = new long[count];
        for (int i = 0; i < count; ) {
            long k = next.getAsLong();
            if (seen.add(k)) out[i++] = k;
        }
        return out;
    }

    /** {@link #LOOKUPS} keys: the table's keys in random order, repeated as often as needed. */
    private static long[] lookupOrder(long[] keys, long seed) {
        long[] out = new long[LOOKUPS];
        int[] p = KeySets.permutation(keys.length, seed);
        for (int i = 0; i < LOOKUPS; i++) out[i] = keys[p[i % keys.length]];
        return out;
    }
}
