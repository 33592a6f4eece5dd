package org.panlua.memory.table;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;

import static org.panlua.memory.table.TableLayout.*;

/**
 * Collision chains of the hash part, kept as skip lists (DESIGN.md section 5).
 *
 * <p>A chain holds the keys whose main position is the node its head sits in. While a chain is
 * short it is a plain list through the nodes' level-0 links, in no order (a new key goes right
 * behind the head), and costs what any chained hash costs. When an insertion makes it longer
 * than {@link #INDEX_THRESHOLD} the chain is indexed: it is sorted by (hash,
 * {@link Keys#order}), the smallest key in the head, and stays sorted from then on; the head
 * gets a tower of {@link #MAX_LEVEL} levels that stays with the head position, and every other
 * node a tower of a random height (each level with probability 1/4) that moves with its entry.
 * From then on a lookup among n colliding keys costs O(log n) instead of O(n): this is the
 * defence against keys chosen to collide. Towers live in the table's tower array
 * ({@link TableLayout}), made with its first indexed chain.
 *
 * <p>Links above level 0 are "fat" ({@link TableLayout}): each carries the next node's hash,
 * key word and key order value, and leads to the next tower directly. A search compares
 * against the link it stands on and only reads the next tower when it moves on: one dependent
 * cache miss per step instead of three (node, key object, tower).
 *
 * <p>Towers only speed lookups up: when there is no memory for one, the node simply has none,
 * and every operation stays correct.
 */
final class SkipChain {
    static final int MAX_LEVEL = 12;
    static final int INDEX_THRESHOLD = 8;

    private final NativeHeap heap;
    /** After a search: the tower of the last node before the key at each level from 1. */
    private final long[] update = new long[MAX_LEVEL + 1];
    /** After a search: the last node before the key at level 0. */
    private int update0;
    private long random;

    SkipChain(NativeHeap heap, Keys keys) {
        this.heap = heap;
        this.random = keys.seed() | 1;
    }

    // ---- Node and tower fields -------------------------------------------------------------
    private static int next0(long nodes, int i) {
        return getInt(node(nodes, i) + NEXT);
    }

    private static void setNext0(long nodes, int i, int next) {
        putInt(node(nodes, i) + NEXT, next);
    }

    private static int levels(long tower) {
        return tower == NO_TOWER ? 0 : getInt(tower + TOWER_LEVELS);
    }

    /** Points a link at {@code next}, the tower of the node holding {@code (key, h)}. */
    private static void setEntry(long e, long next, long key, long orderValue, int h) {
        putLong(e + ENTRY_TOWER, next);
        putLong(e + ENTRY_KEY, key);
        putLong(e + ENTRY_ORDER, orderValue);
        putInt(e + ENTRY_HASH, h);
    }

    /** Order of the key at node {@code n} against {@code (h, key)}. */
    private static int compareAt(long n, int h, long key, long orderValue) {
        int nh = getInt(n + HASH);
        if (nh != h) return Integer.compareUnsigned(nh, h);
        long k = getLong(n + KEY);
        return k == key ? 0 : Keys.order(k, Keys.orderValue(k), key, orderValue);
    }

    /** Order of the key a link leads to against {@code (h, key)}, from the link alone. */
    private static int compareEntry(long e, int h, long key, long orderValue) {
        int eh = getInt(e + ENTRY_HASH);
        if (eh != h) return Integer.compareUnsigned(eh, h);
        return Keys.order(getLong(e + ENTRY_KEY), getLong(e + ENTRY_ORDER), key, orderValue);
    }

    // ---- Lookup ----------------------------------------------------------------------------
    /** Index of the node holding {@code key} in the chain headed at {@code mp}, or -1. */
    int find(long nodes, long towers, int mp, long key, int h) {
        long headTower = towerOf(towers, mp);
        if (headTower == NO_TOWER) {
            int i = mp;
            do {
                long n = node(nodes, i);
                if (getInt(n + HASH) == h && Keys.equal(getLong(n + KEY), key)) return i;
                i = getInt(n + NEXT);
            } while (i >= 0);
            return -1;
        }
        return search(nodes, mp, headTower, key, h, Keys.orderValue(key), true);
    }

    /**
     * Skip-list search of an indexed chain for the node holding {@code key}, or -1. Unless
     * {@code stopEarly}, leaves in {@link #update} and {@link #update0} the last node before
     * the key at each level; with it, stops as soon as an upper link leads to the key.
     */
    private int search(long nodes, int mp, long headTower, long key, int h, long orderValue, boolean stopEarly) {
        int c = compareAt(node(nodes, mp), h, key, orderValue);
        if (c >= 0) return c == 0 ? mp : -1;
        long x = headTower;
        for (int level = levels(headTower); level >= 1; level--) {
            while (true) {
                long e = entry(x, level);
                long next = getLong(e + ENTRY_TOWER);
                if (next == NO_TOWER) break;
                int ce = compareEntry(e, h, key, orderValue);
                if (ce > 0) break;
                if (ce == 0) {
                    if (stopEarly) return getInt(next + TOWER_OWNER);
                    break;
                }
                x = next;
            }
            update[level] = x;
        }
        int p = getInt(x + TOWER_OWNER);
        for (int i = next0(nodes, p); i >= 0; i = next0(nodes, i)) {
            int ci = compareAt(node(nodes, i), h, key, orderValue);
            if (ci >= 0) {
                update0 = p;
                return ci == 0 ? i : -1;
            }
            p = i;
        }
        update0 = p;
        return -1;
    }

    // ---- Insertion ----------------------------------------------------------------------------
    /**
     * Looks {@code key} up in the plain chain (no skip-list levels) headed at {@code mp}: the
     * index of the node holding it, or, when it is absent, {@code ~length} where {@code length}
     * is the number of nodes in the chain. One walk serves both the lookup that precedes an
     * insertion and the length check of the insertion itself ({@link #link}).
     */
    int locate(long nodes, int mp, long key, int h) {
        int i = mp;
        int length = 0;
        do {
            long n = node(nodes, i);
            if (getInt(n + HASH) == h && Keys.equal(getLong(n + KEY), key)) return i;
            length++;
            i = getInt(n + NEXT);
        } while (i >= 0);
        return ~length;
    }

    /**
     * Puts the new entry {@code (key, value)} into the plain chain headed at {@code mp}, of
     * {@code length} nodes, using the free node {@code f}: a plain chain is in no order, so the
     * entry goes right behind the head. Indexes the chain, of table {@code t}, when it becomes
     * longer than {@link #INDEX_THRESHOLD}.
     */
    void link(long t, long nodes, int mp, int f, long key, int h, long value, int length) {
        linkBehindHead(nodes, mp, f, key, h, value);
        if (length >= INDEX_THRESHOLD) index(t, nodes, mp);
    }

    /**
     * Puts the new entry {@code (key, value)} into the plain chain headed at {@code mp}, right
     * behind the head, using the free node {@code f}; the caller knows that the chain stays
     * within {@link #INDEX_THRESHOLD} nodes.
     */
    static void linkBehindHead(long nodes, int mp, int f, long key, int h, long value) {
        long head = node(nodes, mp);
        long fn = node(nodes, f);
        putLong(fn + KEY, key);
        putLong(fn + VALUE, value);
        putInt(fn + NEXT, getInt(head + NEXT));
        putInt(fn + HASH, h);
        putInt(head + NEXT, f);
    }

    /**
     * Puts the new entry {@code (key, value)} into the chain headed at {@code mp} of the
     * table at {@code t}, whose node array is {@code nodes}, using the free node {@code f}.
     * The key is not in the chain.
     */
    void insert(long t, long nodes, int mp, int f, long key, int h, long value) {
        long towers = towers(t);
        long headTower = towerOf(towers, mp);
        if (headTower != NO_TOWER) {
            insertIndexed(nodes, towers, headTower, mp, f, key, h, value);
            return;
        }
        int length = 1;
        for (int i = next0(nodes, mp); i >= 0 && length < INDEX_THRESHOLD; i = next0(nodes, i)) length++;
        link(t, nodes, mp, f, key, h, value, length);
    }

    /** {@link #insert} into a chain that has skip-list levels. */
    private void insertIndexed(long nodes, long towers, long headTower, int mp, int f, long key, int h, long value) {
        long head = node(nodes, mp);
        long orderValue = Keys.orderValue(key);
        if (compareAt(head, h, key, orderValue) > 0) {
            // the new smallest key: as above, then f gets a tower behind the head's
            writeEntry(nodes, f, getLong(head + KEY), getLong(head + VALUE), getInt(head + HASH));
            setNext0(nodes, f, next0(nodes, mp));
            writeEntry(nodes, mp, key, value, h);
            setNext0(nodes, mp, f);
            java.util.Arrays.fill(update, headTower);
            raise(nodes, towers, headTower, f);
            return;
        }
        writeEntry(nodes, f, key, value, h);
        search(nodes, mp, headTower, key, h, orderValue, false);
        setNext0(nodes, f, next0(nodes, update0));
        setNext0(nodes, update0, f);
        for (int level = levels(headTower) + 1; level <= MAX_LEVEL; level++) update[level] = headTower;
        raise(nodes, towers, headTower, f);
    }

    /** Gives node {@code f} (already linked at level 0) a random tower, linked after update[]. */
    private void raise(long nodes, long towers, long headTower, int f) {
        int height = randomLevel();
        if (height == 0) return;
        long tower = newTower(height, f);
        if (tower == NO_TOWER) return;
        long n = node(nodes, f);
        setTower(towers, f, tower);
        long key = getLong(n + KEY);
        long orderValue = Keys.orderValue(key);
        int h = getInt(n + HASH);
        for (int level = 1; level <= height; level++) {
            long before = entry(update[level], level);
            Mem.copy(before, entry(tower, level), 1L << ENTRY_SHIFT);
            setEntry(before, tower, key, orderValue, h);
        }
        if (height > levels(headTower)) putInt(headTower + TOWER_LEVELS, height);
    }

    /**
     * Gives the chain headed at {@code mp} of the table at {@code t}, which has no towers yet,
     * its skip-list levels, and the table a tower array if it has none. Without memory for
     * them the chain stays a long plain list; the table's indexed flag says it may have one.
     */
    private void index(long t, long nodes, int mp) {
        putByte(t + INDEXED, (byte) 1);
        long towers = towers(t);
        if (towers == 0) {
            long bytes = 8L * nodeCount(t);
            towers = heap.tryAllocate(bytes);
            if (towers == 0) return;
            Mem.fill(towers, bytes, (byte) -1); // no node has a tower
            putLong(t + TOWERS, towers);
        }
        long headTower = newTower(MAX_LEVEL, mp);
        if (headTower == NO_TOWER) return;
        sort(nodes, mp);
        putInt(headTower + TOWER_LEVELS, 0);
        setTower(towers, mp, headTower);
        java.util.Arrays.fill(update, headTower); // the last tower reached at each level
        int top = 0;
        for (int i = next0(nodes, mp); i >= 0; i = next0(nodes, i)) {
            int height = randomLevel();
            if (height == 0) continue;
            long tower = newTower(height, i);
            if (tower == NO_TOWER) continue;
            long n = node(nodes, i);
            setTower(towers, i, tower);
            long key = getLong(n + KEY);
            long orderValue = Keys.orderValue(key);
            int h = getInt(n + HASH);
            for (int level = 1; level <= height; level++) {
                setEntry(entry(update[level], level), tower, key, orderValue, h);
                update[level] = tower;
            }
            top = Math.max(top, height);
        }
        putInt(headTower + TOWER_LEVELS, top);
    }

    /** The nodes of a chain being sorted, head first; reused. */
    private int[] chainNodes = new int[2 * INDEX_THRESHOLD];

    /**
     * Sorts the plain chain headed at {@code mp} by (hash, key order): the entries are put back
     * into the same nodes, the smallest into the head, and linked in order. A chain is sorted
     * once, when it is indexed; until then insertions need no order.
     */
    private void sort(long nodes, int mp) {
        int n = 0;
        for (int i = mp; i >= 0; i = next0(nodes, i)) {
            if (n == chainNodes.length) chainNodes = java.util.Arrays.copyOf(chainNodes, 2 * n);
            chainNodes[n++] = i;
        }
        long[] keys = new long[n];
        long[] values = new long[n];
        int[] hashes = new int[n];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            long node = node(nodes, chainNodes[k]);
            keys[k] = getLong(node + KEY);
            values[k] = getLong(node + VALUE);
            hashes[k] = getInt(node + HASH);
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Integer.compareUnsigned(hashes[a], hashes[b]);
            return c != 0 ? c : Keys.order(keys[a], keys[b]);
        });
        for (int k = 0; k < n; k++) {
            int e = order[k];
            writeEntry(nodes, chainNodes[k], keys[e], values[e], hashes[e]);
            setNext0(nodes, chainNodes[k], k + 1 < n ? chainNodes[k + 1] : -1);
        }
    }

    // ---- Relocation ------------------------------------------------------------------------
    /**
     * Moves the entry at node {@code p}, which belongs to another chain (its main position is
     * elsewhere), to the free node {@code f}, re-pointing the level-0 link that led to it; its
     * tower goes with it, and upper links lead to the tower, so they stay as they are. Node
     * {@code p} is left for the caller to overwrite, without a tower.
     */
    void relocate(long nodes, long towers, int mask, int p, int f) {
        long pn = node(nodes, p);
        int h = getInt(pn + HASH);
        int home = h & mask;
        long headTower = towerOf(towers, home);
        if (headTower == NO_TOWER) {
            int x = home;
            while (next0(nodes, x) != p) x = next0(nodes, x);
            setNext0(nodes, x, f);
        } else {
            long key = getLong(pn + KEY);
            search(nodes, home, headTower, key, h, Keys.orderValue(key), false);
            setNext0(nodes, update0, f);
        }
        long tower = towerOf(towers, p);
        if (tower != NO_TOWER) {
            putInt(tower + TOWER_OWNER, f);
            setTower(towers, f, tower);
            setTower(towers, p, NO_TOWER);
        }
        long fn = node(nodes, f);
        // three moves, not Mem.copy: a call to the copy stub costs more than 24 bytes
        putLong(fn + KEY, getLong(pn + KEY));
        putLong(fn + VALUE, getLong(pn + VALUE));
        putLong(fn + NEXT, getLong(pn + NEXT)); // the link and the hash together
    }

    // ---- Towers ----------------------------------------------------------------------------
    /** A tower of {@code capacity} levels for node {@code owner}, every link at the end; or NO_TOWER. */
    private long newTower(int capacity, int owner) {
        long tower = heap.tryAllocate(towerSize(capacity));
        if (tower == 0) return NO_TOWER;
        putInt(tower + TOWER_LEVELS, capacity);
        putInt(tower + TOWER_CAPACITY, capacity);
        putInt(tower + TOWER_OWNER, owner);
        Mem.fill(tower + TOWER_ENTRIES, (long) capacity << ENTRY_SHIFT, (byte) -1);
        return tower;
    }

    /** Frees the tower array {@code towers} of {@code count} nodes and every tower in it. */
    void freeTowers(long towers, int count) {
        for (int i = 0; i < count; i++) {
            long tower = towerOf(towers, i);
            if (tower != NO_TOWER) freeTower(tower);
        }
        heap.free(towers, 8L * count);
    }

    /** Frees one tower (the node that had it must forget it). */
    void freeTower(long tower) {
        heap.free(tower, towerSize(getInt(tower + TOWER_CAPACITY)));
    }

    /** Height of a new tower: each level with probability 1/4, at most MAX_LEVEL. */
    private int randomLevel() {
        long r = random;
        r ^= r << 13;
        r ^= r >>> 7;
        r ^= r << 17;
        random = r;
        return Long.numberOfTrailingZeros(r | (1L << (2 * MAX_LEVEL))) >>> 1;
    }

    private static void writeEntry(long nodes, int i, long key, long value, int h) {
        long n = node(nodes, i);
        putLong(n + KEY, key);
        putLong(n + VALUE, value);
        putInt(n + HASH, h);
    }
}
