package org.panlua.memory.table;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.value.Value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Tables against a {@link HashMap} model: long random sequences of sets, deletions, gets,
 * {@code next} walks (with assignments during the walk) and border checks, for every kind of
 * key, compared step by step.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TableModelTest extends TablesFixture {
    TableModelTest() {
        super(0x1234);
    }


    // ---- The model's keys: what a Lua key *is*, independently of its word ----------------------
    sealed interface K permits IntK, DblK, StrK, BoolK {}

    record IntK(long value) implements K {}

    /** A float key with no integer value, by its bits. */
    record DblK(long bits) implements K {}

    /** A string key by its bytes (each byte one char). */
    record StrK(String bytes) implements K {}

    record BoolK(boolean value) implements K {}

    private static final long MIN_INLINE = -(1L << 46);
    private static final long MAX_INLINE = (1L << 46) - 1;

    private Keys keys;

    @BeforeEach
    void open() {
        keys = new Keys(strings);
    }


    /** The model key of a word the table hands back; also checks that the word is normalised. */
    private static K modelKeyOf(long w) {
        if (Value.isInlineInteger(w)) return new IntK(Value.inlineInteger(w));
        if (Value.isBoxedInteger(w)) {
            long v = BoxedInteger.valueOf(w);
            assertTrue(v < MIN_INLINE || v > MAX_INLINE, "boxed key " + v + " fits inline");
            return new IntK(v);
        }
        if (Value.isDouble(w)) {
            double d = Value.asDouble(w);
            assertFalse(d != d, "NaN key");
            boolean integral = d == Math.floor(d) && d >= -0x1p63 && d < 0x1p63;
            assertFalse(integral, "float key " + d + " with an integer value was not normalised");
            return new DblK(w);
        }
        if (Value.isString(w)) return new StrK(new String(LuaString.toBytes(w), StandardCharsets.ISO_8859_1));
        if (w == Value.TRUE_WORD) return new BoolK(true);
        if (w == Value.FALSE_WORD) return new BoolK(false);
        throw new AssertionError("unexpected key " + Value.describe(w));
    }

    // ---- Key specs: a model key and every way to spell it as a word ----------------------------
    private final class Spec {
        final K key;
        final long integer;       // IntK
        final boolean exactDouble; // IntK also reachable as a float
        final double dbl;         // DblK
        final byte[] bytes;       // StrK

        Spec(K key, long integer, double dbl, byte[] bytes) {
            this.key = key;
            this.integer = integer;
            this.exactDouble = key instanceof IntK && integer != Long.MAX_VALUE && (long) (double) integer == integer;
            this.dbl = dbl;
            this.bytes = bytes;
        }

        /**
         * A word for this key, in one of its spellings: an integer as its canonical word (a new
         * box when it does not fit inline) or as a float; a long string as a new copy.
         */
        long word(Random rnd) {
            return switch (key) {
                case IntK k -> exactDouble && rnd.nextInt(4) == 0
                        ? Value.ofDouble(rnd.nextBoolean() || integer != 0 ? (double) integer : -0.0)
                        : BoxedInteger.of(heap, integer);
                case DblK k -> Value.ofDouble(dbl);
                case StrK k -> strings.of(bytes);
                case BoolK k -> Value.ofBoolean(k.value());
            };
        }
    }

    private Spec intSpec(long v) {
        return new Spec(new IntK(v), v, 0, null);
    }

    private Spec doubleSpec(double d) {
        return new Spec(new DblK(Value.ofDouble(d)), 0, d, null);
    }

    private Spec stringSpec(byte[] b) {
        return new Spec(new StrK(new String(b, StandardCharsets.ISO_8859_1)), 0, 0, b);
    }

    /** Frees a word {@link Spec#word} made, when it made a box (the table keeps its own). */
    private void release(long w) {
        BoxedInteger.free(heap, w);
    }

    /** The pools of keys a run draws from: few enough that keys come back again and again. */
    private List<List<Spec>> pools(Random rnd) {
        List<Spec> small = new ArrayList<>();
        for (int i = 1; i <= 64; i++) small.add(intSpec(i));

        Set<Long> sparseValues = new HashSet<>(List.of(0L, -1L, -2L, 100L, 1000L, 65536L, MAX_INLINE, MIN_INLINE,
                (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, 1L << 40));
        while (sparseValues.size() < 150) {
            sparseValues.add(switch (rnd.nextInt(3)) {
                case 0 -> -1 - (long) rnd.nextInt(1000);
                case 1 -> 65L + rnd.nextInt(100_000);
                default -> MIN_INLINE + (rnd.nextLong() & ((1L << 47) - 1));
            });
        }
        List<Spec> sparse = new ArrayList<>();
        for (long v : sparseValues) sparse.add(intSpec(v));

        Set<Long> hugeValues = new HashSet<>(List.of(Long.MAX_VALUE, Long.MIN_VALUE, MAX_INLINE + 1, MIN_INLINE - 1,
                1L << 53, (1L << 53) + 1, -(1L << 60), 1L << 62, Long.MIN_VALUE + 1));
        while (hugeValues.size() < 50) {
            long v = rnd.nextLong();
            if (v < MIN_INLINE || v > MAX_INLINE) hugeValues.add(v);
        }
        List<Spec> huge = new ArrayList<>();
        for (long v : hugeValues) huge.add(intSpec(v));

        Set<Double> doubleValues = new HashSet<>(List.of(0.5, -0.5, 1.5, -2.5, 0.1, 1e-300, Double.MIN_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0x1p63, 1e300, -1e300, 0x1p64, -0x1p64,
                Math.PI, 64.25, 3.0000000000000004));
        while (doubleValues.size() < 50) {
            double d = rnd.nextBoolean() ? rnd.nextInt(200) - 100 + rnd.nextDouble() : rnd.nextGaussian() * 1e6;
            if (d != Math.floor(d)) doubleValues.add(d);
        }
        List<Spec> doubles = new ArrayList<>();
        for (double d : doubleValues) doubles.add(doubleSpec(d));

        Set<String> seenStrings = new HashSet<>();
        List<Spec> shortStrings = new ArrayList<>();
        List<Spec> longStrings = new ArrayList<>();
        while (shortStrings.size() < 80) {
            byte[] b = new byte[shortStrings.isEmpty() ? 0 : rnd.nextInt(StringTable.MAX_SHORT + 1)];
            rnd.nextBytes(b);
            if (rnd.nextBoolean()) for (int k = 0; k < b.length; k++) b[k] = (byte) ('a' + (b[k] & 3));
            if (seenStrings.add(new String(b, StandardCharsets.ISO_8859_1))) shortStrings.add(stringSpec(b));
        }
        while (longStrings.size() < 25) {
            byte[] b = new byte[StringTable.MAX_SHORT + 1 + rnd.nextInt(80)];
            rnd.nextBytes(b);
            if (rnd.nextBoolean()) for (int k = 0; k < b.length - 1; k++) b[k] = 'z'; // differ at the end only
            if (seenStrings.add(new String(b, StandardCharsets.ISO_8859_1))) longStrings.add(stringSpec(b));
        }
        List<Spec> booleans = List.of(new Spec(new BoolK(true), 0, 0, null), new Spec(new BoolK(false), 0, 0, null));
        return List.of(small, sparse, huge, doubles, shortStrings, longStrings, booleans);
    }

    // ---- The model ---------------------------------------------------------------------------
    /** Live keys with their values, and a list of them for picking one at random. */
    private static final class Model {
        final Map<K, Long> values = new HashMap<>();
        final Map<K, Spec> specs = new HashMap<>();
        final List<K> list = new ArrayList<>();
        final Map<K, Integer> index = new HashMap<>();

        void put(Spec s, long value) {
            if (value == Value.NIL_WORD) {
                remove(s.key);
                return;
            }
            if (values.put(s.key, value) == null) {
                specs.put(s.key, s);
                index.put(s.key, list.size());
                list.add(s.key);
            }
        }

        void remove(K k) {
            if (values.remove(k) == null) return;
            specs.remove(k);
            int i = index.remove(k);
            K last = list.remove(list.size() - 1);
            if (i < list.size()) {
                list.set(i, last);
                index.put(last, i);
            }
        }

        long get(K k) {
            Long v = values.get(k);
            return v == null ? Value.NIL_WORD : v;
        }

        Spec randomLive(Random rnd) {
            return specs.get(list.get(rnd.nextInt(list.size())));
        }
    }

    private long valueCounter;

    private long randomValue(Random rnd) {
        valueCounter++;
        return switch (rnd.nextInt(10)) {
            case 0 -> Value.FALSE_WORD; // false is a value, not an absence
            case 1 -> Value.TRUE_WORD;
            case 2 -> Value.ofDouble(valueCounter + 0.25);
            case 3 -> strings.of("v" + (valueCounter % 50));
            default -> Value.ofInlineInteger(valueCounter);
        };
    }

    private void set(long t, Model model, Spec s, long value, Random rnd) {
        long w = s.word(rnd);
        tables.set(t, w, value);
        release(w);
        model.put(s, value);
    }

    private void assertGet(long t, Model model, Spec s, Random rnd) {
        long w = s.word(rnd);
        long expected = model.get(s.key);
        assertEquals(expected, tables.get(t, w), () -> "get " + s.key);
        if (s.key instanceof IntK k) {
            assertEquals(expected, tables.getInteger(t, k.value()), () -> "getInteger " + s.key);
        } else if (s.key instanceof StrK) {
            assertEquals(expected, tables.getString(t, w), () -> "getString " + s.key);
        }
        release(w);
    }

    /** {@code #t} is a border: t[n] non-nil (or n is 0) and t[n+1] nil. */
    private void assertBorder(long t, Model model) {
        long n = tables.length(t);
        assertTrue(n >= 0, "length " + n);
        if (n > 0) assertNotEquals(Value.NIL_WORD, model.get(new IntK(n)), "t[#t] is nil, #t = " + n);
        assertEquals(Value.NIL_WORD, model.get(new IntK(n + 1)), "t[#t + 1] is not nil, #t = " + n);
    }

    /** A walk with no assignments sees exactly the model. */
    private void assertWalkMatches(long t, Model model) {
        Map<K, Long> seen = new HashMap<>();
        long key = Value.NIL_WORD;
        while (true) {
            long p = tables.nextPosition(t, tables.positionOf(t, key));
            if (p < 0) break;
            key = tables.keyAt(t, p);
            K k = modelKeyOf(key);
            long v = tables.valueAt(t, p);
            assertNotEquals(Value.NIL_WORD, v);
            assertNull(seen.put(k, v), () -> "key visited twice: " + k);
        }
        assertEquals(model.values, seen);
    }

    /**
     * A {@code next} walk that assigns existing keys as it goes (new values and nil, to the
     * current key and to others): every key present at the start and not deleted before its
     * visit is visited exactly once, and nothing else is.
     */
    private void walkWithAssignments(long t, Model model, Random rnd) {
        Set<K> atStart = new HashSet<>(model.values.keySet());
        Set<K> visited = new HashSet<>();
        Set<K> deletedBeforeVisit = new HashSet<>();
        long key = Value.NIL_WORD;
        while (true) {
            // next(t, key), sometimes with another spelling of the same key
            long asked = key;
            boolean fresh = key != Value.NIL_WORD && rnd.nextBoolean();
            if (fresh) asked = specFor(modelKeyOf(key)).word(rnd);
            long p = tables.nextPosition(t, tables.positionOf(t, asked));
            if (fresh) release(asked);
            if (p < 0) break;
            key = tables.keyAt(t, p);
            K k = modelKeyOf(key);
            assertTrue(atStart.contains(k), () -> "visited a key that was not there at the start: " + k);
            assertTrue(visited.add(k), () -> "visited twice: " + k);
            assertFalse(deletedBeforeVisit.contains(k), () -> "visited a deleted key: " + k);
            assertEquals(model.get(k), tables.valueAt(t, p), () -> "value of " + k);
            Spec current = model.specs.get(k);
            switch (rnd.nextInt(8)) {
                case 0, 1 -> set(t, model, current, randomValue(rnd), rnd);
                case 2 -> set(t, model, current, Value.NIL_WORD, rnd);
                case 3 -> {
                    if (!model.list.isEmpty()) set(t, model, model.randomLive(rnd), randomValue(rnd), rnd);
                }
                case 4 -> {
                    if (!model.list.isEmpty()) {
                        Spec other = model.randomLive(rnd);
                        if (!visited.contains(other.key)) deletedBeforeVisit.add(other.key);
                        set(t, model, other, Value.NIL_WORD, rnd);
                    }
                }
                default -> { }
            }
        }
        for (K k : atStart) {
            if (!deletedBeforeVisit.contains(k)) assertTrue(visited.contains(k), () -> "never visited: " + k);
        }
    }

    private final Map<K, Spec> allSpecs = new HashMap<>();

    private Spec specFor(K k) {
        Spec s = allSpecs.get(k);
        assertNotNull(s, () -> "unknown key " + k);
        return s;
    }

    // ---- The randomized run ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20240601, -7})
    void randomOperationsMatchTheModel(long seed) {
        Random rnd = new Random(seed);
        List<List<Spec>> pools = pools(rnd);
        for (List<Spec> pool : pools) for (Spec s : pool) allSpecs.put(s.key, s);
        int[] poolWeights = {30, 15, 10, 10, 20, 8, 2};
        int weightSum = 0;
        for (int w : poolWeights) weightSum += w;

        long t = tables.create(rnd.nextInt(3) == 0 ? rnd.nextInt(40) : 0, rnd.nextInt(3) == 0 ? rnd.nextInt(40) : 0);
        Model model = new Model();
        int ops = 50_000;
        int walks = 0;
        int borders = 0;
        long maxSize = 0;
        for (int step = 0; step < ops; step++) {
            boolean growing = (step / 2500) % 2 == 0;
            int r = rnd.nextInt(weightSum);
            List<Spec> pool = null;
            for (int i = 0; i < poolWeights.length; i++) {
                if (r < poolWeights[i]) {
                    pool = pools.get(i);
                    break;
                }
                r -= poolWeights[i];
            }
            Spec s = pool.get(rnd.nextInt(pool.size()));
            int op = rnd.nextInt(100);
            if (op < (growing ? 60 : 20)) {
                set(t, model, s, randomValue(rnd), rnd);
            } else if (op < (growing ? 65 : 55)) {
                // delete: mostly a live key, sometimes one that may be absent
                Spec victim = !model.list.isEmpty() && rnd.nextInt(4) != 0 ? model.randomLive(rnd) : s;
                set(t, model, victim, Value.NIL_WORD, rnd);
            } else if (op < 85) {
                assertGet(t, model, s, rnd);
                if (!model.list.isEmpty()) assertGet(t, model, model.randomLive(rnd), rnd);
            } else if (op < 95) {
                // sequence work at the border: push or pop
                long n = tables.length(t);
                borders++;
                if (rnd.nextInt(3) != 0 || n == 0) {
                    set(t, model, intSpecCached(n + 1), randomValue(rnd), rnd);
                } else {
                    set(t, model, intSpecCached(n), Value.NIL_WORD, rnd);
                }
                assertBorder(t, model);
            } else if (op < 99) {
                assertBorder(t, model);
                borders++;
            } else {
                walkWithAssignments(t, model, rnd);
                walks++;
                assertWalkMatches(t, model);
            }
            maxSize = Math.max(maxSize, model.values.size());
            if (step % 2500 == 2499) {
                assertWalkMatches(t, model);
                TableInvariants.check(t, keys);
                for (K k : model.values.keySet()) assertGet(t, model, model.specs.get(k), rnd);
            }
            if (step % 25_000 == 24_999) {
                // start over in a new table, freshly pre-sized
                tables.free(t);
                t = tables.create(rnd.nextInt(100), rnd.nextInt(100));
                model = new Model();
            }
        }
        assertWalkMatches(t, model);
        TableInvariants.check(t, keys);
        for (List<Spec> p : pools) for (Spec s : p) assertGet(t, model, s, rnd);
        assertTrue(walks > 250, "walks: " + walks);
        assertTrue(borders > 5000, "border checks: " + borders);
        assertTrue(maxSize > 200, "largest table: " + maxSize);
        tables.free(t);
    }

    private Spec intSpecCached(long v) {
        return allSpecs.computeIfAbsent(new IntK(v), k -> intSpec(v));
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 99})
    void sequencesWithHolesKeepValidBorders(long seed) {
        Random rnd = new Random(seed);
        long t = tables.create(0, 0);
        Model model = new Model();
        for (int step = 0; step < 20_000; step++) {
            long n = tables.length(t);
            int op = rnd.nextInt(10);
            long i;
            if (op < 5) i = n + 1;                                  // append
            else if (op < 7) i = Math.max(1, n);                    // pop
            else i = 1 + rnd.nextInt((int) Math.max(8, 2 * n));     // anywhere: makes holes
            long value = op == 5 || op == 6 || (op >= 8 && rnd.nextBoolean()) ? Value.NIL_WORD : randomValue(rnd);
            set(t, model, intSpecCached(i), value, rnd);
            assertBorder(t, model);
        }
        assertWalkMatches(t, model);
        tables.free(t);
    }

    // ---- Fixed cases -------------------------------------------------------------------------

    @Test
    void integralFloatsAreTheirIntegers() {
        long t = tables.create(0, 0);
        tables.set(t, Value.ofInlineInteger(2), Value.ofInlineInteger(20));
        assertEquals(Value.ofInlineInteger(20), tables.get(t, Value.ofDouble(2.0)));
        tables.set(t, Value.ofDouble(3.0), Value.ofInlineInteger(30));
        assertEquals(Value.ofInlineInteger(30), tables.getInteger(t, 3));
        tables.set(t, Value.ofDouble(-0.0), Value.ofInlineInteger(0));
        assertEquals(Value.ofInlineInteger(0), tables.get(t, Value.ofInlineInteger(0)));
        assertEquals(Value.ofInlineInteger(0), tables.get(t, Value.ofDouble(0.0)));
        long big = 1L << 53;
        tables.set(t, Value.ofDouble((double) big), Value.TRUE_WORD);
        long box = BoxedInteger.of(heap, big);
        assertEquals(Value.TRUE_WORD, tables.get(t, box));
        BoxedInteger.free(heap, box);
        tables.set(t, Value.ofDouble(-0x1p63), Value.FALSE_WORD);
        assertEquals(Value.FALSE_WORD, tables.getInteger(t, Long.MIN_VALUE));
        // 2^63 has no integer value: a float key of its own, not Long.MAX_VALUE
        tables.set(t, Value.ofDouble(0x1p63), Value.ofInlineInteger(63));
        assertEquals(Value.NIL_WORD, tables.getInteger(t, Long.MAX_VALUE));
        assertEquals(Value.ofInlineInteger(63), tables.get(t, Value.ofDouble(0x1p63)));
        tables.set(t, Value.ofDouble(2.5), Value.ofInlineInteger(25));
        assertEquals(Value.ofInlineInteger(20), tables.getInteger(t, 2), "t[2.5] is not t[2]");
        assertEquals(Value.NIL_WORD, tables.get(t, Value.ofDouble(2.25)));
        Model model = new Model();
        model.values.put(new IntK(2), Value.ofInlineInteger(20));
        model.values.put(new IntK(3), Value.ofInlineInteger(30));
        model.values.put(new IntK(0), Value.ofInlineInteger(0));
        model.values.put(new IntK(big), Value.TRUE_WORD);
        model.values.put(new IntK(Long.MIN_VALUE), Value.FALSE_WORD);
        model.values.put(new DblK(Value.ofDouble(0x1p63)), Value.ofInlineInteger(63));
        model.values.put(new DblK(Value.ofDouble(2.5)), Value.ofInlineInteger(25));
        assertWalkMatches(t, model);
        // next() accepts the float spelling of an integer key
        long p = tables.positionOf(t, Value.ofDouble(3.0));
        assertEquals(p, tables.positionOf(t, Value.ofInlineInteger(3)));
        tables.free(t);
    }

    @Test
    void stringsAreKeysByContent() {
        long t = tables.create(0, 0);
        byte[] longBytes = "a string that is certainly longer than forty bytes".getBytes(StandardCharsets.US_ASCII);
        long first = strings.of(longBytes);
        long second = strings.of(longBytes);
        assertNotEquals(first, second);
        tables.set(t, first, Value.ofInlineInteger(1));
        assertEquals(Value.ofInlineInteger(1), tables.get(t, second));
        tables.set(t, second, Value.ofInlineInteger(2));
        assertEquals(Value.ofInlineInteger(2), tables.get(t, first));
        assertEquals(Value.ofInlineInteger(2), tables.getString(t, strings.of(longBytes)));
        tables.set(t, strings.of("short"), Value.TRUE_WORD);
        assertEquals(Value.TRUE_WORD, tables.get(t, strings.of("short")));
        assertEquals(Value.NIL_WORD, tables.get(t, strings.of("shorT")));
        int entries = 0;
        for (long p = tables.nextPosition(t, 0); p >= 0; p = tables.nextPosition(t, p)) {
            assertTrue(++entries <= 2, "next() goes on past the entries");
        }
        assertEquals(2, entries);
        tables.set(t, strings.of(longBytes), Value.NIL_WORD);
        assertEquals(Value.NIL_WORD, tables.get(t, first));
        tables.free(t);
    }

    @Test
    void sequentialItemsFillTheArrayPart() {
        long t = tables.create(0, 0);
        for (int i = 1; i <= 1024; i++) {
            tables.setInteger(t, i, Value.ofInlineInteger(i));
            assertEquals(i, tables.length(t));
        }
        assertEquals(1024, Tables.arraySize(t));
        assertEquals(0, Tables.hashSize(t));
        for (int i = 1; i <= 1024; i++) assertEquals(i, tables.positionOf(t, Value.ofInlineInteger(i)));
        tables.free(t);
    }

    @Test
    void nilAndNaNKeysAreRejected() {
        long t = tables.create(0, 0);
        InvalidKeyException nil = assertThrows(InvalidKeyException.class,
                () -> tables.set(t, Value.NIL_WORD, Value.TRUE_WORD));
        assertEquals("table index is nil", nil.getMessage());
        long nan = Value.ofDouble(Double.NaN);
        InvalidKeyException isNaN = assertThrows(InvalidKeyException.class, () -> tables.set(t, nan, Value.TRUE_WORD));
        assertEquals("table index is NaN", isNaN.getMessage());
        long otherNaN = Value.ofDouble(Double.longBitsToDouble(0x7FF0_0000_0000_0001L));
        assertThrows(InvalidKeyException.class, () -> tables.set(t, otherNaN, Value.TRUE_WORD));
        assertEquals(Value.NIL_WORD, tables.get(t, Value.NIL_WORD));
        assertEquals(Value.NIL_WORD, tables.get(t, nan));
        // with content, too
        for (int i = 1; i <= 10; i++) tables.setInteger(t, i, Value.TRUE_WORD);
        tables.set(t, strings.of("x"), Value.TRUE_WORD);
        tables.set(t, Value.ofDouble(0.5), Value.TRUE_WORD);
        assertEquals(Value.NIL_WORD, tables.get(t, Value.NIL_WORD));
        assertEquals(Value.NIL_WORD, tables.get(t, nan));
        assertThrows(InvalidKeyException.class, () -> tables.set(t, Value.NIL_WORD, Value.TRUE_WORD));
        assertThrows(InvalidKeyException.class, () -> tables.set(t, nan, Value.TRUE_WORD));
        assertEquals(0, tables.positionOf(t, Value.NIL_WORD), "next(t, nil) starts at the beginning");
        tables.free(t);
    }

    @Test
    void nextOfAnAbsentKeyIsAnError() {
        long empty = tables.create(0, 0);
        long t = tables.create(0, 0);
        for (int i = 1; i <= 4; i++) tables.setInteger(t, i, Value.TRUE_WORD);
        tables.set(t, strings.of("present"), Value.TRUE_WORD);
        long box = BoxedInteger.of(heap, 1L << 50);
        long[] absent = {
            strings.of("absent"), Value.ofInlineInteger(99), Value.ofInlineInteger(-1), box,
            Value.ofDouble(1.5), Value.ofDouble(99.0), Value.TRUE_WORD, Value.ofDouble(Double.NaN),
            strings.of("a long key that nobody ever put into this table, not once"),
        };
        for (long k : absent) {
            for (long table : new long[] {empty, t}) {
                InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> tables.positionOf(table, k),
                        () -> Value.describe(k));
                assertEquals("invalid key to 'next'", e.getMessage());
            }
        }
        assertEquals(-1, tables.nextPosition(empty, 0));
        BoxedInteger.free(heap, box);
        tables.free(empty);
        tables.free(t);
    }

    @Test
    void deletedKeysCanStillBeTraversedFrom() {
        long t = tables.create(0, 0);
        List<Long> words = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long w = strings.of("k" + i);
            words.add(w);
            tables.set(t, w, Value.ofInlineInteger(i));
        }
        // delete every key right after visiting it: the walk still sees all 100
        int visited = 0;
        long key = Value.NIL_WORD;
        while (true) {
            long p = tables.nextPosition(t, tables.positionOf(t, key));
            if (p < 0) break;
            key = tables.keyAt(t, p);
            assertTrue(++visited <= 100, "next() goes on past the entries");
            tables.set(t, key, Value.NIL_WORD);
        }
        assertEquals(100, visited);
        assertEquals(-1, tables.nextPosition(t, 0), "the table is empty");
        for (long w : words) assertEquals(Value.NIL_WORD, tables.get(t, w));
        tables.free(t);
    }
}
