package org.panlua.gc;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.util.Arrays;

/**
 * The weak tables reached in a cycle, by kind, and the atomic phase's work on them: making
 * ephemerons converge and clearing the entries whose key or value died. A cleared entry keeps
 * its key in its node with a nil value, as any removed key does, so a traversal in progress
 * stays valid.
 */
final class WeakTables {
    /** Weak values only ({@code __mode = "v"}). */
    final TableList weakValues = new TableList();
    /** Weak keys only: ephemerons ({@code __mode = "k"}). */
    final TableList ephemerons = new TableList();
    /** Weak keys and values ({@code __mode = "kv"}). */
    final TableList allWeak = new TableList();

    void addWeakValues(long t) {
        weakValues.add(t);
    }

    void addEphemeron(long t) {
        ephemerons.add(t);
    }

    void addAllWeak(long t) {
        allWeak.add(t);
    }

    void clear() {
        weakValues.clear();
        ephemerons.clear();
        allWeak.clear();
    }

    /**
     * Marks ephemeron values whose keys got marked, propagating each time, until nothing new is
     * marked: a value may hold the key of another entry.
     */
    void converge(Marker m) {
        boolean changed;
        do {
            changed = false;
            for (int i = 0; i < ephemerons.count; i++) {
                if (m.traverseEphemeron(ephemerons.tables[i])) {
                    m.propagateAll();
                    changed = true;
                }
            }
        } while (changed);
    }

    /**
     * Clears entries with dead values in the tables of {@code list} from index {@code from}. A
     * node emptied here keeps its key, which may be a string no one else reaches: the table is
     * noted so that the key is buried before its string is freed ({@link DeadKeys}).
     */
    static void clearByValues(Marker m, TableList list, int from) {
        for (int j = from; j < list.count; j++) {
            long t = list.tables[j];
            int asize = Tables.arraySize(t);
            long array = Tables.arrayPart(t);
            for (int i = 0; i < asize; i++) {
                long slot = array + 8L * i;
                if (m.isCleared(Mem.getLong(slot))) Mem.putLong(slot, Value.NIL_WORD);
            }
            int nodes = Tables.hashSize(t);
            for (int i = 0; i < nodes; i++) {
                long slot = Tables.nodeValueAddress(t, i);
                if (m.isCleared(Mem.getLong(slot))) {
                    Mem.putLong(slot, Value.NIL_WORD);
                    m.noteKeyOfEmptyNode(t, Mem.getLong(Tables.nodeKeyAddress(t, i)));
                }
            }
        }
    }

    /** Clears entries with dead keys in the tables of {@code list}. */
    static void clearByKeys(Marker m, TableList list) {
        for (int j = 0; j < list.count; j++) {
            long t = list.tables[j];
            int nodes = Tables.hashSize(t);
            for (int i = 0; i < nodes; i++) {
                long value = Tables.nodeValueAddress(t, i);
                if (Mem.getLong(value) != Value.NIL_WORD && m.isCleared(Mem.getLong(Tables.nodeKeyAddress(t, i)))) {
                    Mem.putLong(value, Value.NIL_WORD);
                }
            }
        }
    }

    /** A growable list of table addresses. */
    static final class TableList {
        long[] tables = new long[16];
        int count;

        void add(long t) {
            if (count == tables.length) tables = Arrays.copyOf(tables, count * 2);
            tables[count++] = t;
        }

        void clear() {
            count = 0;
        }
    }
}
