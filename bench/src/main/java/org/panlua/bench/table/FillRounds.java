package org.panlua.bench.table;

import org.panlua.bench.cache.TableLoop;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.table.Tables;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;

/**
 * The {@code fill} benchmarks of {@link HashIntegerBenchmark} and {@link ShortStringBenchmark}
 * (a new empty table, 1024 inserts) timed against {@code HashMap} in short alternating
 * batches, each implementation's score the fastest batch: on a shared machine whose load
 * moves from second to second, JMH's one-implementation-after-the-other iterations see
 * different machines, while alternating batches of a few microseconds see the same one, and
 * the minimum drops the batches another tenant interrupted. Keys are the JMH benchmarks'
 * ({@link KeySets}), HashMap keys and values pre-boxed as there; Panlua's fills are
 * {@link TableLoop}'s.
 *
 * <pre>java --enable-native-access=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED \
 *     -cp bench/target/benchmarks.jar org.panlua.bench.table.FillRounds [ROUNDS]</pre>
 */
public final class FillRounds {
    private static final int N = HashPartBenchmark.N;
    private static final int BATCH = 20;
    private static final int BATCHES = 300;

    private FillRounds() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (NativeHeap heap = new NativeHeap()) {
            StringTable strings = new StringTable(heap, 0x5EED_1234);
            Tables tables = new Tables(heap, strings);
            int[] ints = KeySets.sparseInts(N, 42);
            byte[][] names = KeySets.shortNames(N, 44);
            long[] intKeys = new long[N];
            long[] stringKeys = new long[N];
            Object[] boxedInts = new Object[N];
            Object[] javaNames = new Object[N];
            Object[] values = new Object[N];
            for (int i = 0; i < N; i++) {
                intKeys[i] = ints[i];
                stringKeys[i] = strings.of(names[i]);
                javaNames[i] = new String(names[i], StandardCharsets.ISO_8859_1);
                boxedInts[i] = (long) ints[i];
                values[i] = (long) i;
            }
            long sink = 0;
            for (int round = 1; round <= rounds; round++) {
                double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
                for (int b = 0; b < BATCHES; b++) {
                    long t0 = System.nanoTime();
                    for (int k = 0; k < BATCH; k++) sink += TableLoop.fillInts(tables, intKeys);
                    long t1 = System.nanoTime();
                    for (int k = 0; k < BATCH; k++) sink += fillMap(boxedInts, values);
                    long t2 = System.nanoTime();
                    for (int k = 0; k < BATCH; k++) sink += TableLoop.fillStrings(tables, stringKeys);
                    long t3 = System.nanoTime();
                    for (int k = 0; k < BATCH; k++) sink += fillMap(javaNames, values);
                    long t4 = System.nanoTime();
                    long[] t = {t0, t1, t2, t3, t4};
                    for (int i = 0; i < 4; i++) best[i] = Math.min(best[i], (t[i + 1] - t[i]) / (double) BATCH / N);
                }
                System.out.printf("round %d, ns per key: int fill Panlua %.2f HashMap %.2f (%.2f); "
                        + "string fill Panlua %.2f HashMap %.2f (%.2f)%n", round, best[0], best[1],
                        best[0] / best[1], best[2], best[3], best[2] / best[3]);
            }
            if (sink == 42) System.out.println();
        }
    }

    private static long fillMap(Object[] keys, Object[] values) {
        HashMap<Object, Object> m = new HashMap<>();
        for (int i = 0; i < keys.length; i++) m.put(keys[i], values[i]);
        return m.size();
    }
}
