package org.panlua.memory.table;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.string.StringTable;

/** A fresh heap, its string table (hashed with the subclass's seed) and its tables for each test. */
abstract class TablesFixture {
    private final int seed;
    protected NativeHeap heap;
    protected StringTable strings;
    protected Tables tables;

    protected TablesFixture(int seed) {
        this.seed = seed;
    }

    @BeforeEach
    void openHeap() {
        heap = new NativeHeap();
        strings = new StringTable(heap, seed);
        tables = new Tables(heap, strings);
    }

    @AfterEach
    void closeHeap() {
        heap.close();
    }
}
