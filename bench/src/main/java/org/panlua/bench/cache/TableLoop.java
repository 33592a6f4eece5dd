package org.panlua.bench.cache;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A table-heavy loop to run under {@code valgrind --tool=cachegrind} (bench/scripts/cachegrind-tables.sh).
 *
 * <pre>
 *   java ... org.panlua.bench.cache.TableLoop WORKLOAD PASSES [SIZE [WARMUP]]
 * </pre>
 *
 * Builds the data for WORKLOAD, runs {@link #WARMUP_PASSES} passes so that C2 has compiled the
 * loop with the table access inlined, as in the JMH benchmarks (run it with {@code -Xbatch} so
 * that compilation finishes before the loop goes on), then
 * PASSES measured passes, and prints a checksum. Cachegrind cannot start and stop counting
 * from inside a JVM, so the script runs every workload twice, with PASSES = 0 and PASSES = P,
 * and takes the difference: that is the cost of P passes of the compiled loop alone.
 *
 * <p>Workloads on real Panlua tables (the memory module's raw API):
 * <ul>
 *   <li>{@code array}: a table with array part {@code 1..SIZE} of integers; a pass sums
 *       {@code t[1..SIZE]} with {@code getInteger};</li>
 *   <li>{@code strings}: a table of SIZE short-string keys; a pass looks every key up with
 *       {@code getString}, in random order;</li>
 *   <li>{@code hashints}: a table of SIZE sparse integer keys; a pass looks every key up;</li>
 *   <li>{@code records}: SIZE small tables (records {@code {x=, y=, z=, w=}}); a pass reads
 *       {@code r.x} of every record in random order, so every access meets a cold table object
 *       and a cold node array (what object-heavy Lua code does);</li>
 *   <li>{@code fillints} / {@code fillstrings}: a pass creates an empty table, inserts SIZE
 *       sparse integer keys (short-string keys) and frees it: growth included, as the JMH
 *       {@code fill} benchmarks do (run it with SIZE 1024 and many passes);</li>
 *   <li>{@code colliding}: SIZE integer keys with one 32-bit hash ({@code Tables.collidingIntegers}),
 *       all in one skip-list chain; {@code healthyboxed} / {@code healthyinline}: SIZE random
 *       boxed / inline integer keys; a pass looks every key up in random order.</li>
 * </ul>
 * Layout models (plain native arrays, same access pattern, only the layout differs):
 * <ul>
 *   <li>{@code nodes32} / {@code nodes48}: SIZE hash nodes of 32 bytes (Panlua's: two per
 *       64-byte line) or a hypothetical 48 bytes; a pass reads key, value, next and hash of every
 *       node in random order, as a hit in the hash part does;</li>
 *   <li>{@code nodes32at16}: 32-byte nodes whose array starts 16 bytes into a line, as a hash
 *       part from plain malloc did before large blocks were line-aligned: every other node
 *       straddles two lines;</li>
 *   <li>{@code words8} / {@code tvalue16}: SIZE array items as 8-byte NaN-boxed words
 *       (Panlua's array part) or as the reference Lua's 16-byte tagged values; a pass sums them
 *       in order.</li>
 * </ul>
 */
public final class TableLoop {
    /**
     * Passes before the measured ones. With {@code -Xbatch} and SIZE 16384, C2 compiles the loop
     * method (OSR, then normally, with the table access inlined) during the first two or three;
     * check with {@code -XX:+PrintCompilation}.
     */
    static final int WARMUP_PASSES = 100;

    private TableLoop() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: TableLoop array|strings|hashints|records|fillints|fillstrings|colliding|healthyboxed|healthyinline|nodes32|nodes48|nodes32at16|words8|tvalue16 PASSES [SIZE]");
            System.exit(2);
        }
        String workload = args[0];
        int passes = Integer.parseInt(args[1]);
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 16384;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : WARMUP_PASSES;
        try (NativeHeap heap = new NativeHeap()) {
            StringTable strings = new StringTable(heap, 0x5EED_1234);
            Tables tables = new Tables(heap, strings);
            Loop loop = switch (workload) {
                case "array" -> arrayLoop(tables, size);
                case "strings" -> stringLoop(tables, strings, size);
                case "hashints" -> hashIntLoop(tables, size);
                case "records" -> recordLoop(tables, strings, size);
                case "fillints" -> fillIntLoop(tables, size);
                case "fillstrings" -> fillStringLoop(tables, strings, size);
                case "colliding" -> intKeyLoop(tables, tables.collidingIntegers(0x0BAD_F00D, size, 7));
                case "healthyboxed" -> intKeyLoop(tables, randomKeys(size, true));
                case "healthyinline" -> intKeyLoop(tables, randomKeys(size, false));
                case "nodes32" -> nodeLoop(heap, size, 32);
                case "nodes48" -> nodeLoop(heap, size, 48);
                case "nodes32at16" -> nodeLoop(heap, size, 32, 16);
                case "words8" -> itemLoop(heap, size, 8);
                case "tvalue16" -> itemLoop(heap, size, 16);
                default -> throw new IllegalArgumentException("unknown workload " + workload);
            };
            long sum = 0;
            for (int i = 0; i < warmup; i++) sum += loop.pass();
            long warm = sum;
            for (int i = 0; i < passes; i++) sum += loop.pass();
            System.out.println(workload + " size=" + size + " passes=" + passes + " checksum=" + (sum - warm) + " warm=" + warm);
        }
    }

    interface Loop {
        long pass();
    }

    // ---- Real Panlua tables ------------------------------------------------------------------
    private static Loop arrayLoop(Tables tables, int size) {
        long t = tables.create(size, 0);
        for (int i = 1; i <= size; i++) tables.setInteger(t, i, Value.ofInlineInteger(i));
        if (Tables.arraySize(t) != size) throw new IllegalStateException();
        return () -> sumArray(tables, t, size);
    }

    static long sumArray(Tables tables, long t, int size) {
        long sum = 0;
        for (int i = 1; i <= size; i++) sum += Value.inlineInteger(tables.getInteger(t, i));
        return sum;
    }

    private static Loop stringLoop(Tables tables, StringTable strings, int size) {
        SplittableRandom r = new SplittableRandom(44);
        long[] keys = new long[size];
        long t = tables.create(0, 0);
        Set<String> seen = new HashSet<>(); // not getString: see hashIntLoop
        for (int i = 0; i < size; i++) {
            String name;
            do name = "k" + r.nextInt(1 << 30); while (!seen.add(name));
            long s = strings.of(name.getBytes(StandardCharsets.ISO_8859_1));
            keys[i] = s;
            tables.set(t, s, Value.ofInlineInteger(i));
        }
        long[] order = permute(keys, 45);
        return () -> lookupStrings(tables, t, order);
    }

    static long lookupStrings(Tables tables, long t, long[] keys) {
        long sum = 0;
        for (long k : keys) sum += Value.inlineInteger(tables.getString(t, k));
        return sum;
    }

    private static Loop hashIntLoop(Tables tables, int size) {
        SplittableRandom r = new SplittableRandom(46);
        long[] keys = new long[size];
        long t = tables.create(0, 0);
        // Duplicates are weeded out with a Java set, not getInteger: a getInteger that C2
        // compiled on its own during set-up is "already compiled into a big method" and would
        // then not be inlined into the measured loop (as it is in the JMH benchmarks).
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            long k;
            do k = r.nextInt(1 << 20, Integer.MAX_VALUE); while (!seen.add(k));
            keys[i] = k;
            tables.setInteger(t, k, Value.ofInlineInteger(i));
        }
        long[] order = permute(keys, 47);
        return () -> lookupInts(tables, t, order);
    }

    private static Loop recordLoop(Tables tables, StringTable strings, int size) {
        long[] fields = {
            strings.of("x".getBytes(StandardCharsets.ISO_8859_1)), strings.of("y".getBytes(StandardCharsets.ISO_8859_1)),
            strings.of("z".getBytes(StandardCharsets.ISO_8859_1)), strings.of("w".getBytes(StandardCharsets.ISO_8859_1))};
        long[] records = new long[size];
        for (int i = 0; i < size; i++) {
            long t = tables.create(0, 0); // grown by insertion, as a constructor {x=..} does
            for (int f = 0; f < fields.length; f++) tables.set(t, fields[f], Value.ofInlineInteger(i + f));
            records[i] = t;
        }
        long[] order = permute(records, 49);
        long x = fields[0];
        return () -> readField(tables, order, x);
    }

    static long readField(Tables tables, long[] records, long field) {
        long sum = 0;
        for (long t : records) sum += Value.inlineInteger(tables.getString(t, field));
        return sum;
    }

    private static Loop fillIntLoop(Tables tables, int size) {
        SplittableRandom r = new SplittableRandom(46);
        Set<Long> seen = new HashSet<>();
        long[] keys = new long[size];
        for (int i = 0; i < size; ) {
            long k = r.nextInt(1 << 20, Integer.MAX_VALUE);
            if (seen.add(k)) keys[i++] = k;
        }
        return () -> fillInts(tables, keys);
    }

    public static long fillInts(Tables tables, long[] keys) {
        long t = tables.create(0, 0);
        for (int i = 0; i < keys.length; i++) tables.setInteger(t, keys[i], Value.ofInlineInteger(i));
        long n = Tables.hashSize(t);
        tables.free(t);
        return n;
    }

    private static Loop fillStringLoop(Tables tables, StringTable strings, int size) {
        SplittableRandom r = new SplittableRandom(44);
        Set<String> seen = new HashSet<>();
        long[] keys = new long[size];
        for (int i = 0; i < size; ) {
            String name = "k" + r.nextInt(1 << 30);
            if (seen.add(name)) keys[i++] = strings.of(name.getBytes(StandardCharsets.ISO_8859_1));
        }
        return () -> fillStrings(tables, keys);
    }

    public static long fillStrings(Tables tables, long[] keys) {
        long t = tables.create(0, 0);
        for (int i = 0; i < keys.length; i++) tables.set(t, keys[i], Value.ofInlineInteger(i));
        long n = Tables.hashSize(t);
        tables.free(t);
        return n;
    }

    private static Loop intKeyLoop(Tables tables, long[] keys) {
        long t = tables.create(0, 0);
        for (int i = 0; i < keys.length; i++) tables.setInteger(t, keys[i], Value.ofInlineInteger(i));
        long[] order = permute(keys, 50);
        return () -> lookupInts(tables, t, order);
    }

    private static long[] randomKeys(int size, boolean boxed) {
        SplittableRandom r = new SplittableRandom(51);
        Set<Long> seen = new HashSet<>();
        long[] keys = new long[size];
        for (int i = 0; i < size; ) {
            long k = boxed ? r.nextLong() : r.nextLong(Value.MIN_INLINE_INTEGER, Value.MAX_INLINE_INTEGER);
            if (Value.fitsInline(k) != boxed && seen.add(k)) keys[i++] = k;
        }
        return keys;
    }

    static long lookupInts(Tables tables, long t, long[] keys) {
        long sum = 0;
        for (long k : keys) sum += Value.inlineInteger(tables.getInteger(t, k));
        return sum;
    }

    // ---- Layout models -----------------------------------------------------------------------
    /** {@code size} nodes of {@code stride} bytes: key, value, int next, int hash in the first 24. */
    private static Loop nodeLoop(NativeHeap heap, int size, int stride) {
        return nodeLoop(heap, size, stride, 0);
    }

    /** As above, the array starting {@code offset} bytes into a line (malloc's 16-byte alignment). */
    private static Loop nodeLoop(NativeHeap heap, int size, int stride, int offset) {
        long base = alignedBlock(heap, (long) size * stride + offset) + offset;
        for (int i = 0; i < size; i++) {
            long n = base + (long) i * stride;
            Mem.putLong(n, Value.ofInlineInteger(i));     // key
            Mem.putLong(n + 8, Value.ofInlineInteger(i)); // value
            Mem.putInt(n + 16, -1);                       // next
            Mem.putInt(n + 20, i * 0x9E3779B1);           // hash
        }
        long[] order = new long[size];
        for (int i = 0; i < size; i++) order[i] = i;
        long[] probe = permute(order, 48);
        int[] index = new int[size];
        for (int i = 0; i < size; i++) index[i] = (int) probe[i];
        return () -> probeNodes(base, stride, index);
    }

    static long probeNodes(long base, int stride, int[] index) {
        long sum = 0;
        for (int i : index) {
            long n = base + (long) i * stride;
            if (Mem.getInt(n + 20) == i * 0x9E3779B1 && Mem.getLong(n) == Value.ofInlineInteger(i)) {
                sum += Value.inlineInteger(Mem.getLong(n + 8)) + Mem.getInt(n + 16);
            }
        }
        return sum;
    }

    /** {@code size} array items of {@code stride} bytes, the value word first. */
    private static Loop itemLoop(NativeHeap heap, int size, int stride) {
        long base = alignedBlock(heap, (long) size * stride);
        for (int i = 0; i < size; i++) {
            long item = base + (long) i * stride;
            Mem.putLong(item, Value.ofInlineInteger(i));
            if (stride == 16) Mem.putLong(item + 8, 3); // the reference Lua's type tag
        }
        return stride == 8 ? () -> sumWords(base, size) : () -> sumTagged(base, size);
    }

    static long sumWords(long base, int size) {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            long w = Mem.getLong(base + ((long) i << 3));
            if (Value.isInlineInteger(w)) sum += Value.inlineInteger(w);
        }
        return sum;
    }

    static long sumTagged(long base, int size) {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            long item = base + ((long) i << 4);
            if (Mem.getLong(item + 8) == 3) sum += Value.inlineInteger(Mem.getLong(item));
        }
        return sum;
    }

    // ---- Helpers -------------------------------------------------------------------------------
    /** A block of at least {@code bytes}, aligned to a 64-byte line. */
    private static long alignedBlock(NativeHeap heap, long bytes) {
        long raw = heap.allocate(bytes + 64);
        return (raw + 63) & -64L;
    }

    private static long[] permute(long[] a, long seed) {
        long[] p = a.clone();
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = p.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            long t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
