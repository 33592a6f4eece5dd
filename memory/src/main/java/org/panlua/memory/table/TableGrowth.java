package org.panlua.memory.table;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.value.Value;

import static org.panlua.memory.table.TableLayout.*;

/**
 * How a table changes shape: Lua's sizing rule ({@link TableSizing}) when a new key finds no
 * free node, and the move of every entry into the new parts (docs/tables.md, "Growth"). One
 * instance serves one {@link Tables}; its lists are reused, so growing allocates nothing on the
 * Java heap.
 */
final class TableGrowth {
    private static final int[] NO_WAITING = new int[0];

    private final NativeHeap heap;
    private final Keys keys;
    private final SkipChain chains;
    private final Tables tables;
    private final TableSizing sizing = new TableSizing();
    /** Old nodes whose keys wait for the second pass of a resize; reused. */
    private int[] waiting = new int[64];

    TableGrowth(NativeHeap heap, Keys keys, SkipChain chains, Tables tables) {
        this.heap = heap;
        this.keys = keys;
        this.chains = chains;
        this.tables = tables;
    }

    /**
     * Resizes by Lua's rule, counting the live keys and the key about to be added. The hash
     * part is full (no free node), and most often the rule keeps the array part and doubles
     * the hash part. So a table guesses that shape and counts its keys while it moves them,
     * with no counting pass of its own; when the count wants another shape, the move is
     * undone (the old parts are untouched until then) and the table resized again. A table
     * whose guess was wrong once (keys deleted, integer keys that join the array part)
     * counts first from then on.
     */
    void rehash(long t, long extraKey) {
        TableSizing sizing = this.sizing.reset();
        sizing.countArray(array(t), asize(t));
        sizing.countKey(extraKey);
        int count = nodeCount(t);
        long limit = sizing.limit(count);
        if (count > 0 && getByte(t + INDEXED) == 0 && getByte(t + RECOUNT) == 0) {
            if (resize(t, asize(t), count + 1, sizing, limit)) return;
            putByte(t + RECOUNT, (byte) 1);
        } else {
            sizing.countNodes(nodes(t), count, limit);
        }
        resize(t, sizing.arraySize(), sizing.hashCount());
    }

    /**
     * Gives the table an array part of {@code newAsize} and a hash part with room for
     * {@code hashCount} keys, moving every entry; see {@link Tables#resize}.
     *
     * <p>Entries move in two passes. The first puts every key whose main position is still free
     * there, as the head of its chain, and frees the old towers on the way; the keys that
     * collide wait in a list. The second links those into their chains, right behind the head
     * (plain chains are in no order): every head is then in place, so no key of another chain
     * ever has to be moved out of the way, and nothing is looked up.
     */
    void resize(long t, int newAsize, int hashCount) {
        resize(t, newAsize, hashCount, null, 0);
    }

    /**
     * {@link #resize(long, int, int)}, and with a {@code sizing}, a guess of the shape (the
     * same array part): the first pass also counts the live keys into it, those below
     * {@code limit} into their slices, and when the count wants another shape than the one
     * given, the move is undone before the second pass and the answer is false.
     */
    private boolean resize(long t, int newAsize, int hashCount, TableSizing sizing, long limit) {
        int oldAsize = asize(t);
        long oldArray = array(t);
        long oldNodes = nodes(t);
        int oldCount = nodeCount(t);
        int oldLog2 = getByte(t + LOG2_NODES);
        int oldLastFree = getInt(t + LAST_FREE);
        boolean oldLong = getByte(t + INDEXED) != 0;
        long oldTowers = towers(t);
        int log2 = hashCount > 0 ? TableSizing.ceilLog2(hashCount) : 0;
        long newNodes = hashCount > 0 ? newNodes(log2, sizing != null) : 0;
        if (sizing != null && newNodes == 0) { // no memory for the guess: count, and let the caller decide
            sizing.countNodes(oldNodes, oldCount, limit);
            return false;
        }
        long newArray = oldArray;
        if (newAsize != oldAsize) {
            try {
                newArray = newAsize > 0 ? newArray(newAsize) : 0;
            } catch (RuntimeException e) {
                if (newNodes != 0) heap.free(newNodes, nodesSize(1 << log2));
                throw e;
            }
            Mem.copy(oldArray, newArray, 8L * Math.min(oldAsize, newAsize));
        }
        putInt(t + ARRAY_SIZE, newAsize);
        putLong(t + ARRAY, newArray);
        install(t, newNodes, log2);
        int[] waiting = waitingList(oldCount);
        this.waiting = NO_WAITING; // a nested resize (none if hashCount is right) gets its own
        int waitingCount = 0;
        int mask = (1 << log2) - 1;
        boolean intoArray = newAsize > oldAsize; // else no key of the hash part belongs there
        boolean counting = sizing != null;
        int live = 0;
        for (int i = 0; i < oldCount; i++) {
            if (oldTowers != 0) {
                long tower = towerOf(oldTowers, i);
                if (tower != NO_TOWER) chains.freeTower(tower);
            }
            long n = node(oldNodes, i);
            long v = getLong(n + VALUE);
            if (v == Value.NIL_WORD) continue;
            long key = getLong(n + KEY);
            if (counting) {
                live++;
                long x = TableSizing.candidate(key);
                if (Long.compareUnsigned(x, limit) < 0) sizing.countSlice(x);
            }
            // (a boxed integer never fits an array part)
            if (intoArray && Value.isInlineInteger(key)
                    && Long.compareUnsigned(Value.inlineInteger(key) - 1, newAsize) < 0) {
                putLong(newArray + ((Value.inlineInteger(key) - 1) << 3), v);
                continue;
            }
            long head = newNodes == 0 ? 0 : node(newNodes, getInt(n + HASH) & mask);
            if (head != 0 && getLong(head + KEY) == Value.NIL_WORD) {
                putLong(head + KEY, key); // a new node: no link
                putLong(head + VALUE, v);
                putInt(head + HASH, getInt(n + HASH));
            } else {
                waiting[waitingCount++] = i;
            }
        }
        if (counting) {
            sizing.countedNodes(live, live); // (any bound on the candidates will do: TableSizing)
            int counted = sizing.hashCount();
            if (sizing.arraySize() != newAsize || counted == 0 || TableSizing.ceilLog2(counted) != log2) {
                install(t, oldNodes, oldLog2); // the guess was wrong: back to the old parts
                putInt(t + LAST_FREE, oldLastFree);
                heap.free(newNodes, nodesSize(1 << log2));
                this.waiting = waiting;
                return false;
            }
        }
        // A node array at least as large splits every chain: a new chain holds keys of one old
        // chain only, so when no old chain was longer than the index threshold, none is now.
        boolean checkLength = oldLong || log2 < oldLog2;
        boolean roomy = true; // false once hashCount proved too small and the table grew again
        int lastFree = getInt(t + LAST_FREE);
        for (int w = 0; w < waitingCount; w++) {
            // every main position is taken by its own chain now: no relocation, no lookup
            long n = node(oldNodes, waiting[w]);
            int h = getInt(n + HASH);
            int f = -1;
            while (roomy && lastFree > 0) { // Tables.freeNode, the mark kept in a local
                lastFree--;
                if (getLong(node(newNodes, lastFree) + KEY) == Value.NIL_WORD) {
                    f = lastFree;
                    break;
                }
            }
            if (f >= 0) {
                if (checkLength) {
                    chains.insert(t, newNodes, h & mask, f, getLong(n + KEY), h, getLong(n + VALUE));
                } else {
                    SkipChain.linkBehindHead(newNodes, h & mask, f, getLong(n + KEY), h, getLong(n + VALUE));
                }
            } else {
                if (roomy) putInt(t + LAST_FREE, lastFree);
                roomy = false;
                tables.reinsert(t, getLong(n + KEY), h, getLong(n + VALUE));
            }
        }
        if (roomy) putInt(t + LAST_FREE, lastFree);
        this.waiting = waiting;
        for (int i = newAsize + 1; i <= oldAsize; i++) { // items that left the array part
            long v = getLong(oldArray + ((long) (i - 1) << 3));
            if (v != Value.NIL_WORD) tables.insert(t, Value.ofInlineInteger(i), keys.hashInteger(i), v);
        }
        if (newArray != oldArray && oldAsize > 0) heap.free(oldArray, 8L * oldAsize);
        if (oldNodes != 0) heap.free(oldNodes, nodesSize(oldCount));
        if (oldTowers != 0) heap.free(oldTowers, 8L * oldCount);
        return true;
    }

    /** The reused list of old nodes whose keys wait for the second pass of a resize. */
    private int[] waitingList(int count) {
        if (waiting.length < count) waiting = new int[Math.max(count, 2 * waiting.length)];
        return waiting;
    }

    /** Makes {@code nodes}, of 2^log2 nodes (0: none), the table's new, empty hash part. */
    static void install(long t, long nodes, int log2) {
        putLong(t + NODES, nodes);
        putByte(t + LOG2_NODES, (byte) log2);
        putInt(t + LAST_FREE, nodes == 0 ? 0 : 1 << log2);
        putByte(t + INDEXED, (byte) 0); // a new node array has no long chain
        putLong(t + TOWERS, 0); // and no towers
    }

    private long newArray(int n) {
        long array = heap.allocate(8L * n);
        Mem.fill(array, 8L * n, (byte) -1); // every word nil
        return array;
    }

    /** A new node array of 2^log2 free nodes; without memory, 0 if {@code orNone}, else an exception. */
    private long newNodes(int log2, boolean orNone) {
        long bytes = nodesSize(1 << log2);
        long nodes = orNone ? heap.tryAllocate(bytes) : heap.allocate(bytes);
        if (nodes != 0) Mem.fill(nodes, bytes, (byte) -1); // free nodes: nil key and value, no link
        return nodes;
    }

    /** Frees the parts of the table at {@code t} (not the table object). */
    void freeParts(long t) {
        int asize = asize(t);
        if (asize > 0) heap.free(array(t), 8L * asize);
        long nodes = nodes(t);
        if (nodes != 0) {
            long towers = towers(t);
            if (towers != 0) chains.freeTowers(towers, nodeCount(t));
            heap.free(nodes, nodesSize(nodeCount(t)));
        }
    }
}
