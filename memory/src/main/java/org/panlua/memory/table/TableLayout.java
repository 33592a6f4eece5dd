package org.panlua.memory.table;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.object.ObjectHeader;

/**
 * Where everything of a table lives. The table object is 52 bytes of fields in a 64-byte block,
 * exactly one cache line:
 *
 * <pre>
 *  +0   header   type TABLE; flags = absent-metamethod cache; extra = log2(hash-part nodes);
 *                word = array-part size
 *  +8   long     array part: address of {@code asize} value words (0 when empty)
 *  +16  long     hash part: address of the node array (0 when empty)
 *  +24  long     metatable address (0 when none)
 *  +32  int      last free: every node at or above this index is in use
 *  +36  byte     indexed: 1 when a chain may be longer than the index threshold, else 0
 *  +37  byte     recount: 1 once a growth found another shape than twice the nodes (the
 *                table then counts its keys before it grows; {@link TableGrowth#rehash})
 *  +40  long     towers: address of the tower array (one long per node), 0 when no chain has
 *                skip-list levels
 *  +48  int      border hint: the array-part border {@code #t} found last (a guess, checked at
 *                each use; may be above the array size after a shrink)
 * </pre>
 *
 * A hash-part node is 24 bytes:
 *
 * <pre>
 *  +0   long     key word (nil: the node is free)
 *  +8   long     value word (nil with a non-nil key: a dead key, kept so next() can go on)
 *  +16  int      next node of the collision chain at level 0, -1 at the end
 *  +20  int      the key's hash, cached: indexed chains are ordered by it, rehash needs it
 * </pre>
 *
 * Only chains that have been indexed have towers, so a node's tower lives in the table's tower
 * array, made with the first indexed chain: word {@code i} is node {@code i}'s tower address,
 * -1 when it has none. A node without the pointer is a quarter smaller, which is a quarter less
 * memory to fill and to keep in the cache for every table.
 *
 * A tower holds a node's skip-list levels above level 0:
 *
 * <pre>
 *  +0   int      levels (the head's: how many are in use; any other's: its height)
 *  +4   int      capacity
 *  +8   int      owner: index of the node the tower belongs to (kept up to date when it moves)
 *  +16  entry[capacity], 32 bytes each; entry l-1 is the link at level l:
 *         +0   long  the next node's tower, -1 at the end of the level
 *         +8   long  the next node's key word
 *         +16  long  the next node's key order value ({@link Keys#orderValue})
 *         +24  int   the next node's hash
 * </pre>
 *
 * A "fat" link carries everything a search compares, so a step along an upper level reads only
 * the current tower and touches the next node's memory only when it moves on (hw-notes.md,
 * section 3); it leads to the next tower directly, without going through the node.
 */
final class TableLayout {
    private TableLayout() {}

    static final int TM_CACHE = ObjectHeader.FLAGS;
    static final int LOG2_NODES = ObjectHeader.EXTRA;
    static final int ARRAY_SIZE = ObjectHeader.WORD;
    static final int ARRAY = 8;
    static final int NODES = 16;
    static final int METATABLE = 24;
    static final int LAST_FREE = 32;
    static final int INDEXED = 36;
    static final int RECOUNT = 37;
    static final int TOWERS = 40;
    static final int BORDER_HINT = 48;
    /**
     * The object takes a whole 64-byte block, although its fields use 52 bytes: blocks of the
     * 64-byte class start on a cache line, so a table never straddles two (in the 48-byte class
     * half of them did; cachegrind: 8% fewer misses reading fields of many tables, hw-notes.md).
     */
    static final int SIZE = 64;

    static final int NODE_SIZE = 24;
    static final int KEY = 0;
    static final int VALUE = 8;
    static final int NEXT = 16;
    static final int HASH = 20;
    static final long NO_TOWER = -1L;

    static final int TOWER_LEVELS = 0;
    static final int TOWER_CAPACITY = 4;
    static final int TOWER_OWNER = 8;
    static final int TOWER_ENTRIES = 16;
    static final int ENTRY_SHIFT = 5;
    static final int ENTRY_TOWER = 0;
    static final int ENTRY_KEY = 8;
    static final int ENTRY_ORDER = 16;
    static final int ENTRY_HASH = 24;

    // ---- Native access ---------------------------------------------------------------------
    // Forwarders to Mem. Mem's accessors are 35-39 bytes of bytecode (the checked and the FFM
    // variants), just above the size HotSpot's C2 inlines at a call site it does not find hot,
    // so a load in a branch taken now and then became a real call (-XX:+PrintInlining: "too
    // big"). These are 5 bytes, always inlined, and in them the call to Mem is always hot.

    static long getLong(long address) {
        return Mem.getLong(address);
    }

    static void putLong(long address, long value) {
        Mem.putLong(address, value);
    }

    static int getInt(long address) {
        return Mem.getInt(address);
    }

    static void putInt(long address, int value) {
        Mem.putInt(address, value);
    }

    static byte getByte(long address) {
        return Mem.getByte(address);
    }

    static void putByte(long address, byte value) {
        Mem.putByte(address, value);
    }

    static long node(long nodes, int index) {
        // index * NODE_SIZE as (index * 3) * 8: two lea instructions where the multiply took four
        return nodes + ((long) index * (NODE_SIZE / 8) << 3);
    }

    /** The index of the node at address {@code node}. */
    static int nodeIndex(long nodes, long node) {
        return (int) ((node - nodes) / NODE_SIZE);
    }

    /** Bytes of a node array of {@code count} nodes. */
    static long nodesSize(int count) {
        return (long) NODE_SIZE * count;
    }

    /** The tower array of the table at {@code t}, 0 when it has none. */
    static long towers(long t) {
        return getLong(t + TOWERS);
    }

    /** The tower of node {@code i}, given the table's tower array (0: none at all). */
    static long towerOf(long towers, int i) {
        return towers == 0 ? NO_TOWER : getLong(towers + ((long) i << 3));
    }

    static void setTower(long towers, int i, long tower) {
        putLong(towers + ((long) i << 3), tower);
    }

    static int asize(long t) {
        return getInt(t + ARRAY_SIZE);
    }

    static long array(long t) {
        return getLong(t + ARRAY);
    }

    static long nodes(long t) {
        return getLong(t + NODES);
    }

    /** Number of hash-part nodes: a power of two, or 0. */
    static int nodeCount(long t) {
        return nodes(t) == 0 ? 0 : 1 << getByte(t + LOG2_NODES);
    }

    static long towerSize(int capacity) {
        return TOWER_ENTRIES + ((long) capacity << ENTRY_SHIFT);
    }

    /** Address of the link at {@code level} (1 to capacity) of a tower. */
    static long entry(long tower, int level) {
        return tower + TOWER_ENTRIES + ((long) (level - 1) << ENTRY_SHIFT);
    }
}
