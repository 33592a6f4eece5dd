package org.panlua.memory.heap;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The native heap of one Lua state (DESIGN.md section 4).
 *
 * <p>Small blocks (up to {@link SizeClasses#MAX_SMALL}) come from {@link #PAGE_SIZE} pages, each
 * page serving one size class; pages are carved from {@link #CHUNK_SIZE} chunks taken from an FFM
 * arena, or from the C allocator through the JDK's raw accessors when {@link Mem#RAW} holds (the
 * first FFM allocation of a run costs tens of milliseconds of method-handle set-up, a good part
 * of the command's start-up). A freed small block goes on its class's free list (the link lives in the block's first
 * word) and is the next one handed out, which keeps recently used memory in cache. Large blocks
 * come from the C allocator one by one, aligned to a 64-byte cache line, so freeing one gives its
 * memory back at once.
 *
 * <p>Blocks never move. Freeing is explicit: the caller passes the size it allocated, as Lua's
 * allocator interface does, so blocks carry no size field. Every byte handed out is accounted
 * ({@link #bytesInUse}); an allocation that would pass {@link #limit} fails with
 * {@link NotEnoughMemoryException} and changes nothing. A heap is used by one thread at a time.
 */
public final class NativeHeap implements AutoCloseable {
    public static final int PAGE_SIZE = 16 * 1024;
    public static final long CHUNK_SIZE = 1024 * 1024;

    /**
     * Where colours live (hw-notes.md section 8): an object's colour byte is not in its header
     * but in a table at the start of its page, one byte per 16-byte granule, so marking a string
     * and sweeping a survivor touch a dense array instead of the object (cachegrind: 38% fewer
     * D1 and 51% fewer LL misses per object of a full collection). A large object
     * ({@link #allocateObject}) is placed in its block so that the same address arithmetic
     * finds its colour in bytes of the block before it. The default; {@code
     * -Dpanlua.sideColours=false} keeps colours in the headers' marks bytes. In checked-memory
     * mode a colour access checks that the object is a live block ({@link GcSpace#marks}).
     */
    public static final boolean SIDE_COLOURS = !"false".equals(System.getProperty("panlua.sideColours"));
    /** Bytes of colour table at the start of each page when {@link #SIDE_COLOURS} is on. */
    public static final int COLOUR_PREFIX = SIDE_COLOURS ? PAGE_SIZE / SizeClasses.GRANULE : 0;

    /**
     * Large blocks start on a cache line. malloc only promises 16 bytes, and a hash part that
     * starts 16 bytes into a line has every other 32-byte node straddling two lines.
     */
    private static final int LARGE_ALIGNMENT = 64;

    /**
     * C's allocator for large blocks, bound on first use: making the downcall stubs costs the
     * best part of 100 ms at start-up, which scripts that never need a large block never pay.
     */
    private static final class LibC {
        static final MethodHandle ALIGNED_ALLOC;
        static final MethodHandle FREE;

        static {
            Linker linker = Linker.nativeLinker();
            ALIGNED_ALLOC = linker.downcallHandle(linker.defaultLookup().find("aligned_alloc").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
            FREE = linker.downcallHandle(linker.defaultLookup().find("free").orElseThrow(),
                    FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG));
        }
    }

    /** The collectable objects on this heap and their colours. */
    public final GcSpace gc = new GcSpace();

    /** Where the chunks come from without the raw accessors; made on first use. */
    private Arena arena;
    /** Start addresses of the chunks, page aligned. */
    private final List<Long> chunks = new ArrayList<>();
    /** What the C allocator returned for each raw chunk (before alignment), freed by {@link #close}. */
    private final List<Long> rawChunks = new ArrayList<>();
    /** Live large blocks: address, then size and what the allocator returned for it. */
    private final Map<Long, Large> largeBlocks = new HashMap<>();

    private record Large(long size, long base) {}

    private final long[] freeHead = new long[SizeClasses.count()];
    private final long[] bumpNext = new long[SizeClasses.count()];
    private final long[] bumpEnd = new long[SizeClasses.count()];
    private long nextPage;
    private long chunkEnd;

    private long bytesInUse;
    private long bytesReserved;
    private long liveBlocks;
    private long limit = Long.MAX_VALUE;
    private boolean closed;

    /** Bytes of live blocks, each counted at the size it really occupies. */
    public long bytesInUse() {
        return bytesInUse;
    }

    /**
     * The collector's threshold: once {@link #bytesInUse} reaches it, the next safepoint runs
     * a collection step. Allocation itself never collects.
     */
    private volatile long gcThreshold = Long.MAX_VALUE;

    public long gcThreshold() {
        return gcThreshold;
    }

    public void setGcThreshold(long bytes) {
        gcThreshold = bytes;
    }

    /** True when a collection step is due (the safepoint test). */
    public boolean overGcThreshold() {
        return bytesInUse >= gcThreshold;
    }

    /** Bytes taken from the system: chunks plus live large blocks. */
    public long bytesReserved() {
        return bytesReserved;
    }

    public boolean isClosed() {
        return closed;
    }

    public long liveBlocks() {
        return liveBlocks;
    }

    public long limit() {
        return limit;
    }

    /** Sets the most {@link #bytesInUse} may reach; {@code Long.MAX_VALUE} for none. */
    public void setLimit(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("heap limit must be positive: " + bytes);
        limit = bytes;
    }

    /**
     * A block of at least {@code size} bytes, 16-byte aligned. Its contents are undefined.
     *
     * @throws NotEnoughMemoryException past the limit or when the system has no memory
     */
    public long allocate(long size) {
        long address = tryAllocate(size);
        if (address == 0) throw new NotEnoughMemoryException();
        return address;
    }

    /**
     * Like {@link #allocate}, but answers 0 instead of failing: for memory that only speeds
     * things up (skip-list towers) and can be done without.
     */
    public long tryAllocate(long size) {
        return tryAllocate(size, false);
    }

    /**
     * A block for a collectable object (its header first): like {@link #allocate}, but a large
     * one has room for its colour before it. Freed with {@link #free} like any block.
     */
    public long allocateObject(long size) {
        long address = tryAllocate(size, SIDE_COLOURS);
        if (address == 0) throw new NotEnoughMemoryException();
        return address;
    }

    private long tryAllocate(long size, boolean object) {
        if (size <= 0) throw new IllegalArgumentException("block size must be positive: " + size);
        if (closed) throw new IllegalStateException("heap is closed");
        long address;
        long accounted = SizeClasses.roundUp(size);
        if (accounted > limit - bytesInUse) return 0;
        address = size <= SizeClasses.MAX_SMALL ? takeSmall(SizeClasses.classOf(size)) : mallocLarge(accounted, object);
        if (address == 0) return 0;
        bytesInUse += accounted;
        liveBlocks++;
        if (Mem.CHECKED) MemoryChecker.register(address, size);
        return address;
    }

    /** Gives back a block that {@link #allocate}{@code (size)} returned. */
    public void free(long address, long size) {
        if (Mem.CHECKED) {
            MemoryChecker.unregister(address, size);
            Mem.fillUnchecked(address, size, (byte) 0xDB); // poison: a stale read sees garbage
        }
        long accounted;
        if (size <= SizeClasses.MAX_SMALL) {
            int c = SizeClasses.classOf(size);
            accounted = SizeClasses.sizeOf(c);
            Mem.putLongUnchecked(address, freeHead[c]); // the block is no longer registered
            freeHead[c] = address;
        } else {
            accounted = SizeClasses.roundUp(size);
            Large large = largeBlocks.remove(address);
            if (large == null) {
                throw new IllegalStateException("free of an unknown large block 0x" + Long.toHexString(address));
            }
            freeLarge(large.base);
            bytesReserved -= accounted;
        }
        bytesInUse -= accounted;
        liveBlocks--;
    }

    /** A new block of {@code newSize} bytes holding the first bytes of the old one, which is freed. */
    public long reallocate(long address, long oldSize, long newSize) {
        long fresh = allocate(newSize);
        Mem.copy(address, fresh, Math.min(oldSize, newSize));
        free(address, oldSize);
        return fresh;
    }

    private long takeSmall(int c) {
        long block = freeHead[c];
        if (block != 0) {
            freeHead[c] = Mem.getLongUnchecked(block);
            return block;
        }
        int size = SizeClasses.sizeOf(c);
        if (bumpNext[c] + size > bumpEnd[c]) {
            long page = newPage();
            if (page == 0) return 0;
            int usable = PAGE_SIZE - COLOUR_PREFIX;
            bumpNext[c] = page + COLOUR_PREFIX;
            bumpEnd[c] = page + COLOUR_PREFIX + usable - usable % size;
        }
        block = bumpNext[c];
        bumpNext[c] = block + size;
        return block;
    }

    private long newPage() {
        if (nextPage == chunkEnd) {
            long chunk = newChunk();
            if (chunk == 0) return 0; // the system has no memory left
            chunks.add(chunk);
            bytesReserved += CHUNK_SIZE;
            nextPage = chunk;
            chunkEnd = nextPage + CHUNK_SIZE;
        }
        long page = nextPage;
        nextPage += PAGE_SIZE;
        return page;
    }

    /** A page-aligned, zeroed chunk of {@link #CHUNK_SIZE} bytes, or 0. */
    private long newChunk() {
        if (Mem.RAW) {
            long base = Mem.systemAllocate(CHUNK_SIZE + PAGE_SIZE);
            if (base == 0) return 0;
            rawChunks.add(base);
            long chunk = (base + PAGE_SIZE - 1) & -(long) PAGE_SIZE;
            Mem.fillUnchecked(chunk, CHUNK_SIZE, (byte) 0); // as an arena's memory is
            return chunk;
        }
        if (arena == null) arena = Arena.ofShared();
        try {
            return arena.allocate(CHUNK_SIZE, PAGE_SIZE).address();
        } catch (OutOfMemoryError e) {
            return 0;
        }
    }

    private long mallocLarge(long size, boolean object) {
        // an object needs room before it for its colour byte (see placeObject)
        long request = object ? size + PAGE_SIZE + LARGE_ALIGNMENT : size;
        long address;
        long base;
        if (Mem.RAW) {
            // malloc aligns to 16 bytes: the line starts within the first 48 extra bytes
            base = Mem.systemAllocate(request + LARGE_ALIGNMENT - 16);
            address = (base + LARGE_ALIGNMENT - 1) & -(long) LARGE_ALIGNMENT;
        } else {
            try {
                // C11 wants the size to be a multiple of the alignment
                base = (long) LibC.ALIGNED_ALLOC.invokeExact((long) LARGE_ALIGNMENT,
                        (request + LARGE_ALIGNMENT - 1) & -(long) LARGE_ALIGNMENT);
            } catch (Throwable t) {
                throw new IllegalStateException("aligned_alloc failed", t);
            }
            address = base;
        }
        if (base == 0) return 0;
        if (object) address = placeObject(base);
        largeBlocks.put(address, new Large(size, base));
        bytesReserved += size;
        return address;
    }

    /**
     * The first cache line at or after {@code base} where a large object can start so that its
     * colour byte ({@link GcSpace}: page start plus offset in the page over 16) lies in
     * {@code [base, object)}: at most {@code PAGE_SIZE + LARGE_ALIGNMENT} bytes further. Only the
     * colour byte of the bytes skipped is ever touched, so they cost address space, not memory.
     */
    static long placeObject(long base) {
        long a = (base + LARGE_ALIGNMENT - 1) & -(long) LARGE_ALIGNMENT;
        long page = a & -(long) PAGE_SIZE;
        long offset = a - page;
        if (offset == 0) return a + LARGE_ALIGNMENT; // the colour would be the header's first byte
        if (page + (offset >>> 4) >= base) return a;
        long need = ((base - page) * SizeClasses.GRANULE + LARGE_ALIGNMENT - 1) & -(long) LARGE_ALIGNMENT;
        return need < PAGE_SIZE ? page + need : page + PAGE_SIZE + LARGE_ALIGNMENT;
    }

    private static void freeLarge(long base) {
        if (Mem.RAW) {
            Mem.systemFree(base);
            return;
        }
        try {
            LibC.FREE.invokeExact(base);
        } catch (Throwable t) {
            throw new IllegalStateException("free failed", t);
        }
    }

    /** Frees every block at once; the heap is unusable afterwards. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (Mem.CHECKED) {
            for (long chunk : chunks) MemoryChecker.unregisterRange(chunk, chunk + CHUNK_SIZE);
        }
        for (Map.Entry<Long, Large> large : largeBlocks.entrySet()) {
            if (Mem.CHECKED) MemoryChecker.unregisterRange(large.getKey(), large.getKey() + large.getValue().size);
            freeLarge(large.getValue().base);
        }
        largeBlocks.clear();
        for (long base : rawChunks) Mem.systemFree(base);
        rawChunks.clear();
        chunks.clear();
        if (arena != null) arena.close();
        bytesInUse = 0;
        bytesReserved = 0;
        liveBlocks = 0;
    }
}
