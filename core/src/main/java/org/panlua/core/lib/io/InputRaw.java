package org.panlua.core.lib.io;

import java.io.IOException;
import java.io.InputStream;

/** The standard input: a Java input stream (so {@code System.setIn} is honoured); never closed, never seeks. */
final class InputRaw implements StreamChannel {
    private final InputStream in;

    InputRaw(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        throw new ErrnoException(IoFailure.EBADF);
    }

    @Override
    public int close() {
        return 0;
    }
}
