package org.panlua.bench.table;

import org.luaj.vm2.LuaValue;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.panlua.memory.table.Tables;

import java.util.concurrent.TimeUnit;

/**
 * Hash-part integer keys: N distinct random ints in {@code [2^20, 2^31)} (sparse, so they never
 * go to an array part; ints, because LuaJ's integers are ints). Panlua keys are plain
 * {@code long}s (inline integers); HashMap and LuaJ get pre-created {@code Long} /
 * {@code LuaInteger} keys. The operations are {@link HashPartBenchmark}'s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HashIntegerBenchmark extends HashPartBenchmark {
    @Override
    protected Key[] makeKeys(int size) {
        int[] ints = KeySets.sparseInts(size, 42);
        Key[] keys = new Key[size];
        for (int i = 0; i < size; i++) keys[i] = new Key(ints[i], (long) ints[i], LuaValue.valueOf(ints[i]));
        return keys;
    }

    @Override
    protected long panluaGet(Tables tables, long t, long key) {
        return tables.getInteger(t, key);
    }

    @Override
    protected void panluaSet(Tables tables, long t, long key, long value) {
        tables.setInteger(t, key, value);
    }

    @Override
    protected void checkShape(long t) {
        if (Tables.arraySize(t) != 0) throw new IllegalStateException("keys went to the array part");
    }
}
