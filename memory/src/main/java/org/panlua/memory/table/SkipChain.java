package org.panlua.memory.table;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;

import static org.panlua.memory.table.TableLayout.*;

/**
 * Collision chains of the hash part, kept as skip lists (DESIGN.md section 5).
 *
 * <p>A chain holds the keys whose main position is the node its head sits in, sorted by
 * (hash, {@link Keys#order}); the head is always the smallest. While a chain is short it is a
 * plain list through the nodes' level-0 links and costs what any chained hash costs. When an
 * insertion makes it longer than {@link #INDEX_THRESHOLD} the chain is indexed: the head gets a
 * tower of {@link #MAX_LEVEL} levels that stays with the head position, and every other node a
 * tower of a random height (each level with probability 1/4) that moves with its entry. From
 * then on a lookup among n colliding keys costs O(log n) instead of O(n): this is the defence
 * against keys chosen to collide.
 *
 * <p>Towers only speed lookups up: when there is no memory for one, the node simply has none,
 * and every operation stays correct.
 */
final class SkipChain {
    static final int MAX_LEVEL = 12;
    static final int INDEX_THRESHOLD = 8;

    private final NativeHeap heap;
    private final Keys keys;
    private final int[] update = new int[MAX_LEVEL + 1];
    private final int[] last = new int[MAX_LEVEL + 1];
    private long random;

    SkipChain(NativeHeap heap, Keys keys) {
        this.heap = heap;
        this.keys = keys;
        this.random = keys.seed() | 1;
    }

    // ---- Node fields -----------------------------------------------------------------------
    private static int next0(long nodes, int i) {
        return Mem.getInt(node(nodes, i) + NEXT);
    }

    private static void setNext0(long nodes, int i, int next) {
        Mem.putInt(node(nodes, i) + NEXT, next);
    }

    private static long tower(long nodes, int i) {
        return Mem.getLong(node(nodes, i) + TOWER);
    }

    private static long linkAddress(long tower, int level) {
        return tower + TOWER_LINKS + 4L * (level - 1);
    }

    private static int link(long nodes, int i, int level) {
        return level == 0 ? next0(nodes, i) : Mem.getInt(linkAddress(tower(nodes, i), level));
    }

    private static void setLink(long nodes, int i, int level, int next) {
        if (level == 0) setNext0(nodes, i, next);
        else Mem.putInt(linkAddress(tower(nodes, i), level), next);
    }

    private static int levels(long tower) {
        return tower == NO_TOWER ? 0 : Mem.getInt(tower + TOWER_LEVELS);
    }

    /** Order of the key at node {@code n} against {@code (h, key)}. */
    private static int compareAt(long n, int h, long key) {
        int nh = Mem.getInt(n + HASH);
        if (nh != h) return Integer.compareUnsigned(nh, h);
        return Keys.order(Mem.getLong(n + KEY), key);
    }

    // ---- Lookup ----------------------------------------------------------------------------
    /** Index of the node holding {@code key} in the chain headed at {@code mp}, or -1. */
    int find(long nodes, int mp, long key, int h) {
        long headTower = tower(nodes, mp);
        if (headTower == NO_TOWER) {
            int i = mp;
            do {
                long n = node(nodes, i);
                if (Mem.getInt(n + HASH) == h && Keys.equal(Mem.getLong(n + KEY), key)) return i;
                i = Mem.getInt(n + NEXT);
            } while (i >= 0);
            return -1;
        }
        return search(nodes, mp, headTower, key, h);
    }

    /**
     * Skip-list search of an indexed chain. Leaves in {@code update[l]} the last node before
     * {@code key} at each level, and answers the node holding the key or -1.
     */
    private int search(long nodes, int mp, long headTower, long key, int h) {
        int c = compareAt(node(nodes, mp), h, key);
        if (c >= 0) return c == 0 ? mp : -1;
        int x = mp;
        for (int level = levels(headTower); level >= 0; level--) {
            for (int nx = link(nodes, x, level); nx >= 0; nx = link(nodes, x, level)) {
                if (compareAt(node(nodes, nx), h, key) >= 0) break;
                x = nx;
            }
            update[level] = x;
        }
        int candidate = next0(nodes, x);
        return candidate >= 0 && compareAt(node(nodes, candidate), h, key) == 0 ? candidate : -1;
    }

    // ---- Insertion -------------------------------------------------------------------------
    /**
     * Puts the new entry {@code (key, value)} into the chain headed at {@code mp}, using the
     * free node {@code f}. The key is not in the chain.
     */
    void insert(long nodes, int mp, int f, long key, int h, long value) {
        long head = node(nodes, mp);
        long headTower = Mem.getLong(head + TOWER);
        if (compareAt(head, h, key) > 0) {
            // A new smallest key: the old head's entry moves to f, just behind the head, and the
            // head position (with its tower, if any) takes the new key.
            writeEntry(nodes, f, Mem.getLong(head + KEY), Mem.getLong(head + VALUE), Mem.getInt(head + HASH));
            setNext0(nodes, f, next0(nodes, mp));
            writeEntry(nodes, mp, key, value, h);
            setNext0(nodes, mp, f);
            if (headTower != NO_TOWER) {
                for (int level = 1; level <= MAX_LEVEL; level++) update[level] = mp;
                raise(nodes, mp, headTower, f);
            } else {
                indexIfLong(nodes, mp);
            }
            return;
        }
        writeEntry(nodes, f, key, value, h);
        if (headTower == NO_TOWER) {
            int pred = mp;
            for (int i = next0(nodes, mp); i >= 0 && compareAt(node(nodes, i), h, key) < 0; i = next0(nodes, i)) {
                pred = i;
            }
            setNext0(nodes, f, next0(nodes, pred));
            setNext0(nodes, pred, f);
            indexIfLong(nodes, mp);
            return;
        }
        search(nodes, mp, headTower, key, h);
        setNext0(nodes, f, next0(nodes, update[0]));
        setNext0(nodes, update[0], f);
        for (int level = levels(headTower) + 1; level <= MAX_LEVEL; level++) update[level] = mp;
        raise(nodes, mp, headTower, f);
    }

    /** Gives node {@code f} (already linked at level 0) a random tower, linked after update[]. */
    private void raise(long nodes, int mp, long headTower, int f) {
        int height = randomLevel();
        if (height == 0) return;
        long tower = newTower(height);
        if (tower == NO_TOWER) return;
        Mem.putLong(node(nodes, f) + TOWER, tower);
        for (int level = 1; level <= height; level++) {
            int pred = update[level];
            setLink(nodes, f, level, link(nodes, pred, level));
            setLink(nodes, pred, level, f);
        }
        if (height > levels(headTower)) Mem.putInt(headTower + TOWER_LEVELS, height);
    }

    /** Indexes the chain headed at {@code mp} once it has grown past the threshold. */
    private void indexIfLong(long nodes, int mp) {
        int length = 0;
        for (int i = mp; i >= 0 && length <= INDEX_THRESHOLD; i = next0(nodes, i)) length++;
        if (length <= INDEX_THRESHOLD) return;
        long headTower = newTower(MAX_LEVEL);
        if (headTower == NO_TOWER) return;
        Mem.putInt(headTower + TOWER_LEVELS, 0);
        Mem.putLong(node(nodes, mp) + TOWER, headTower);
        java.util.Arrays.fill(last, mp);
        int top = 0;
        for (int i = next0(nodes, mp); i >= 0; i = next0(nodes, i)) {
            int height = randomLevel();
            if (height == 0) continue;
            long tower = newTower(height);
            if (tower == NO_TOWER) continue;
            Mem.putLong(node(nodes, i) + TOWER, tower);
            for (int level = 1; level <= height; level++) {
                setLink(nodes, last[level], level, i);
                last[level] = i;
            }
            top = Math.max(top, height);
        }
        Mem.putInt(headTower + TOWER_LEVELS, top);
    }

    // ---- Relocation ------------------------------------------------------------------------
    /**
     * Moves the entry at node {@code p}, which belongs to another chain (its main position is
     * elsewhere), to the free node {@code f}, re-pointing every link that led to it. Node
     * {@code p} is left for the caller to overwrite.
     */
    void relocate(long nodes, int mask, int p, int f) {
        long pn = node(nodes, p);
        int h = Mem.getInt(pn + HASH);
        int home = h & mask;
        long headTower = tower(nodes, home);
        if (headTower == NO_TOWER) {
            int x = home;
            while (next0(nodes, x) != p) x = next0(nodes, x);
            setNext0(nodes, x, f);
        } else {
            search(nodes, home, headTower, Mem.getLong(pn + KEY), h);
            int height = levels(Mem.getLong(pn + TOWER));
            for (int level = 0; level <= height; level++) setLink(nodes, update[level], level, f);
        }
        Mem.copy(pn, node(nodes, f), NODE_SIZE);
    }

    // ---- Towers ----------------------------------------------------------------------------
    private long newTower(int capacity) {
        long tower = heap.tryAllocate(towerSize(capacity));
        if (tower == 0) return NO_TOWER;
        Mem.putInt(tower + TOWER_LEVELS, capacity);
        Mem.putInt(tower + TOWER_CAPACITY, capacity);
        Mem.fill(tower + TOWER_LINKS, 4L * capacity, (byte) -1);
        return tower;
    }

    /** Frees the towers of the {@code count} nodes at {@code nodes}. */
    void freeTowers(long nodes, int count) {
        for (int i = 0; i < count; i++) {
            long tower = tower(nodes, i);
            if (tower != NO_TOWER) heap.free(tower, towerSize(Mem.getInt(tower + TOWER_CAPACITY)));
        }
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
        Mem.putLong(n + KEY, key);
        Mem.putLong(n + VALUE, value);
        Mem.putInt(n + HASH, h);
    }
}
