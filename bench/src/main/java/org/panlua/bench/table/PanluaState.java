package org.panlua.bench.table;

import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.table.Tables;

/** The three memory-module objects one Lua state would own, for benchmarks that use the raw API. */
final class PanluaState implements AutoCloseable {
    /** A fixed string-hash seed, so that runs are reproducible. */
    static final int SEED = 0x5EED_1234;

    final NativeHeap heap = new NativeHeap();
    final StringTable strings = new StringTable(heap, SEED);
    final Tables tables = new Tables(heap, strings);

    @Override
    public void close() {
        strings.close();
        heap.close();
    }
}
