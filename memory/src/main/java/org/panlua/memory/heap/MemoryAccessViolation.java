package org.panlua.memory.heap;

/**
 * A native access outside every live block, caught by checked-memory mode. It always means a
 * bug in Panlua itself (a use after free or an overrun), never a Lua-level error.
 */
public final class MemoryAccessViolation extends RuntimeException {
    public MemoryAccessViolation(String message) {
        super(message);
    }
}
