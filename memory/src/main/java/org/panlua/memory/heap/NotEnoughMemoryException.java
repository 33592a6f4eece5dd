package org.panlua.memory.heap;

/**
 * An allocation the heap refused: its configured limit would be passed, or the operating system
 * had no more memory. The runtime turns it into Lua's {@code not enough memory} error; the heap
 * is unchanged by the failed allocation, so the program can go on after a {@code pcall}.
 */
public final class NotEnoughMemoryException extends RuntimeException {
    public NotEnoughMemoryException() {
        super("not enough memory", null, false, false);
    }
}
