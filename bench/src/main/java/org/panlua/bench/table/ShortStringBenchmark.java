package org.panlua.bench.table;

import org.luaj.vm2.LuaString;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.panlua.memory.table.Tables;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Short-string keys (field names): N distinct identifier-like names of 4 to 16 bytes. Panlua
 * keys are interned string words made once ({@code StringTable.of}); HashMap keys are
 * {@code String}s made once (their hash cached after first use); LuaJ keys are
 * {@code LuaString}s made once. The operations are {@link HashPartBenchmark}'s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ShortStringBenchmark extends HashPartBenchmark {
    @Override
    protected Key[] makeKeys(int size) {
        byte[][] names = KeySets.shortNames(size, 44);
        Key[] keys = new Key[size];
        for (int i = 0; i < size; i++) {
            keys[i] = new Key(panlua.strings.of(names[i]), new String(names[i], StandardCharsets.ISO_8859_1),
                    LuaString.valueOf(names[i]));
        }
        return keys;
    }

    @Override
    protected long panluaGet(Tables tables, long t, long key) {
        return tables.getString(t, key);
    }

    @Override
    protected void panluaSet(Tables tables, long t, long key, long value) {
        tables.set(t, key, value);
    }
}
