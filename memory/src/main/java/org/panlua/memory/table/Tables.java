package org.panlua.memory.table;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.object.ObjectHeader;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.value.Value;

import static org.panlua.memory.table.TableLayout.*;

/**
 * Lua tables on the native heap: raw get and set for every key kind, {@code next}, the border
 * ({@code #t}), the metatable slot and the absent-metamethod cache (DESIGN.md section 5).
 *
 * <p>A table has an array part for the keys {@code 1..asize} and a hash part of nodes whose
 * collision chains are {@link SkipChain skip lists}. Like the reference implementation, a
 * table only changes shape when a new key finds no free node; it is then resized by Lua's rule
 * ({@link TableSizing}). Every store calls the collector's write barrier on the table.
 * Assigning to an existing key, nil included, never moves anything, so
 * a {@code next} traversal survives it: a key assigned nil stays in its node as a dead key
 * until the next resize.
 *
 * <p>Tables are addressed by their object address (the payload of a table word). One instance
 * serves one state; it is not thread-safe.
 */
public final class Tables {
    private final NativeHeap heap;
    private final Keys keys;
    private final SkipChain chains;
    private final TableGrowth growth;
    /** A box used to look up large integers without allocating (it never enters a table). */
    private final long probe;

    public Tables(NativeHeap heap, StringTable strings) {
        this.heap = heap;
        this.keys = new Keys(strings);
        this.chains = new SkipChain(heap, keys);
        this.growth = new TableGrowth(heap, keys, chains, this);
        this.probe = heap.allocate(BoxedInteger.SIZE);
        ObjectHeader.init(probe, Value.BOXED_INTEGER);
    }

    // ---- Life cycle ------------------------------------------------------------------------
    /** A new empty table with room for {@code narray} array items and {@code nhash} other keys. */
    public long create(int narray, int nhash) {
        if (narray < 0 || nhash < 0) throw new IllegalArgumentException("negative table size");
        long t = heap.allocateObject(SIZE);
        ObjectHeader.create(heap, t, Value.TABLE);
        putInt(t + ARRAY_SIZE, 0);
        putLong(t + ARRAY, 0);
        TableGrowth.install(t, 0, 0);
        putByte(t + RECOUNT, (byte) 0);
        putLong(t + METATABLE, 0);
        putInt(t + BORDER_HINT, 0);
        if (narray > 0 || nhash > 0) {
            try {
                growth.resize(t, narray, nhash);
            } catch (RuntimeException e) {
                heap.gc.forget(t);
                heap.free(t, SIZE);
                throw e;
            }
        }
        return t;
    }

    /** The word of the table at {@code t}. */
    public static long word(long t) {
        return Value.ofObject(Value.TABLE, t);
    }

    /** Frees the table and its parts (not the keys and values it refers to). */
    public void free(long t) {
        growth.freeParts(t);
        heap.free(t, SIZE);
    }

    // ---- Reads -----------------------------------------------------------------------------
    /** Raw {@code t[key]} for any key word; nil for absent keys, nil and NaN. */
    public long get(long t, long key) {
        if (Value.isInlineInteger(key)) return getInteger(t, Value.inlineInteger(key));
        if (Value.isString(key)) return getString(t, key);
        if (Value.isDouble(key)) {
            double d = Value.asDouble(key);
            if (Value.hasExactInteger(d)) return getInteger(t, (long) d);
            if (d != d) return Value.NIL_WORD;
        } else if (Value.isBoxedInteger(key)) {
            return getInteger(t, BoxedInteger.valueOf(key));
        } else if (key == Value.NIL_WORD) {
            return Value.NIL_WORD;
        }
        return valueOf(findNode(t, key, keys.hash(key)));
    }

    /** Raw {@code t[i]} for an integer key. */
    public long getInteger(long t, long i) {
        if (Long.compareUnsigned(i - 1, getInt(t + ARRAY_SIZE)) < 0) {
            return getLong(getLong(t + ARRAY) + ((i - 1) << 3));
        }
        return valueOf(findNode(t, integerKey(i), keys.hashInteger(i)));
    }

    /** Raw {@code t[s]} for a string word. */
    public long getString(long t, long s) {
        return valueOf(findNode(t, s, keys.hash(s)));
    }

    /**
     * Raw {@code t[s]} for an interned (short) string word: the fast path of field access.
     * Interned strings are equal exactly when their words are, and carry their hash, so the
     * walk compares words only. A chain that has grown skip-list levels takes the full search,
     * so colliding keys keep their O(log n) bound.
     */
    public long getShortString(long t, long s) {
        long nodes = getLong(t + NODES);
        if (nodes == 0) return Value.NIL_WORD;
        int i = getInt(Value.address(s) + org.panlua.memory.string.LuaString.HASH)
                & ((1 << getByte(t + LOG2_NODES)) - 1);
        long n = node(nodes, i);
        long towers = getLong(t + TOWERS);
        if (towers != 0 && towerOf(towers, i) != NO_TOWER) return getString(t, s);
        while (true) {
            if (getLong(n + KEY) == s) return getLong(n + VALUE);
            i = getInt(n + NEXT);
            if (i < 0) return Value.NIL_WORD;
            n = node(nodes, i);
        }
    }

    /**
     * Raw {@code t[s] = v} for an interned string already in the table with a non-nil value;
     * false (and nothing done) otherwise, when the caller must take the general path.
     */
    public boolean replaceShortString(long t, long s, long v) {
        long nodes = getLong(t + NODES);
        if (nodes == 0 || v == Value.NIL_WORD) return false;
        int i = getInt(Value.address(s) + org.panlua.memory.string.LuaString.HASH)
                & ((1 << getByte(t + LOG2_NODES)) - 1);
        long n = node(nodes, i);
        long towers = getLong(t + TOWERS);
        if (towers != 0 && towerOf(towers, i) != NO_TOWER) return false;
        while (true) {
            if (getLong(n + KEY) == s) {
                if (getLong(n + VALUE) == Value.NIL_WORD) return false;
                barrierInPlace(t, v);
                putLong(n + VALUE, v);
                return true;
            }
            i = getInt(n + NEXT);
            if (i < 0) return false;
            n = node(nodes, i);
        }
    }

    /**
     * Raw {@code t[i] = v} when it needs neither growth nor a metamethod: {@code i} inside the
     * array part, or a key already in the hash part, whose value is not nil or the table has
     * no metatable (else {@code __newindex} may apply). False, nothing done, otherwise.
     */
    public boolean replaceInteger(long t, long i, long v) {
        long slot;
        if (Long.compareUnsigned(i - 1, getInt(t + ARRAY_SIZE)) < 0) {
            slot = getLong(t + ARRAY) + ((i - 1) << 3);
        } else {
            long n = findNode(t, integerKey(i), keys.hashInteger(i));
            if (n == 0) return false;
            slot = n + VALUE;
        }
        if (getLong(slot) == Value.NIL_WORD && getLong(t + METATABLE) != 0) return false;
        barrierInPlace(t, v);
        putLong(slot, v);
        return true;
    }

    // ---- Writes ----------------------------------------------------------------------------
    /**
     * The write barrier of a store of {@code value} into a slot {@code t} already has (an
     * array item, or a node whose key is there): nothing moves, so a large table may be
     * barriered forward ({@link org.panlua.memory.heap.GcSpace#barrierStore}). A store that
     * adds a key may move other entries (a relocation, a resize) across the place the
     * collector has reached in the table, so it takes the plain barrier.
     */
    private void barrierInPlace(long t, long value) {
        if (org.panlua.memory.heap.GcSpace.isBlack(t)) {
            boolean large = getLong(t + METATABLE) == 0
                    && (long) getInt(t + ARRAY_SIZE) + hashSize(t) > org.panlua.memory.heap.GcSpace.LARGE_TABLE;
            heap.gc.barrierStore(t, value, large);
        }
    }

    /**
     * Raw {@code t[key] = value}.
     *
     * @throws InvalidKeyException for a nil or NaN key
     * @throws org.panlua.memory.heap.NotEnoughMemoryException when the table must grow and
     *         cannot; the table is then unchanged
     */
    public void set(long t, long key, long value) {
        if (Value.isInlineInteger(key)) {
            setInteger(t, Value.inlineInteger(key), value);
            return;
        }
        if (Value.isDouble(key)) {
            double d = Value.asDouble(key);
            if (Value.hasExactInteger(d)) {
                setInteger(t, (long) d, value);
                return;
            }
            if (d != d) throw new InvalidKeyException("table index is NaN");
        } else if (Value.isBoxedInteger(key)) {
            setInteger(t, BoxedInteger.valueOf(key), value);
            return;
        } else if (key == Value.NIL_WORD) {
            throw new InvalidKeyException("table index is nil");
        } else if (Value.isString(key)) {
            putByte(t + TM_CACHE, (byte) 0); // the key may name a metamethod
        }
        heap.gc.barrier(t);
        store(t, key, keys.hash(key), value);
    }

    /** Raw {@code t[i] = value} for an integer key. */
    public void setInteger(long t, long i, long value) {
        if (Long.compareUnsigned(i - 1, getInt(t + ARRAY_SIZE)) < 0) {
            barrierInPlace(t, value);
            putLong(getLong(t + ARRAY) + ((i - 1) << 3), value);
            return;
        }
        heap.gc.barrier(t);
        int h = keys.hashInteger(i);
        if (Value.fitsInline(i)) {
            store(t, Value.ofInlineInteger(i), h, value);
            return;
        }
        long n = findNode(t, integerKey(i), h);
        if (n != 0) {
            putLong(n + VALUE, value);
        } else if (value != Value.NIL_WORD) {
            long key = BoxedInteger.of(heap, i);
            try {
                insert(t, key, h, value);
            } catch (RuntimeException e) {
                if (Value.isBoxedInteger(key)) { // the table could not grow: the new box is nobody's
                    heap.gc.forget(Value.address(key));
                    BoxedInteger.free(heap, key);
                }
                throw e;
            }
        }
    }

    // ---- Length ----------------------------------------------------------------------------
    /**
     * A border of the table, as {@code #t} computes it in Lua 5.4. A border inside the array
     * part starts from the one found last (the table's border hint, as 5.4's {@code alimit}
     * serves {@code luaH_getn}): unchanged, one further up ({@code t[#t + 1] = v}) or one down
     * ({@code t[#t] = nil}) costs a read or two instead of a binary search of the array part.
     */
    public long length(long t) {
        int asize = asize(t);
        long array = array(t);
        if (asize > 0 && getLong(array + ((long) (asize - 1) << 3)) == Value.NIL_WORD) {
            int lo = 0;       // t[lo] is non-nil (or lo is 0)
            int hi = asize;   // t[hi] is nil
            int j = getInt(t + BORDER_HINT);
            if (j < asize) {
                if (j == 0 || getLong(array + ((long) (j - 1) << 3)) != Value.NIL_WORD) {
                    if (getLong(array + ((long) j << 3)) == Value.NIL_WORD) return j;
                    // t[j + 1] is set, and t[asize] is nil, so j + 1 < asize
                    if (getLong(array + ((long) (j + 1) << 3)) == Value.NIL_WORD) {
                        putInt(t + BORDER_HINT, j + 1);
                        return j + 1;
                    }
                    lo = j + 1;
                } else {
                    if (j >= 2 && getLong(array + ((long) (j - 2) << 3)) != Value.NIL_WORD) {
                        putInt(t + BORDER_HINT, j - 1);
                        return j - 1;
                    }
                    hi = j;
                }
            }
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (getLong(array + ((long) (mid - 1) << 3)) == Value.NIL_WORD) hi = mid;
                else lo = mid;
            }
            putInt(t + BORDER_HINT, lo);
            return lo;
        }
        if (nodes(t) == 0 || getInteger(t, asize + 1L) == Value.NIL_WORD) return asize;
        return unboundSearch(t, asize + 1L);
    }

    /** A border above {@code j}, where {@code t[j]} is non-nil, found by doubling then bisecting. */
    private long unboundSearch(long t, long j) {
        long i = j;
        while (getInteger(t, j) != Value.NIL_WORD) {
            i = j;
            if (j > Long.MAX_VALUE / 2) { // pathological: walk linearly
                long k = 1;
                while (getInteger(t, k) != Value.NIL_WORD) k++;
                return k - 1;
            }
            j *= 2;
        }
        while (j - i > 1) {
            long mid = (i + j) >>> 1;
            if (getInteger(t, mid) == Value.NIL_WORD) j = mid;
            else i = mid;
        }
        return i;
    }

    // ---- Traversal -------------------------------------------------------------------------
    /**
     * The traversal position of {@code key}: 0 for nil (before the first entry), {@code i} for
     * array item {@code i}, {@code asize + 1 + n} for hash node {@code n}.
     *
     * @throws InvalidKeyException when the key is not in the table
     */
    public long positionOf(long t, long key) {
        if (key == Value.NIL_WORD) return 0;
        long k = key;
        if (Value.isDouble(key) && Value.hasExactInteger(Value.asDouble(key))) {
            k = integerKey((long) Value.asDouble(key));
        }
        if (Value.isInteger(k)) {
            long i = BoxedInteger.valueOf(k);
            if (i >= 1 && i <= asize(t)) return i;
        }
        long n = findNode(t, k, keys.hash(k));
        if (n == 0) throw new InvalidKeyException("invalid key to 'next'");
        return asize(t) + 1 + nodeIndex(nodes(t), n);
    }

    /** The position of the first live entry after {@code position}, or -1 when there is none. */
    public long nextPosition(long t, long position) {
        int asize = asize(t);
        long array = array(t);
        for (long i = position + 1; i <= asize; i++) {
            if (getLong(array + ((i - 1) << 3)) != Value.NIL_WORD) return i;
        }
        long nodes = nodes(t);
        int count = nodeCount(t);
        for (long n = Math.max(position - asize, 0); n < count; n++) {
            long node = node(nodes, (int) n);
            if (getLong(node + VALUE) != Value.NIL_WORD) return asize + 1 + n;
        }
        return -1;
    }

    /** The key at a position {@link #nextPosition} returned (a new word for array items). */
    public long keyAt(long t, long position) {
        int asize = asize(t);
        if (position <= asize) return Value.ofInlineInteger(position);
        return getLong(node(nodes(t), (int) (position - asize - 1)) + KEY);
    }

    public long valueAt(long t, long position) {
        int asize = asize(t);
        if (position <= asize) return getLong(array(t) + ((position - 1) << 3));
        return getLong(node(nodes(t), (int) (position - asize - 1)) + VALUE);
    }

    // ---- Metatable and metamethod cache ----------------------------------------------------
    /** The metatable's address, 0 when there is none. */
    public static long metatable(long t) {
        return getLong(t + METATABLE);
    }

    public void setMetatable(long t, long metatable) {
        heap.gc.barrier(t);
        putLong(t + METATABLE, metatable);
    }

    /**
     * True when this table, used as a metatable, is known to lack the metamethod with cache bit
     * {@code event} (0 to 7). Any store of a string key forgets everything known.
     */
    public static boolean isMetamethodAbsent(long t, int event) {
        return (getByte(t + TM_CACHE) & (1 << event)) != 0;
    }

    public static void markMetamethodAbsent(long t, int event) {
        putByte(t + TM_CACHE, (byte) (getByte(t + TM_CACHE) | (1 << event)));
    }

    /**
     * {@code count} distinct integers that all hash to {@code hash} in this state: the keys an
     * attacker who knew the seed would use to flood one chain. For the tests and benchmarks of
     * the skip-list defence; most do not fit an inline word.
     */
    public long[] collidingIntegers(int hash, int count, int salt) {
        long[] keysOut = new long[count];
        for (int i = 0; i < count; i++) keysOut[i] = keys.integerWithHash(hash, salt + i);
        return keysOut;
    }

    /** Array-part size (for tests, the debug library and the collector). */
    public static int arraySize(long t) {
        return asize(t);
    }

    /** Hash-part node count (for tests, the debug library and the collector). */
    public static int hashSize(long t) {
        return nodeCount(t);
    }

    // ---- The collector's view -----------------------------------------------------------
    /** Address of the array part's first word (array item {@code i} is at {@code + 8 * (i - 1)}). */
    public static long arrayPart(long t) {
        return array(t);
    }

    /** Address of the key word of hash node {@code i}. */
    public static long nodeKeyAddress(long t, int i) {
        return node(nodes(t), i) + KEY;
    }

    /** Address of the value word of hash node {@code i}. */
    public static long nodeValueAddress(long t, int i) {
        return node(nodes(t), i) + VALUE;
    }

    /**
     * Replaces the key of empty node {@code i}, a string or boxed integer about to be freed, by
     * a {@link Value#DEAD_KEY} word. An indexed chain is sorted by (hash, key order), and a
     * plain one may be sorted when it is indexed, so this is only done when no other node of
     * the chain has the same hash, where the dead key's new order could matter (and two dead
     * keys could be equal), and never to a node with a tower, whose key the links that lead
     * to it keep a copy of; false when it was not done and the key must stay alive.
     */
    public static boolean buryKey(long t, int i) {
        long nodes = nodes(t);
        long n = node(nodes, i);
        if (towerOf(towers(t), i) != NO_TOWER) return false;
        int h = getInt(n + HASH);
        int steps = 0; // walk the whole chain, from its head: is any other node's hash h?
        for (int j = h & (nodeCount(t) - 1); j >= 0; j = getInt(node(nodes, j) + NEXT)) {
            if (++steps > 64) return false;
            if (j != i && getInt(node(nodes, j) + HASH) == h) return false;
        }
        putLong(n + KEY, Value.ofObject(Value.DEAD_KEY, Value.address(getLong(n + KEY))));
        return true;
    }

    /** Bytes the table occupies with its parts (for pacing the collector). */
    public static long footprint(long t) {
        long towers = towers(t) == 0 ? 0 : 8L * nodeCount(t);
        return SIZE + 8L * asize(t) + nodesSize(nodeCount(t)) + towers;
    }

    // ---- Internals -------------------------------------------------------------------------
    /** The key word for integer {@code i} to compare against, allocating nothing. */
    private long integerKey(long i) {
        if (Value.fitsInline(i)) return Value.ofInlineInteger(i);
        putLong(probe + BoxedInteger.VALUE, i);
        return Value.ofObject(Value.BOXED_INTEGER, probe);
    }

    private static long valueOf(long node) {
        return node == 0 ? Value.NIL_WORD : getLong(node + VALUE);
    }

    /** The node holding {@code key} (dead or alive), or 0. */
    private long findNode(long t, long key, int h) {
        long nodes = getLong(t + NODES);
        if (nodes == 0) return 0;
        int mask = (1 << getByte(t + LOG2_NODES)) - 1;
        int mp = h & mask;
        long head = node(nodes, mp);
        if (getLong(head + KEY) == Value.NIL_WORD || (getInt(head + HASH) & mask) != mp) return 0;
        int i = chains.find(nodes, getLong(t + TOWERS), mp, key, h);
        return i < 0 ? 0 : node(nodes, i);
    }

    /**
     * {@code t[key] = value} for a key outside the array part, {@code h} its hash: the lookup
     * and, for a new key, the insertion in one walk of the chain.
     */
    private void store(long t, long key, int h, long value) {
        long nodes = getLong(t + NODES);
        if (nodes != 0) {
            int mask = (1 << getByte(t + LOG2_NODES)) - 1;
            int mp = h & mask;
            long head = node(nodes, mp);
            if (getLong(head + KEY) == Value.NIL_WORD) {
                if (value == Value.NIL_WORD) return;
                // a free node has never been used since the resize: no link
                putLong(head + KEY, key);
                putLong(head + VALUE, value);
                putInt(head + HASH, h);
                return;
            }
            if ((getInt(head + HASH) & mask) != mp) { // no chain starts here: the key is new
                if (value != Value.NIL_WORD) insertAtTaken(t, nodes, mask, mp, key, h, value);
                return;
            }
            long towers = getLong(t + TOWERS);
            if (towers != 0 && towerOf(towers, mp) != NO_TOWER) {
                storeIndexed(t, nodes, towers, mp, key, h, value);
                return;
            }
            int at = chains.locate(nodes, mp, key, h);
            if (at >= 0) {
                putLong(node(nodes, at) + VALUE, value);
                return;
            }
            if (value == Value.NIL_WORD) return;
            int f = freeNode(t, nodes);
            if (f >= 0) {
                chains.link(t, nodes, mp, f, key, h, value, ~at);
                return;
            }
        } else if (value == Value.NIL_WORD) {
            return;
        }
        growFor(t, key, h, value);
    }

    /** {@link #store} into the chain headed at {@code mp}, which has skip-list levels. */
    private void storeIndexed(long t, long nodes, long towers, int mp, long key, int h, long value) {
        int i = chains.find(nodes, towers, mp, key, h);
        if (i >= 0) {
            putLong(node(nodes, i) + VALUE, value);
        } else if (value != Value.NIL_WORD) {
            int f = freeNode(t, nodes);
            if (f < 0) growFor(t, key, h, value);
            else chains.insert(t, nodes, mp, f, key, h, value);
        }
    }

    /** Adds a new key whose main position {@code mp} holds a key of another chain. */
    private void insertAtTaken(long t, long nodes, int mask, int mp, long key, int h, long value) {
        int f = freeNode(t, nodes);
        if (f < 0) {
            growFor(t, key, h, value);
            return;
        }
        chains.relocate(nodes, getLong(t + TOWERS), mask, mp, f); // move the squatter out of our main position
        writeHead(node(nodes, mp), key, value, h);
    }

    /** Adds a key that is not in the table; resizes when no node is free. */
    void insert(long t, long key, int h, long value) {
        long nodes = getLong(t + NODES);
        if (nodes == 0) {
            growFor(t, key, h, value);
            return;
        }
        int mask = (1 << getByte(t + LOG2_NODES)) - 1;
        int mp = h & mask;
        long head = node(nodes, mp);
        if (getLong(head + KEY) == Value.NIL_WORD) {
            // a free node has never been used since the resize: no link
            putLong(head + KEY, key);
            putLong(head + VALUE, value);
            putInt(head + HASH, h);
            return;
        }
        int f = freeNode(t, nodes);
        if (f < 0) {
            growFor(t, key, h, value);
        } else if ((getInt(head + HASH) & mask) != mp) {
            chains.relocate(nodes, getLong(t + TOWERS), mask, mp, f); // a key of another chain squats our main position
            writeHead(head, key, value, h);
        } else {
            chains.insert(t, nodes, mp, f, key, h, value);
        }
    }

    /** Resizes to make room for the new {@code key}, then stores it where it now belongs. */
    private void growFor(long t, long key, int h, long value) {
        growth.rehash(t, key);
        reinsert(t, key, h, value);
    }

    /** Stores a key known to be absent, with its hash, where the current shape puts it. */
    void reinsert(long t, long key, int h, long value) {
        if (Value.isInteger(key)) {
            long i = BoxedInteger.valueOf(key);
            if (Long.compareUnsigned(i - 1, asize(t)) < 0) {
                putLong(array(t) + ((i - 1) << 3), value);
                return;
            }
        }
        insert(t, key, h, value);
    }

    private static void writeHead(long node, long key, long value, int h) {
        putLong(node + KEY, key);
        putLong(node + VALUE, value);
        putInt(node + NEXT, -1);
        putInt(node + HASH, h);
    }

    /** A free node below the last-free mark, or -1. */
    private static int freeNode(long t, long nodes) {
        int i = getInt(t + LAST_FREE);
        while (i > 0) {
            i--;
            if (getLong(node(nodes, i) + KEY) == Value.NIL_WORD) {
                putInt(t + LAST_FREE, i);
                return i;
            }
        }
        putInt(t + LAST_FREE, 0);
        return -1;
    }

    /**
     * Gives the table an array part of {@code newAsize} and a hash part with room for
     * {@code hashCount} keys, moving every entry; the hash part must have room for every key
     * that is not in the new array part. New memory is taken before anything changes, so a
     * failure leaves the table as it was ({@link TableGrowth}).
     */
    public void resize(long t, int newAsize, int hashCount) {
        growth.resize(t, newAsize, hashCount);
    }

    /**
     * Grows the array part to at least {@code n} items, keeping the hash part's size: what a
     * table constructor does before storing its list items ({@code SETLIST}), as 5.4 does, so
     * that {@code {f(), g()}} (sized for one item, the last being a call) takes one resize
     * instead of a full rehash.
     */
    public void ensureArraySize(long t, int n) {
        if (n <= asize(t)) return;
        heap.gc.barrier(t);
        growth.resize(t, n, nodeCount(t));
    }
}
