package org.panlua.memory.heap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NativeHeapTest {

    /** A live block of a test, with the byte pattern written into it. */
    private record Block(long address, long size, byte pattern) {}

    private static void paint(Block b) {
        Mem.fill(b.address, b.size, b.pattern);
    }

    private static void assertPainted(Block b) {
        byte[] bytes = new byte[(int) b.size];
        Mem.copyOut(b.address, bytes, 0, bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != b.pattern) {
                fail("block 0x" + Long.toHexString(b.address) + " of " + b.size + " bytes: byte " + i + " is "
                        + bytes[i] + ", expected " + b.pattern + " (blocks overlap?)");
            }
        }
    }

    // ---- Size classes ------------------------------------------------------------------------

    @Test
    void sizeClassesRoundUpAsDocumented() {
        assertEquals(16, SizeClasses.roundUp(1));
        assertEquals(16, SizeClasses.roundUp(16));
        assertEquals(32, SizeClasses.roundUp(17));
        assertEquals(256, SizeClasses.roundUp(256));
        assertEquals(320, SizeClasses.roundUp(257));
        assertEquals(512, SizeClasses.roundUp(449));
        assertEquals(640, SizeClasses.roundUp(513));
        assertEquals(2048, SizeClasses.roundUp(1793));
        assertEquals(2048, SizeClasses.roundUp(SizeClasses.MAX_SMALL));
        assertEquals(2064, SizeClasses.roundUp(SizeClasses.MAX_SMALL + 1));
        assertEquals(100_000, SizeClasses.roundUp(100_000));
        assertEquals(100_016, SizeClasses.roundUp(100_001));
        assertEquals(28, SizeClasses.count());
        for (int size = 1; size <= SizeClasses.MAX_SMALL; size++) {
            long r = SizeClasses.roundUp(size);
            int c = SizeClasses.classOf(size);
            assertEquals(r, SizeClasses.sizeOf(c), "size " + size);
            assertTrue(r >= size && r % SizeClasses.GRANULE == 0, "size " + size + " -> " + r);
            assertTrue(size <= 256 ? r - size < 16 : r * 4 <= size * 5L + 4 * 16, "waste of size " + size + " -> " + r);
            if (c > 0) assertTrue(SizeClasses.sizeOf(c - 1) < size, "size " + size + " fits a smaller class");
        }
    }

    // ---- Accounting --------------------------------------------------------------------------

    @Test
    void everySizeIsAccountedAtItsRoundedSizeAndFreedExactly() {
        try (NativeHeap heap = new NativeHeap()) {
            long start = heap.bytesInUse();
            long startBlocks = heap.liveBlocks();
            List<Block> blocks = new ArrayList<>();
            long expected = start;
            for (int size = 1; size <= SizeClasses.MAX_SMALL + 300; size++) {
                long before = heap.bytesInUse();
                long a = heap.allocate(size);
                assertEquals(0, a % 16, "alignment of a block of " + size);
                assertEquals(SizeClasses.roundUp(size), heap.bytesInUse() - before, "accounted size of " + size);
                expected += SizeClasses.roundUp(size);
                Block b = new Block(a, size, (byte) size);
                paint(b);
                blocks.add(b);
            }
            assertEquals(expected, heap.bytesInUse());
            assertEquals(startBlocks + blocks.size(), heap.liveBlocks());
            for (Block b : blocks) assertPainted(b);
            Collections.shuffle(blocks, new Random(11));
            for (Block b : blocks) heap.free(b.address, b.size);
            assertEquals(start, heap.bytesInUse());
            assertEquals(startBlocks, heap.liveBlocks());
        }
    }

    @Test
    void accountingStaysExactOverRandomAllocateFreeCycles() {
        for (long seed : new long[] {1, 2, 3}) {
            Random rnd = new Random(seed);
            try (NativeHeap heap = new NativeHeap()) {
                long start = heap.bytesInUse();
                List<Block> live = new ArrayList<>();
                long expected = start;
                for (int round = 0; round < 30; round++) {
                    int n = 50 + rnd.nextInt(200);
                    for (int i = 0; i < n; i++) {
                        long size = switch (rnd.nextInt(10)) {
                            case 0 -> SizeClasses.MAX_SMALL + 1 + rnd.nextInt(20_000); // large, malloc'd
                            case 1 -> 257 + rnd.nextInt(SizeClasses.MAX_SMALL - 256);
                            default -> 1 + rnd.nextInt(256);
                        };
                        Block b = new Block(heap.allocate(size), size, (byte) rnd.nextInt());
                        paint(b);
                        live.add(b);
                        expected += SizeClasses.roundUp(size);
                    }
                    Collections.shuffle(live, rnd);
                    int toFree = rnd.nextInt(live.size() + 1);
                    for (int i = 0; i < toFree; i++) {
                        Block b = live.remove(live.size() - 1);
                        assertPainted(b);
                        heap.free(b.address, b.size);
                        expected -= SizeClasses.roundUp(b.size);
                    }
                    assertEquals(expected, heap.bytesInUse(), "seed " + seed + " round " + round);
                    assertEquals(live.size(), heap.liveBlocks(), "seed " + seed + " round " + round);
                    long large = 0;
                    for (Block b : live) if (b.size > SizeClasses.MAX_SMALL) large += SizeClasses.roundUp(b.size);
                    long chunks = heap.bytesReserved() - large;
                    assertTrue(chunks >= 0 && chunks % NativeHeap.CHUNK_SIZE == 0,
                            "reserved = chunks + live large blocks: " + heap.bytesReserved() + ", large " + large);
                }
                for (Block b : live) assertPainted(b);
                for (Block b : live) heap.free(b.address, b.size);
                assertEquals(start, heap.bytesInUse());
                assertEquals(0, heap.liveBlocks());
            }
        }
    }

    @Test
    void largeBlocksComeAndGoFromTheSystem() {
        try (NativeHeap heap = new NativeHeap()) {
            long reserved = heap.bytesReserved();
            long a = heap.allocate(5000);
            assertEquals(reserved + SizeClasses.roundUp(5000), heap.bytesReserved());
            assertEquals(SizeClasses.roundUp(5000), heap.bytesInUse());
            heap.free(a, 5000);
            assertEquals(reserved, heap.bytesReserved());
            assertEquals(0, heap.bytesInUse());
            assertEquals(0, heap.liveBlocks());
        }
    }

    @Test
    void aFreedSmallBlockIsTheNextOneHandedOut() {
        try (NativeHeap heap = new NativeHeap()) {
            long a = heap.allocate(100);
            long b = heap.allocate(100);
            assertNotEquals(a, b);
            heap.free(a, 100);
            assertEquals(a, heap.allocate(112), "same class (112), last freed first");
            heap.free(b, 100);
            long other = heap.allocate(200); // another class does not take it
            assertNotEquals(b, other);
            assertEquals(b, heap.allocate(97));
        }
    }

    @Test
    void badSizesAndClosedHeapsAreRejected() {
        NativeHeap heap = new NativeHeap();
        assertThrows(IllegalArgumentException.class, () -> heap.allocate(0));
        assertThrows(IllegalArgumentException.class, () -> heap.allocate(-5));
        assertThrows(IllegalArgumentException.class, () -> heap.setLimit(0));
        assertThrows(IllegalArgumentException.class, () -> heap.setLimit(-1));
        heap.allocate(64);
        heap.allocate(10_000);
        heap.close();
        assertEquals(0, heap.bytesInUse());
        assertEquals(0, heap.bytesReserved());
        assertEquals(0, heap.liveBlocks());
        assertThrows(IllegalStateException.class, () -> heap.allocate(16));
        heap.close(); // closing twice is harmless
    }

    // ---- The limit ---------------------------------------------------------------------------

    @Test
    void theLimitRefusesAllocationsAndChangesNothing() {
        try (NativeHeap heap = new NativeHeap()) {
            long keep = heap.allocate(1000);
            long inUse = heap.bytesInUse();
            heap.setLimit(inUse + 64);
            assertEquals(inUse + 64, heap.limit());

            long a = heap.allocate(64); // exactly up to the limit
            assertEquals(inUse + 64, heap.bytesInUse());
            assertThrows(NotEnoughMemoryException.class, () -> heap.allocate(1));
            assertThrows(NotEnoughMemoryException.class, () -> heap.allocate(50_000));
            NotEnoughMemoryException e = assertThrows(NotEnoughMemoryException.class, () -> heap.allocate(16));
            assertEquals("not enough memory", e.getMessage());
            assertEquals(0, heap.tryAllocate(16));
            assertEquals(inUse + 64, heap.bytesInUse(), "a refused allocation changes nothing");
            assertEquals(2, heap.liveBlocks());

            heap.free(a, 64);
            long b = heap.allocate(48); // works again after freeing
            assertEquals(inUse + 48, heap.bytesInUse());
            assertThrows(NotEnoughMemoryException.class, () -> heap.allocate(17)); // 32 > 16 left
            long c = heap.allocate(16);
            assertEquals(inUse + 64, heap.bytesInUse());

            // large blocks respect the limit too, at their rounded size
            heap.free(b, 48);
            heap.free(c, 16);
            heap.setLimit(inUse + 4096);
            assertThrows(NotEnoughMemoryException.class, () -> heap.allocate(4097));
            assertEquals(inUse, heap.bytesInUse());
            long d = heap.allocate(4096);
            assertEquals(inUse + 4096, heap.bytesInUse());
            heap.free(d, 4096);

            // raising the limit makes the same request work
            heap.setLimit(inUse + 10);
            assertThrows(NotEnoughMemoryException.class, () -> heap.allocate(5000));
            heap.setLimit(Long.MAX_VALUE);
            long f = heap.allocate(5000);
            heap.free(f, 5000);

            // a limit below what is in use refuses everything, but frees still work
            heap.setLimit(1);
            assertThrows(NotEnoughMemoryException.class, () -> heap.allocate(1));
            heap.free(keep, 1000);
            assertEquals(0, heap.bytesInUse());
            assertEquals(0, heap.liveBlocks());
        }
    }

    @Test
    void reallocateKeepsContents() {
        try (NativeHeap heap = new NativeHeap()) {
            byte[] pattern = new byte[40_000];
            new Random(5).nextBytes(pattern);
            long size = 100;
            long a = heap.allocate(size);
            Mem.copyIn(pattern, 0, a, (int) size);
            long[] sizes = {3000, 40_000, 2500, 2048, 700, 50, 16, 1000, 9000, 100};
            for (long newSize : sizes) {
                long b = heap.reallocate(a, size, newSize);
                long kept = Math.min(size, newSize);
                byte[] now = new byte[(int) kept];
                Mem.copyOut(b, now, 0, now.length);
                for (int i = 0; i < kept; i++) {
                    assertEquals(pattern[i], now[i], "byte " + i + " after " + size + " -> " + newSize);
                }
                assertEquals(SizeClasses.roundUp(newSize), heap.bytesInUse(), "after " + size + " -> " + newSize);
                assertEquals(1, heap.liveBlocks());
                if (Mem.CHECKED) {
                    assertTrue(MemoryChecker.isLiveBlock(b));
                    if (a != b) assertFalse(MemoryChecker.isLiveBlock(a), "the old block is freed");
                }
                // fill the rest so the next step carries on the pattern
                if (newSize > kept) Mem.copyIn(pattern, (int) kept, b + kept, (int) (newSize - kept));
                a = b;
                size = newSize;
            }
            heap.free(a, size);
            assertEquals(0, heap.bytesInUse());
        }
    }

    @Test
    void reallocatePastTheLimitKeepsTheOldBlock() {
        try (NativeHeap heap = new NativeHeap()) {
            long a = heap.allocate(64);
            Mem.putLong(a, 0x1234_5678_9ABC_DEF0L);
            heap.setLimit(heap.bytesInUse() + 100);
            assertThrows(NotEnoughMemoryException.class, () -> heap.reallocate(a, 64, 200));
            assertEquals(64, heap.bytesInUse());
            assertEquals(0x1234_5678_9ABC_DEF0L, Mem.getLong(a));
            heap.free(a, 64);
            assertEquals(0, heap.bytesInUse());
        }
    }

    // ---- Tables under a tight limit ----------------------------------------------------------

    private static void assertHeapUnchanged(NativeHeap heap, long inUse, long blocks, String what) {
        assertEquals(inUse, heap.bytesInUse(), what + ": bytes in use");
        assertEquals(blocks, heap.liveBlocks(), what + ": live blocks");
    }

    @Test
    void tableCreationPastTheLimitFailsCleanlyAtEveryStep() {
        try (NativeHeap heap = new NativeHeap()) {
            StringTable strings = new StringTable(heap, 7);
            Tables tables = new Tables(heap, strings);
            long base = heap.bytesInUse();
            long blocks = heap.liveBlocks();
            int failures = 0;
            int successes = 0;
            // the table object (a 64-byte block), then 128 nodes of 24 bytes, then 100 words of array
            long need = SizeClasses.roundUp(64) + SizeClasses.roundUp(128 * 24) + SizeClasses.roundUp(100 * 8);
            for (long extra = 0; extra <= 6000; extra += 16) {
                heap.setLimit(base + extra);
                try {
                    long t = tables.create(100, 100);
                    successes++;
                    assertEquals(100, Tables.arraySize(t));
                    assertEquals(128, Tables.hashSize(t));
                    assertTrue(heap.bytesInUse() <= base + extra);
                    heap.setLimit(Long.MAX_VALUE);
                    tables.free(t);
                } catch (NotEnoughMemoryException e) {
                    failures++;
                    assertTrue(extra < need, "create failed with " + extra + " bytes to spare");
                }
                assertHeapUnchanged(heap, base, blocks, "create with " + extra + " bytes to spare");
            }
            assertEquals(need / 16, failures, "every limit below " + need + " bytes fails");
            assertTrue(successes > 10, "successes: " + successes);
        }
    }

    @Test
    void aSetThatMustGrowPastTheLimitLeavesTheTableIntact() {
        try (NativeHeap heap = new NativeHeap()) {
            StringTable strings = new StringTable(heap, 3);
            Tables tables = new Tables(heap, strings);
            long t = tables.create(0, 0);
            int n = 300;
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = strings.of("key" + i); // interned before the limit: interning allocates
            }
            for (int i = 1; i <= 40; i++) tables.setInteger(t, i, Value.ofInlineInteger(-i));
            int inserted = 0;
            while (inserted < 100) {
                tables.set(t, keys[inserted], Value.ofInlineInteger(inserted));
                inserted++;
            }
            heap.setLimit(heap.bytesInUse());
            NotEnoughMemoryException failure = null;
            while (inserted < n) {
                long inUse = heap.bytesInUse();
                long blocks = heap.liveBlocks();
                int asize = Tables.arraySize(t);
                int hsize = Tables.hashSize(t);
                try {
                    tables.set(t, keys[inserted], Value.ofInlineInteger(inserted));
                    inserted++;
                } catch (NotEnoughMemoryException e) {
                    failure = e;
                    assertHeapUnchanged(heap, inUse, blocks, "failed set");
                    assertEquals(asize, Tables.arraySize(t));
                    assertEquals(hsize, Tables.hashSize(t));
                    break;
                }
            }
            assertNotNull(failure, "the hash part must fill up and need to grow");
            assertTrue(inserted < n);
            assertEquals(Value.NIL_WORD, tables.get(t, keys[inserted]), "the failed key is absent");
            assertContents(tables, t, keys, inserted, 40);

            // an integer key past the array part, also refused, also harmless
            long inUse = heap.bytesInUse();
            assertThrows(NotEnoughMemoryException.class, () -> {
                for (int i = 41; i < 1000; i++) tables.setInteger(t, i, Value.ofInlineInteger(-i));
            });
            for (int i = 41; i < 1000 && tables.getInteger(t, i) != Value.NIL_WORD; i++) {
                tables.setInteger(t, i, Value.NIL_WORD); // forget the ones that fitted free nodes
            }
            assertEquals(inUse, heap.bytesInUse());
            assertContents(tables, t, keys, inserted, 40);

            heap.setLimit(Long.MAX_VALUE);
            for (int i = inserted; i < n; i++) tables.set(t, keys[i], Value.ofInlineInteger(i));
            assertContents(tables, t, keys, n, 40);
            tables.free(t);
        }
    }

    @Test
    void aHugeIntegerKeyThatCannotBeAddedLeavesNoBoxBehind() {
        try (NativeHeap heap = new NativeHeap()) {
            StringTable strings = new StringTable(heap, 3);
            Tables tables = new Tables(heap, strings);
            long t = tables.create(0, 4);
            for (int i = 0; i < 4; i++) tables.set(t, strings.of("k" + i), Value.TRUE_WORD);
            long inUse = heap.bytesInUse();
            long blocks = heap.liveBlocks();
            // room for the box of the key (16 bytes), not for the larger hash part
            heap.setLimit(inUse + 16);
            long huge = 1L << 60;
            assertThrows(NotEnoughMemoryException.class, () -> tables.setInteger(t, huge, Value.TRUE_WORD));
            assertHeapUnchanged(heap, inUse, blocks, "failed set of a huge integer key");
            assertEquals(Value.NIL_WORD, tables.getInteger(t, huge));
            for (int i = 0; i < 4; i++) assertEquals(Value.TRUE_WORD, tables.get(t, strings.of("k" + i)));
            heap.setLimit(Long.MAX_VALUE);
            long key = BoxedInteger.of(heap, huge);
            tables.set(t, key, Value.FALSE_WORD);
            BoxedInteger.free(heap, key);
            assertEquals(Value.FALSE_WORD, tables.getInteger(t, huge));
        }
    }

    @Test
    void growthFailingAtEitherAllocationLeavesTheTableIntact() {
        try (NativeHeap heap = new NativeHeap()) {
            StringTable strings = new StringTable(heap, 9);
            Tables tables = new Tables(heap, strings);
            long[] names = new long[4];
            for (int i = 0; i < names.length; i++) names[i] = strings.of("name" + i);
            long base = heap.bytesInUse();
            long baseBlocks = heap.liveBlocks();
            int failures = 0;
            int successes = 0;
            // the new hash part (4 nodes) is taken first, then the new array part (16 words)
            long need = SizeClasses.roundUp(4 * 24) + SizeClasses.roundUp(16 * 8);
            for (long extra = 0; extra <= 1200; extra += 16) {
                // 8 array items and 4 string keys filling a 4-node hash part; key 9 needs a
                // new array part and a new hash part
                long t = tables.create(0, 0);
                for (int i = 1; i <= 8; i++) tables.setInteger(t, i, Value.ofInlineInteger(i * 10));
                for (int i = 0; i < names.length; i++) tables.set(t, names[i], Value.ofInlineInteger(i));
                assertEquals(8, Tables.arraySize(t));
                assertEquals(4, Tables.hashSize(t));
                long inUse = heap.bytesInUse();
                long blocks = heap.liveBlocks();
                heap.setLimit(inUse + extra);
                boolean grown;
                try {
                    tables.setInteger(t, 9, Value.ofInlineInteger(90));
                    grown = true;
                    successes++;
                    assertEquals(16, Tables.arraySize(t));
                    assertEquals(Value.ofInlineInteger(90), tables.getInteger(t, 9));
                } catch (NotEnoughMemoryException e) {
                    grown = false;
                    failures++;
                    assertHeapUnchanged(heap, inUse, blocks, "failed growth with " + extra + " to spare");
                    assertEquals(8, Tables.arraySize(t));
                    assertEquals(4, Tables.hashSize(t));
                    assertEquals(Value.NIL_WORD, tables.getInteger(t, 9));
                }
                heap.setLimit(Long.MAX_VALUE);
                for (int i = 1; i <= 8; i++) assertEquals(Value.ofInlineInteger(i * 10), tables.getInteger(t, i));
                for (int i = 0; i < names.length; i++) assertEquals(Value.ofInlineInteger(i), tables.get(t, names[i]));
                assertEquals(grown ? 9 : 8, tables.length(t));
                assertEquals(extra >= need, grown, "growth with " + extra + " bytes to spare");
                tables.free(t);
                assertHeapUnchanged(heap, base, baseBlocks, "after freeing the table");
            }
            // limits below the hash part's block fail on it, those up to both blocks on the array
            // part after the hash part was taken (and given back)
            assertEquals(need / 16, failures);
            assertTrue(successes > 0, "successes: " + successes);
        }
    }

    private static void assertContents(Tables tables, long t, long[] keys, int count, int arrayItems) {
        for (int i = 0; i < count; i++) {
            assertEquals(Value.ofInlineInteger(i), tables.get(t, keys[i]), "key " + i);
        }
        for (int i = 1; i <= arrayItems; i++) {
            assertEquals(Value.ofInlineInteger(-i), tables.getInteger(t, i), "item " + i);
        }
        assertEquals(arrayItems, tables.length(t));
        int live = 0;
        for (long p = tables.nextPosition(t, 0); p >= 0; p = tables.nextPosition(t, p)) {
            assertTrue(p > 0 && ++live <= count + arrayItems, "next() goes on past the entries");
        }
        assertEquals(count + arrayItems, live, "entries seen by next");
    }

    // ---- Checked-memory mode -----------------------------------------------------------------

    // ---- Colour tables -----------------------------------------------------------------------

    @Test
    void aLargeObjectIsPlacedSoItsColourByteFallsInItsBlockBeforeIt() {
        long page = 1L << 40;
        long[] bases = {page + 16, page + 48, page + 1008, page + 1024, page + 1040, page + 5000 & -16L,
                page + NativeHeap.PAGE_SIZE - 16, page + NativeHeap.PAGE_SIZE, page + 64};
        for (long base : bases) {
            long object = NativeHeap.placeObject(base);
            long colour = (object & -(long) NativeHeap.PAGE_SIZE) + ((object & (NativeHeap.PAGE_SIZE - 1)) >>> 4);
            String what = "base 0x" + Long.toHexString(base) + ", object 0x" + Long.toHexString(object);
            assertEquals(0, object % 64, what + ": on a cache line");
            assertTrue(colour >= base && colour < object, what + ": colour byte inside the padding");
            assertTrue(object - base <= NativeHeap.PAGE_SIZE + 64, what + ": within the extra bytes asked for");
        }
        assertEquals(page + 1024, NativeHeap.placeObject(page + 64), "offset 64 puts the colour at 4, below base");
        assertEquals(page + 2048, NativeHeap.placeObject(page + 128), "offset 128: the colour must move to 128 or later");
        assertEquals(page + NativeHeap.PAGE_SIZE + 64, NativeHeap.placeObject(page + 1040), "too far in: the next page");
    }

    @Test
    void coloursOfSmallAndLargeObjectsAreKeptApart() {
        try (NativeHeap heap = new NativeHeap()) {
            List<Long> objects = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            Random random = new Random(7);
            for (int i = 0; i < 2000; i++) {
                long size = i % 50 == 0 ? 2049 + random.nextInt(40000) : 16 + random.nextInt(400);
                long o = heap.allocateObject(size);
                Mem.fill(o, size, (byte) 0x5A);
                objects.add(o);
                sizes.add(size);
            }
            for (int i = 0; i < objects.size(); i++) GcSpace.setMarks(objects.get(i), i % 7);
            for (int i = 0; i < objects.size(); i++) {
                assertEquals(i % 7, GcSpace.marks(objects.get(i)), "colour of object " + i);
                long o = objects.get(i);
                long size = sizes.get(i);
                byte[] bytes = new byte[(int) size];
                Mem.copyOut(o, bytes, 0, bytes.length);
                for (int j = 0; j < bytes.length; j++) {
                    if (NativeHeap.SIDE_COLOURS || j != GcSpace.MARKS) assertEquals(0x5A, bytes[j], "object " + i + " byte " + j);
                }
            }
            for (int i = 0; i < objects.size(); i++) heap.free(objects.get(i), sizes.get(i));
            assertEquals(0, heap.bytesInUse());
        }
    }

    @Test
    void checkedModeCatchesTheColourOfAFreedObject() {
        try (NativeHeap heap = new NativeHeap()) {
            long o = heap.allocateObject(32);
            GcSpace.setMarks(o, GcSpace.BLACK);
            heap.free(o, 32);
            if (Mem.CHECKED) {
                assertThrows(MemoryAccessViolation.class, () -> GcSpace.marks(o));
                assertThrows(MemoryAccessViolation.class, () -> GcSpace.setMarks(o, GcSpace.WHITE0));
            }
        }
    }

    @Test
    void checkedModeCatchesOverrunsUseAfterFreeAndDoubleFree() {
        assertEquals(Boolean.getBoolean("panlua.checkedMemory"), Mem.CHECKED);
        try (NativeHeap heap = new NativeHeap()) {
            long a = heap.allocate(24); // a 32-byte slot: bytes 24..31 are outside the block
            Mem.putLong(a + 16, 42);
            assertEquals(42, Mem.getLong(a + 16));
            if (!Mem.CHECKED) {
                // the check is off: nothing is registered, and a read past the block's end but
                // inside its slot goes unnoticed
                assertFalse(MemoryChecker.isLiveBlock(a));
                assertDoesNotThrow(() -> Mem.getLong(a + 24));
                assertDoesNotThrow(() -> Mem.getLong(a + 17));
                heap.free(a, 24);
                return;
            }
            assertTrue(MemoryChecker.isLiveBlock(a));
            MemoryAccessViolation overrun = assertThrows(MemoryAccessViolation.class, () -> Mem.getLong(a + 17));
            assertTrue(overrun.getMessage().contains("past the end"), overrun.getMessage());
            assertThrows(MemoryAccessViolation.class, () -> Mem.getLong(a + 24));
            assertThrows(MemoryAccessViolation.class, () -> Mem.putLong(a + 20, 0));
            assertThrows(MemoryAccessViolation.class, () -> Mem.getInt(a + 21));
            assertThrows(MemoryAccessViolation.class, () -> Mem.getByte(a + 24));
            assertThrows(MemoryAccessViolation.class, () -> Mem.fill(a, 25, (byte) 0));
            assertThrows(MemoryAccessViolation.class, () -> Mem.getLong(a - 8));
            assertDoesNotThrow(() -> Mem.fill(a, 24, (byte) 1));

            long large = heap.allocate(3000);
            assertDoesNotThrow(() -> Mem.getLong(large + 2992));
            assertThrows(MemoryAccessViolation.class, () -> Mem.getLong(large + 2993));
            assertThrows(MemoryAccessViolation.class, () -> Mem.copy(a, large + 2990, 16));

            heap.free(a, 24);
            assertFalse(MemoryChecker.isLiveBlock(a));
            assertThrows(MemoryAccessViolation.class, () -> Mem.getLong(a));
            assertThrows(MemoryAccessViolation.class, () -> Mem.putByte(a + 3, (byte) 1));
            long inUse = heap.bytesInUse();
            MemoryAccessViolation doubleFree = assertThrows(MemoryAccessViolation.class, () -> heap.free(a, 24));
            assertTrue(doubleFree.getMessage().contains("not a live block"), doubleFree.getMessage());
            assertEquals(inUse, heap.bytesInUse(), "a refused free changes nothing");

            assertThrows(MemoryAccessViolation.class, () -> heap.free(large, 2000), "free with the wrong size");
            assertTrue(MemoryChecker.isLiveBlock(large), "a refused free leaves the block live");
            assertDoesNotThrow(() -> Mem.getLong(large + 2992));
            heap.free(large, 3000);
            assertThrows(MemoryAccessViolation.class, () -> Mem.getByte(large));
            assertThrows(MemoryAccessViolation.class, () -> heap.free(large, 3000));
            assertEquals(0, heap.bytesInUse());
            assertEquals(0, heap.liveBlocks());
        }
        NativeHeap closing = new NativeHeap();
        long b = closing.allocate(64);
        long large = closing.allocate(5000);
        assertTrue(MemoryChecker.isLiveBlock(large));
        closing.close();
        assertFalse(MemoryChecker.isLiveBlock(b), "closing the heap forgets its blocks");
        assertFalse(MemoryChecker.isLiveBlock(large), "and its large blocks");
        assertThrows(MemoryAccessViolation.class, () -> Mem.getLong(b));
    }
}
