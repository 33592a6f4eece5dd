package org.panlua.bench.table;

import org.luaj.vm2.LuaString;
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
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * Interning a string that already exists, from bytes (what the lexer, {@code string.sub} or a
 * C function pushing a string does): N distinct names of 4 to 16 bytes, each handed over as a
 * fresh {@code byte[]} (not the array it was created from), in random order.
 *
 * <ul>
 *   <li>Panlua: {@code StringTable.of(byte[])}: hash the bytes, walk the bucket, compare, answer
 *       the existing string's word;</li>
 *   <li>HashMap: the Java idiom, a {@code new String(bytes, ISO_8859_1)} then
 *       {@code putIfAbsent} in a {@code HashMap<String,String>} holding the canonical copies;</li>
 *   <li>LuaJ: {@code LuaString.valueOf(byte[])}, which only checks a 128-entry cache of recent
 *       strings and otherwise makes a new string (LuaJ does not intern).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InternBenchmark {
    static final int N = 1024;

    private PanluaState panlua;
    private HashMap<String, String> canonical;
    private byte[][] input;

    @Setup
    public void setup() {
        byte[][] names = KeySets.shortNames(N, 46);
        int[] order = KeySets.permutation(N, 47);
        panlua = new PanluaState();
        canonical = new HashMap<>();
        for (byte[] name : names) {
            panlua.strings.of(name);
            String s = new String(name, StandardCharsets.ISO_8859_1);
            canonical.put(s, s);
        }
        input = new byte[N][];
        for (int i = 0; i < N; i++) input[i] = names[order[i]].clone();
        int before = panlua.strings.count();
        for (byte[] b : input) panlua.strings.of(b);
        if (panlua.strings.count() != before) throw new IllegalStateException("strings were not found");
    }

    @TearDown
    public void tearDown() {
        panlua.close();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void internPanlua(Blackhole bh) {
        var strings = panlua.strings;
        byte[][] in = input;
        for (int i = 0; i < N; i++) bh.consume(strings.of(in[i]));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void internHashMap(Blackhole bh) {
        HashMap<String, String> m = canonical;
        byte[][] in = input;
        for (int i = 0; i < N; i++) {
            String s = new String(in[i], StandardCharsets.ISO_8859_1);
            String c = m.putIfAbsent(s, s);
            bh.consume(c != null ? c : s);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void internLuaJ(Blackhole bh) {
        byte[][] in = input;
        for (int i = 0; i < N; i++) bh.consume(LuaString.valueOf(in[i]));
    }
}
