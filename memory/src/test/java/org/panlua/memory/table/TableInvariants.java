package org.panlua.memory.table;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.value.Value;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.panlua.memory.table.TableLayout.*;

/**
 * Checks the structure of a table's hash part through the package-private layout: every used
 * node is in exactly one chain, the chain of its main position; a chain longer than the index
 * threshold has a head tower and is sorted by (hash, key order) with the head smallest (a plain
 * chain is in no order), and each upper level of an indexed chain links exactly the nodes whose towers reach it, in
 * chain order, each link carrying the hash and key of the node it leads to.
 */
final class TableInvariants {
    private TableInvariants() {}

    /** What {@link #check} found. */
    record Shape(int usedNodes, int chains, int longestChain, int indexedChains) {}

    static Shape check(long t, Keys keys) {
        int count = nodeCount(t);
        if (count == 0) {
            assertEquals(0L, nodes(t));
            return new Shape(0, 0, 0, 0);
        }
        long nodes = nodes(t);
        int mask = count - 1;
        int lastFree = Mem.getInt(t + LAST_FREE);
        assertTrue(lastFree >= 0 && lastFree <= count, "last free " + lastFree);
        int[] seen = new int[count];
        int used = 0;
        for (int i = 0; i < count; i++) {
            long n = node(nodes, i);
            long key = Mem.getLong(n + KEY);
            if (key == Value.NIL_WORD) {
                assertTrue(i < lastFree, "free node " + i + " at or above the last-free mark " + lastFree);
                assertEquals(Value.NIL_WORD, Mem.getLong(n + VALUE), "free node " + i + " has a value");
                assertEquals(NO_TOWER, towerOf(towers(t), i), "free node " + i + " has a tower");
                continue;
            }
            used++;
            assertEquals(keys.hash(key), Mem.getInt(n + HASH), "cached hash of node " + i);
            assertFalse(Value.isDouble(key) && Value.hasExactInteger(Value.asDouble(key)), "unnormalised key");
            assertFalse(Value.isBoxedInteger(key) && Value.fitsInline(org.panlua.memory.object.BoxedInteger.valueOf(key)),
                    "boxed integer that fits inline");
        }
        int chains = 0;
        int longest = 0;
        int indexed = 0;
        int reached = 0;
        for (int head = 0; head < count; head++) {
            long hn = node(nodes, head);
            if (Mem.getLong(hn + KEY) == Value.NIL_WORD || (Mem.getInt(hn + HASH) & mask) != head) continue;
            chains++;
            List<Integer> chain = new ArrayList<>();
            for (int i = head; i >= 0; i = Mem.getInt(node(nodes, i) + NEXT)) {
                assertTrue(i < count, "link out of range: " + i);
                assertEquals(0, seen[i]++, "node " + i + " reached twice");
                long n = node(nodes, i);
                assertNotEquals(Value.NIL_WORD, Mem.getLong(n + KEY), "free node " + i + " in a chain");
                assertEquals(head, Mem.getInt(n + HASH) & mask, "node " + i + " in the chain of " + head);
                chain.add(i);
            }
            reached += chain.size();
            longest = Math.max(longest, chain.size());
            long headTower = towerOf(towers(t), head);
            if (headTower != NO_TOWER) assertEquals(1, Mem.getByte(t + INDEXED), "indexed chain, flag clear");
            if (headTower == NO_TOWER) {
                for (int i : chain) assertEquals(NO_TOWER, towerOf(towers(t), i), "tower in a plain chain");
                assertTrue(chain.size() <= SkipChain.INDEX_THRESHOLD,
                        "chain of " + chain.size() + " at " + head + " has no index");
                continue;
            }
            indexed++;
            for (int k = 1; k < chain.size(); k++) {
                long p = node(nodes, chain.get(k - 1));
                assertTrue(compare(p, node(nodes, chain.get(k))) < 0,
                        "indexed chain of " + head + " out of order at node " + chain.get(k));
            }
            checkLevels(t, chain, headTower);
        }
        assertEquals(used, reached, "every used node is in the chain of its main position");
        return new Shape(used, chains, longest, indexed);
    }

    /** Every level of an indexed chain lists, in order, exactly the nodes tall enough for it. */
    private static void checkLevels(long t, List<Integer> chain, long headTower) {
        int levels = Mem.getInt(headTower + TOWER_LEVELS);
        assertEquals(SkipChain.MAX_LEVEL, Mem.getInt(headTower + TOWER_CAPACITY), "head tower capacity");
        assertTrue(levels >= 0 && levels <= SkipChain.MAX_LEVEL, "head levels " + levels);
        int tallest = 0;
        for (int k = 1; k < chain.size(); k++) {
            tallest = Math.max(tallest, height(t, chain.get(k)));
        }
        assertTrue(tallest <= levels, "a tower of " + tallest + " above the head's " + levels);
        for (int level = 1; level <= levels; level++) {
            List<Integer> expected = new ArrayList<>();
            for (int k = 1; k < chain.size(); k++) {
                if (height(t, chain.get(k)) >= level) expected.add(chain.get(k));
            }
            List<Integer> actual = new ArrayList<>();
            int x = chain.get(0);
            while (true) {
                int next = link(t, x, level);
                if (next < 0) break;
                actual.add(next);
                assertTrue(actual.size() <= chain.size(), "cycle at level " + level);
                x = next;
            }
            assertEquals(expected, actual, "level " + level);
        }
    }

    static int height(long t, int i) {
        long tower = towerOf(towers(t), i);
        if (tower == NO_TOWER) return 0;
        int levels = Mem.getInt(tower + TOWER_LEVELS);
        assertEquals(levels, Mem.getInt(tower + TOWER_CAPACITY), "tower of node " + i);
        assertTrue(levels >= 1 && levels <= SkipChain.MAX_LEVEL, "tower height " + levels);
        return levels;
    }

    /**
     * The node that node {@code i}'s link at {@code level} leads to, -1 at the end. An upper
     * link leads to the next node's tower, which must name its node, and must carry that
     * node's hash, key word and order value.
     */
    static int link(long t, int i, int level) {
        long nodes = nodes(t);
        if (level == 0) return Mem.getInt(node(nodes, i) + NEXT);
        long tower = towerOf(towers(t), i);
        assertEquals(i, Mem.getInt(tower + TOWER_OWNER), "owner of the tower of node " + i);
        long e = entry(tower, level);
        long next = Mem.getLong(e + ENTRY_TOWER);
        if (next == NO_TOWER) return -1;
        int j = Mem.getInt(next + TOWER_OWNER);
        long n = node(nodes, j);
        assertEquals(next, towerOf(towers(t), j), "level " + level + " link of node " + i + " to node " + j);
        assertEquals(Mem.getLong(n + KEY), Mem.getLong(e + ENTRY_KEY), "key kept in a link to node " + j);
        assertEquals(Keys.orderValue(Mem.getLong(n + KEY)), Mem.getLong(e + ENTRY_ORDER), "order value kept in a link to node " + j);
        assertEquals(Mem.getInt(n + HASH), Mem.getInt(e + ENTRY_HASH), "hash kept in a link to node " + j);
        return j;
    }

    /** The chain order of two nodes: hash as unsigned, then key order. */
    static int compare(long a, long b) {
        int c = Integer.compareUnsigned(Mem.getInt(a + HASH), Mem.getInt(b + HASH));
        return c != 0 ? c : Keys.order(Mem.getLong(a + KEY), Mem.getLong(b + KEY));
    }
}
