package org.panlua.memory.table;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.panlua.memory.heap.Mem;
import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.string.LuaString;
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
import static org.panlua.memory.table.TableLayout.*;

/**
 * Integer keys chosen to have one and the same 32-bit hash (a hash-flooding attack): the table
 * stays correct, and the collision chain they form is a skip list, not a plain list.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CollisionTest extends TablesFixture {
    CollisionTest() {
        super(0x0BAD_F00D);
    }

    private Keys keys;

    @BeforeEach
    void open() {
        keys = new Keys(strings); // the same seed as the table's own
    }


    /** {@code n} distinct integers whose mix is {@code h}, built by running the mix backwards. */
    private long[] colliding(int h, int n, int firstHigh) {
        return tables.collidingIntegers(h, n, firstHigh);
    }

    @Test
    void aKeyIsBuriedOnlyWhenNoOtherKeyOfItsChainHasItsHash() {
        int h = 0x1234_5670;
        long[] twins = colliding(h, 2, 1);                  // one hash
        long[] other = colliding(h ^ 0x0100_0000, 1, 1);    // same main position, another hash
        long t = tables.create(0, 4);
        tables.setInteger(t, twins[0], Value.ofInlineInteger(1));
        tables.setInteger(t, twins[1], Value.ofInlineInteger(2));
        tables.setInteger(t, other[0], Value.ofInlineInteger(3)); // plain chain: twins[0], other, twins[1]
        assertEquals(4, Tables.hashSize(t));
        int head = h & 3;
        int second = nodeOf(t, twins[1]);
        assertEquals(head, nodeOf(t, twins[0]));
        assertEquals(nodeOf(t, other[0]), TableInvariants.link(t, head, 0), "the twins are not neighbours");
        assertEquals(second, TableInvariants.link(t, nodeOf(t, other[0]), 0));
        TableInvariants.check(t, keys);
        tables.setInteger(t, twins[1], Value.NIL_WORD);
        tables.setInteger(t, other[0], Value.NIL_WORD);
        assertFalse(Tables.buryKey(t, second), "its twin is in the chain");
        assertTrue(Tables.buryKey(t, nodeOf(t, other[0])), "alone with its hash");
        assertEquals(Value.DEAD_KEY, Value.tag(Mem.getLong(Tables.nodeKeyAddress(t, nodeOf(t, other[0], true)))));
        assertEquals(Value.ofInlineInteger(1), tables.getInteger(t, twins[0]));
        assertEquals(Value.NIL_WORD, tables.getInteger(t, twins[1]));
    }

    /** The node holding integer {@code k} (or, {@code dead}, a buried key whose box held it). */
    private int nodeOf(long t, long k, boolean... dead) {
        for (int i = 0; i < Tables.hashSize(t); i++) {
            long w = Mem.getLong(Tables.nodeKeyAddress(t, i));
            boolean boxed = Value.isBoxedInteger(w) || (dead.length > 0 && Value.tag(w) == Value.DEAD_KEY);
            if (boxed && Mem.getLong(Value.address(w) + BoxedInteger.VALUE) == k) return i;
        }
        return fail("no node holds " + k);
    }

    @Test
    void theInverseAndTheKeysAreRight() {
        assertEquals(1L, Keys.MIX * Keys.inverse(Keys.MIX));
        assertEquals(1L, 3L * Keys.inverse(3L));
        long[] xs = colliding(0xCAFE_BABE, 1000, -500);
        Set<Long> distinct = new HashSet<>();
        for (long x : xs) {
            assertEquals(0xCAFE_BABE, keys.mix(x));
            assertEquals(0xCAFE_BABE, keys.hashInteger(x));
            distinct.add(x);
        }
        assertEquals(xs.length, distinct.size());
    }

    /** Node comparisons a skip-list search for {@code key} makes in the chain headed at {@code mp}. */
    private static int searchSteps(long t, int mp, long key, int h) {
        long nodes = nodes(t);
        long headTower = towerOf(towers(t), mp);
        int steps = 1;
        long head = node(nodes, mp);
        if (Mem.getInt(head + HASH) == h && Keys.order(Mem.getLong(head + KEY), key) == 0) return steps;
        int x = mp;
        for (int level = Mem.getInt(headTower + TOWER_LEVELS); level >= 0; level--) {
            for (int nx = TableInvariants.link(t, x, level); nx >= 0; nx = TableInvariants.link(t, x, level)) {
                steps++;
                long n = node(nodes, nx);
                int c = Integer.compareUnsigned(Mem.getInt(n + HASH), h);
                if (c == 0) c = Keys.order(Mem.getLong(n + KEY), key);
                if (c == 0) return steps;
                if (c > 0) break;
                x = nx;
            }
        }
        fail("key not found by the skip-list search");
        return steps;
    }

    /**
     * Keys that differ only in their top bits (halves, whose doubles differ in exponent and high
     * mantissa; huge integers) must still spread: the mix folds the top bits down.
     */
    @Test
    void keysDifferingInTheirTopBitsSpread() {
        long t = tables.create(0, 0);
        for (int k = 0; k < 1000; k++) tables.set(t, Value.ofDouble(k + 0.5), Value.ofInlineInteger(k));
        for (int k = 1; k <= 1000; k++) {
            long huge = BoxedInteger.of(heap, (long) k << 48);
            tables.set(t, huge, Value.ofInlineInteger(k));
            BoxedInteger.free(heap, huge);
        }
        TableInvariants.Shape shape = TableInvariants.check(t, keys);
        assertEquals(2000, shape.usedNodes());
        assertTrue(shape.longestChain() <= 10, "longest chain " + shape.longestChain());
        for (int k = 0; k < 1000; k++) {
            assertEquals(Value.ofInlineInteger(k), tables.get(t, Value.ofDouble(k + 0.5)));
        }
    }

    /**
     * Integer keys in the patterns programs make (a run of large ids, multiples of a power of
     * two, from 2^4 to 2^50) spread over the main positions as well as random keys do.
     */
    @Test
    void patternedIntegerKeysSpread() {
        for (int shift : new int[] {0, 4, 10, 16, 20, 31, 32, 40, 47, 50}) {
            long t = tables.create(0, 0);
            long first = shift == 0 ? 1_000_000_000L : 3;
            for (long k = 0; k < 4096; k++) {
                long key = (first + k) << shift;
                long w = Value.fitsInline(key) ? Value.ofInlineInteger(key) : BoxedInteger.of(heap, key);
                tables.set(t, w, Value.ofInlineInteger(k));
                if (Value.isBoxedInteger(w)) BoxedInteger.free(heap, w);
            }
            TableInvariants.Shape shape = TableInvariants.check(t, keys);
            assertEquals(4096, shape.usedNodes());
            assertTrue(shape.longestChain() <= 10, "keys (k + " + first + ") << " + shift + ": longest chain "
                    + shape.longestChain());
            tables.free(t);
        }
    }

    @Test
    void aHundredThousandCollidingKeys() {
        int h = 0x5A5A_1234;
        int n = 100_000;
        long[] all = colliding(h, n + 10_000, 0x1000);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < all.length; i++) {
            assertEquals(h, keys.mix(all[i]));
            index.put(all[i], i);
        }
        assertEquals(all.length, index.size(), "distinct keys");

        long before = heap.bytesInUse();
        long t = tables.create(0, 0);
        for (int i = 0; i < n; i++) {
            long w = BoxedInteger.of(heap, all[i]);
            tables.set(t, w, Value.ofInlineInteger(i));
            BoxedInteger.free(heap, w); // the table keeps its own box
        }
        assertEquals(131_072, Tables.hashSize(t));
        assertEquals(0, Tables.arraySize(t));

        // structure: one chain of all the keys, indexed, every level well formed
        TableInvariants.Shape shape = TableInvariants.check(t, keys);
        assertEquals(n, shape.usedNodes());
        assertEquals(1, shape.chains());
        assertEquals(n, shape.longestChain());
        assertEquals(1, shape.indexedChains());
        long nodes = nodes(t);
        int mp = h & (Tables.hashSize(t) - 1);
        long headTower = towerOf(towers(t), mp);
        assertNotEquals(NO_TOWER, headTower, "the chain is indexed");
        int levels = Mem.getInt(headTower + TOWER_LEVELS);
        assertTrue(levels >= 6, "levels: " + levels);
        int[] perLevel = new int[SkipChain.MAX_LEVEL + 1];
        for (int i = TableInvariants.link(t, mp, 0); i >= 0; i = TableInvariants.link(t, i, 0)) {
            for (int l = 0; l <= TableInvariants.height(t, i); l++) perLevel[l]++;
        }
        assertEquals(n - 1, perLevel[0]);
        for (int l = 1; l <= 3; l++) {
            double ratio = (double) perLevel[l] / perLevel[l - 1];
            assertTrue(ratio > 0.2 && ratio < 0.3, "level " + l + " holds " + perLevel[l] + " of " + perLevel[l - 1]);
        }
        // a search costs O(log n) node visits, not O(n)
        long totalSteps = 0;
        int maxSteps = 0;
        int searched = 0;
        for (int i = 0; i < n; i += 10, searched++) {
            long w = boxed(all[i]);
            int steps = searchSteps(t, mp, w, h);
            BoxedInteger.free(heap, w);
            totalSteps += steps;
            maxSteps = Math.max(maxSteps, steps);
        }
        double average = (double) totalSteps / searched;
        assertTrue(average < 80, "average search: " + average + " node visits");
        assertTrue(maxSteps < 400, "longest search: " + maxSteps + " node visits");

        // every key is found, every absent colliding key is not
        for (int i = 0; i < n; i++) {
            assertEquals(Value.ofInlineInteger(i), tables.getInteger(t, all[i]), "key " + i);
        }
        for (int i = 0; i < n; i += 97) {
            long w = boxed(all[i]);
            assertEquals(Value.ofInlineInteger(i), tables.get(t, w));
            BoxedInteger.free(heap, w);
        }
        for (int i = n; i < all.length; i++) {
            assertEquals(Value.NIL_WORD, tables.getInteger(t, all[i]), "absent key " + i);
        }
        long absent = boxed(all[n]);
        assertThrows(InvalidKeyException.class, () -> tables.positionOf(t, absent));
        BoxedInteger.free(heap, absent);

        // delete half
        for (int i = 0; i < n; i += 2) tables.setInteger(t, all[i], Value.NIL_WORD);
        for (int i = 0; i < n; i++) {
            assertEquals(i % 2 == 0 ? Value.NIL_WORD : Value.ofInlineInteger(i), tables.getInteger(t, all[i]), "key " + i);
        }
        for (int i = n; i < all.length; i++) assertEquals(Value.NIL_WORD, tables.getInteger(t, all[i]));
        TableInvariants.check(t, keys);

        // next() visits every live key once, and can go on from deleted ones
        boolean[] seen = new boolean[n];
        int visited = 0;
        long key = Value.NIL_WORD;
        while (true) {
            long p = tables.nextPosition(t, tables.positionOf(t, key));
            if (p < 0) break;
            key = tables.keyAt(t, p);
            Integer i = index.get(BoxedInteger.valueOf(key));
            assertNotNull(i);
            assertEquals(1, i % 2, "a deleted key was visited");
            assertFalse(seen[i], "visited twice");
            seen[i] = true;
            visited++;
            assertEquals(Value.ofInlineInteger(i), tables.valueAt(t, p));
            if (i % 1000 == 1) {
                // delete the current key; the walk must carry on from it
                tables.setInteger(t, all[i], Value.NIL_WORD);
            }
        }
        assertEquals(n / 2, visited);

        // the absent keys go in as well, in the same chain
        for (int i = n; i < all.length; i++) tables.setInteger(t, all[i], Value.ofInlineInteger(i));
        for (int i = n; i < all.length; i++) assertEquals(Value.ofInlineInteger(i), tables.getInteger(t, all[i]));
        assertEquals(Value.ofInlineInteger(3), tables.getInteger(t, all[3]));
        assertEquals(Value.NIL_WORD, tables.getInteger(t, all[1001]));
        assertEquals(131_072, Tables.hashSize(t), "the new keys took free nodes");
        tables.free(t);
        // the table's parts and every tower are gone; what stays is one box per key the table
        // ever added (boxes are collectable objects, not parts of the table)
        long boxes = 0;
        for (long x : all) if (!Value.fitsInline(x)) boxes++;
        assertEquals(before + boxes * BoxedInteger.SIZE, heap.bytesInUse());
    }

    private long boxed(long v) {
        return BoxedInteger.of(heap, v);
    }

    /**
     * Several families of colliding keys mixed with ordinary keys, against a model: long indexed
     * chains whose nodes squat other keys' main positions get relocated, towers and all.
     */
    @Test
    void indexedChainsSurviveRelocationAndRehash() {
        Random rnd = new Random(17);
        int[] hashes = {0x0000_0011, 0x7F00_0022, 0x8000_0011, 0xFFFF_FF33};
        List<Object> pool = new ArrayList<>(); // Long: an integer key; String: a string key
        for (int f = 0; f < hashes.length; f++) {
            for (long x : colliding(hashes[f], 1500, 1 + f * 10_000)) {
                pool.add(x);
            }
        }
        for (int i = 0; i < 2000; i++) pool.add((long) rnd.nextInt(1 << 20));
        for (int i = 0; i < 2000; i++) pool.add("s" + rnd.nextInt(1 << 20) + (i % 7 == 0 ? "#".repeat(40) : ""));

        long t = tables.create(0, 0);
        Map<Object, Long> model = new HashMap<>();
        int maxIndexed = 0;
        for (int step = 0; step < 40_000; step++) {
            Object k = pool.get(rnd.nextInt(pool.size()));
            boolean growing = (step / 8000) % 2 == 0;
            int op = rnd.nextInt(10);
            if (op < (growing ? 6 : 3)) {
                long v = Value.ofInlineInteger(step);
                put(t, k, v);
                model.put(k, v);
            } else if (op < 7) {
                put(t, k, Value.NIL_WORD);
                model.remove(k);
            } else {
                assertEquals(model.getOrDefault(k, Value.NIL_WORD), get(t, k), () -> "key " + k);
            }
            if (step % 4000 == 3999) {
                TableInvariants.Shape shape = TableInvariants.check(t, keys);
                maxIndexed = Math.max(maxIndexed, shape.indexedChains());
                for (Object key : pool) assertEquals(model.getOrDefault(key, Value.NIL_WORD), get(t, key));
                Map<Object, Long> seen = new HashMap<>();
                for (long p = tables.nextPosition(t, 0); p >= 0; p = tables.nextPosition(t, p)) {
                    long w = tables.keyAt(t, p);
                    Object mk = Value.isString(w)
                            ? new String(LuaString.toBytes(w), StandardCharsets.ISO_8859_1)
                            : (Object) BoxedInteger.valueOf(w);
                    assertNull(seen.put(mk, tables.valueAt(t, p)), "visited twice");
                }
                assertEquals(model, seen);
            }
        }
        // the first and third families share their low bits, so they share a chain (ordered
        // by the full hash): three long chains, each indexed
        assertEquals(3, maxIndexed, "every family formed an indexed chain");
        tables.free(t);
    }

    private void put(long t, Object k, long v) {
        if (k instanceof Long x) {
            tables.setInteger(t, x, v);
        } else {
            tables.set(t, strings.of((String) k), v);
        }
    }

    private long get(long t, Object k) {
        if (k instanceof Long x) return tables.getInteger(t, x);
        return tables.get(t, strings.of((String) k));
    }
}
