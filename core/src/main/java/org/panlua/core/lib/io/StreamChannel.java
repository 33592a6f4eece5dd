package org.panlua.core.lib.io;

import java.io.IOException;

/**
 * A channel that cannot seek (a standard stream, a pipe): position and size fail with
 * {@code ESPIPE}, as {@code lseek} does on such descriptors.
 */
interface StreamChannel extends RawChannel {
    @Override
    default long position() throws IOException {
        throw new ErrnoException(IoFailure.ESPIPE);
    }

    @Override
    default void position(long p) throws IOException {
        throw new ErrnoException(IoFailure.ESPIPE);
    }

    @Override
    default long size() throws IOException {
        throw new ErrnoException(IoFailure.ESPIPE);
    }
}
