package org.panlua.core.lib.io;

import java.io.IOException;

/**
 * The unbuffered side of a {@link LuaFile}: where its bytes come from and go to. Channels
 * that cannot seek fail {@link #position()} with {@code ESPIPE}, those that cannot read or write
 * fail with {@code EBADF}, as the system calls under C's streams do.
 */
interface RawChannel {
    /** Reads up to {@code len} bytes into {@code b}; -1 at the end. */
    int read(byte[] b, int off, int len) throws IOException;

    void write(byte[] b, int off, int len) throws IOException;

    long position() throws IOException;

    void position(long p) throws IOException;

    long size() throws IOException;

    /** Pushes out what a layer below holds (the print streams); nothing for the others. */
    default void flush() throws IOException {}

    /**
     * Whether writes must go straight down, unbuffered by {@link LuaFile}: true for the
     * standard output, which {@code print} shares, so that both keep their order.
     */
    default boolean writeThrough() {
        return false;
    }

    /** Releases the channel; returns a process's wait status, 0 for the others. */
    int close() throws IOException;
}
