package org.panlua.memory.table;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.panlua.memory.heap.Mem;
import org.panlua.memory.value.Value;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The shape a table takes when it grows, against Lua's sizing rule computed here the plain way
 * (every live key counted into its slice): random sets and deletions of integer keys of every
 * range (small, around powers of two, around 2^30, negative, large, boxed), floats and strings;
 * whenever a set changes the table's shape, the new array and hash sizes must be the rule's for
 * the live keys before the set plus the new key.
 */
class TableSizingTest extends TablesFixture {
    TableSizingTest() {
        super(0x2468);
    }




    /** Lua's rule: {asize, hash-part nodes} for these live keys (integer keys as Long). */
    private static int[] expectedShape(Iterable<Object> liveKeys) {
        int[] nums = new int[31];
        int candidates = 0;
        int total = 0;
        for (Object k : liveKeys) {
            total++;
            if (k instanceof Long i && i >= 1 && i <= (1L << 30)) {
                int b = 0;
                while ((1L << b) < i) b++;
                nums[b]++;
                candidates++;
            }
        }
        long optimal = 0;
        int inArray = 0;
        int seen = 0;
        for (int b = 0; b <= 30 && (1L << b) / 2 < candidates; b++) {
            seen += nums[b];
            if (seen > (1L << b) / 2) {
                optimal = 1L << b;
                inArray = seen;
            }
        }
        int hashCount = total - inArray;
        int nodes = 0;
        if (hashCount > 0) {
            nodes = 1;
            while (nodes < hashCount) nodes <<= 1;
        }
        return new int[] {(int) optimal, nodes};
    }

    /** A key of the mix {@code kind}: a Long, a Double (no integer value) or a String. */
    private static Object randomKey(Random r, int kind) {
        return switch (kind == 0 ? r.nextInt(8) : kind) {
            case 1 -> (long) (1 + r.nextInt(200));                          // dense small
            case 2 -> (1L << (1 + r.nextInt(30))) + r.nextInt(5) - 2;       // around powers of two
            case 3 -> (1L << 30) + r.nextInt(9) - 4;                        // around the limit
            case 4 -> (long) -r.nextInt(50);                                // zero and negatives
            case 5 -> (long) ((1 << 20) + r.nextInt(Integer.MAX_VALUE - (1 << 20))); // sparse
            case 6 -> r.nextBoolean() ? (1L << 50) + r.nextInt(100) : r.nextLong(); // boxed or huge
            case 7 -> r.nextInt(100) + 0.5;
            default -> "k" + r.nextInt(300);
        };
    }

    private long word(Object k) {
        if (k instanceof Long i) return Value.fitsInline(i) ? Value.ofInlineInteger(i) : 0;
        if (k instanceof Double d) return Value.ofDouble(d);
        return strings.of(((String) k).getBytes(StandardCharsets.ISO_8859_1));
    }

    private void set(long t, Object k, long v) {
        if (k instanceof Long i) tables.setInteger(t, i, v);
        else tables.set(t, word(k), v);
    }

    private long get(long t, Object k) {
        if (k instanceof Long i) return tables.getInteger(t, i);
        return tables.get(t, word(k));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void growthFollowsLuasRule(int kind) {
        growthFollowsLuasRule(kind, false);
    }

    /**
     * The same, with every table made to guess its new shape at every growth (a wrong guess
     * makes a table count first from then on): the count taken while the entries move must
     * give the rule's shape too, and a wrong guess must leave nothing behind.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void guessedGrowthFollowsLuasRule(int kind) {
        growthFollowsLuasRule(kind, true);
    }

    private void growthFollowsLuasRule(int kind, boolean alwaysGuess) {
        Random r = new Random(1000 + kind);
        Keys keys = new Keys(strings);
        int checked = 0;
        for (int round = 0; round < 40; round++) {
            long t = tables.create(r.nextInt(3) == 0 ? r.nextInt(40) : 0, r.nextInt(3) == 0 ? r.nextInt(40) : 0);
            Map<Object, Long> live = new HashMap<>();
            int ops = 50 + r.nextInt(1500);
            for (int op = 0; op < ops; op++) {
                Object k = randomKey(r, kind == 8 ? 1 + r.nextInt(3) : kind);
                boolean delete = r.nextInt(5) == 0;
                long v = delete ? Value.NIL_WORD : Value.ofInlineInteger(op);
                int asize = Tables.arraySize(t);
                int hsize = Tables.hashSize(t);
                Map<Object, Long> after = new HashMap<>(live);
                if (delete) after.remove(k);
                else after.put(k, v);
                boolean isNew = !delete && !live.containsKey(k);
                if (alwaysGuess) Mem.putByte(t + TableLayout.RECOUNT, (byte) 0);
                set(t, k, v);
                if (Tables.arraySize(t) != asize || Tables.hashSize(t) != hsize) {
                    assertTrue(isNew, "only a new key makes a table grow");
                    int[] expected = expectedShape(after.keySet());
                    assertArrayEquals(expected, new int[] {Tables.arraySize(t), Tables.hashSize(t)},
                            "shape after adding " + k + " to " + live.size() + " live keys");
                    TableInvariants.check(t, keys);
                    checked++;
                }
                live = after;
            }
            for (Map.Entry<Object, Long> e : live.entrySet()) assertEquals(e.getValue(), get(t, e.getKey()), "t[" + e.getKey() + "]");
            tables.free(t);
        }
        assertTrue(checked >= 40, "resizes checked: " + checked);
    }
}
