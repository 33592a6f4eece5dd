package org.panlua.memory.heap;

import java.util.Map;
import java.util.TreeMap;

/**
 * The registry behind checked-memory mode: every live block of every heap, so that an access
 * can be checked against the bounds of the block it falls in. A stale address (a freed block),
 * an access that runs past its block, or an address no heap gave out all fail with
 * {@link MemoryAccessViolation} instead of silently corrupting memory.
 */
public final class MemoryChecker {
    private MemoryChecker() {}

    private static final TreeMap<Long, Long> LIVE = new TreeMap<>(); // start -> size

    static synchronized void register(long address, long size) {
        Long old = LIVE.put(address, size);
        if (old != null) {
            throw new MemoryAccessViolation("block 0x" + Long.toHexString(address) + " handed out twice");
        }
    }

    static synchronized void unregister(long address, long size) {
        Long old = LIVE.get(address);
        if (old == null) {
            throw new MemoryAccessViolation("free of 0x" + Long.toHexString(address) + ", which is not a live block");
        }
        if (old != size) {
            // refused before anything changes: the block stays live, as it does in its heap
            throw new MemoryAccessViolation("free of 0x" + Long.toHexString(address) + " with size " + size
                    + ", but it was allocated with size " + old);
        }
        LIVE.remove(address);
    }

    /** Forgets every block inside {@code [start, end)}: its heap closed. */
    static synchronized void unregisterRange(long start, long end) {
        LIVE.subMap(start, end).clear();
    }

    /** Throws unless {@code [address, address + length)} lies inside one live block. */
    public static synchronized void check(long address, long length) {
        Map.Entry<Long, Long> block = LIVE.floorEntry(address);
        if (block == null || address + length > block.getKey() + block.getValue()) {
            throw new MemoryAccessViolation(describe(address, length, block));
        }
    }

    /** True when {@code address} starts a live block (for tests and assertions). */
    public static synchronized boolean isLiveBlock(long address) {
        return LIVE.containsKey(address);
    }

    private static String describe(long address, long length, Map.Entry<Long, Long> block) {
        String what = "access of " + length + " bytes at 0x" + Long.toHexString(address);
        if (block == null) return what + " outside every live block";
        long start = block.getKey();
        long end = start + block.getValue();
        if (address >= end) {
            return what + " outside every live block (nearest below: 0x" + Long.toHexString(start)
                    + ", " + block.getValue() + " bytes)";
        }
        return what + " runs " + (address + length - end) + " bytes past the end of block 0x"
                + Long.toHexString(start) + " (" + block.getValue() + " bytes)";
    }
}
