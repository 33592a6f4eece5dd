package org.panlua.core.chunk;

/**
 * A binary chunk that cannot be loaded: truncated, corrupt, foreign or from another format
 * version. The message is the complete Lua error text, {@code chunkname: bad binary format (why)}.
 */
public final class BadChunkException extends RuntimeException {
    public BadChunkException(String message) {
        super(message, null, false, false);
    }
}
