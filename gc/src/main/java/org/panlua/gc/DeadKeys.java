package org.panlua.gc;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/**
 * Tables with an empty node whose key is a string or boxed integer not marked when the table was
 * traversed. In the atomic phase, once marking is complete, each such key still unmarked is dead:
 * it is buried ({@link Tables#buryKey}) so that its object can be freed, or kept alive in the
 * rare case its chain has another key of the same hash.
 */
final class DeadKeys {
    private final WeakTables.TableList tables = new WeakTables.TableList();

    void note(long t) {
        if (tables.count == 0 || tables.tables[tables.count - 1] != t) tables.add(t);
    }

    void bury(Marker m) {
        for (int j = 0; j < tables.count; j++) {
            long t = tables.tables[j];
            if (Marker.isWhite(t)) continue; // freed anyway
            int nodes = Tables.hashSize(t);
            for (int i = 0; i < nodes; i++) {
                if (Mem.getLong(Tables.nodeValueAddress(t, i)) != Value.NIL_WORD) continue;
                long k = Mem.getLong(Tables.nodeKeyAddress(t, i));
                int tag = Value.tag(k);
                if ((tag != Value.STRING && tag != Value.BOXED_INTEGER) || !Marker.isWhite(Value.address(k))) continue;
                if (!Tables.buryKey(t, i)) m.markObject(Value.address(k));
            }
        }
        tables.clear();
    }

    void clear() {
        tables.clear();
    }
}
