package org.panlua.memory.heap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The object list of {@link GcSpace} across its segments: registration, compaction, forget. */
class GcSpaceTest {

    /** Registers {@code n} objects (16-byte blocks of {@code heap}) and returns them in order. */
    private static List<Long> registerBlocks(NativeHeap heap, int n) {
        List<Long> objects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long o = heap.allocate(16);
            heap.gc.register(o);
            objects.add(o);
        }
        return objects;
    }

    private static void assertList(GcSpace gc, List<Long> expected) {
        assertEquals(expected.size(), gc.count());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals((long) expected.get(i), gc.object(i), "entry " + i);
        }
    }

    @Test
    void registrationSpansSegmentsInOrder() {
        try (NativeHeap heap = new NativeHeap()) {
            List<Long> objects = registerBlocks(heap, 3 * GcSpace.SEGMENT + 17);
            assertList(heap.gc, objects);
        }
    }

    @Test
    void sweepLikeCompactionKeepsSurvivorsInOrder() {
        try (NativeHeap heap = new NativeHeap()) {
            GcSpace gc = heap.gc;
            int n = 3 * GcSpace.SEGMENT + 100;
            List<Long> objects = registerBlocks(heap, n);
            // a sweep of the first part keeps every third entry; the rest (born since) all stay
            int end = 2 * GcSpace.SEGMENT + 5;
            List<Long> expected = new ArrayList<>();
            int write = 0;
            for (int read = 0; read < end; read++) {
                if (read % 3 == 0) {
                    gc.set(write++, gc.object(read));
                    expected.add(objects.get(read));
                }
            }
            expected.addAll(objects.subList(end, n));
            gc.compact(write, end);
            assertList(gc, expected);
            // the list still grows after a compaction
            long more = heap.allocate(16);
            gc.register(more);
            expected.add(more);
            assertList(gc, expected);
        }
    }

    @Test
    void compactionToNothingAndRegrowth() {
        try (NativeHeap heap = new NativeHeap()) {
            GcSpace gc = heap.gc;
            int n = 4 * GcSpace.SEGMENT;
            registerBlocks(heap, n);
            gc.compact(0, n);
            assertEquals(0, gc.count());
            List<Long> again = registerBlocks(heap, GcSpace.SEGMENT + 1);
            assertList(gc, again);
        }
    }

    @Test
    void forgetRemovesOneEntryAcrossASegmentBoundary() {
        try (NativeHeap heap = new NativeHeap()) {
            GcSpace gc = heap.gc;
            List<Long> objects = registerBlocks(heap, GcSpace.SEGMENT + 3);
            long gone = objects.remove(GcSpace.SEGMENT - 2);
            gc.forget(gone);
            assertList(gc, objects);
            assertThrows(IllegalStateException.class, () -> gc.forget(gone));
        }
    }
}
