package org.panlua.core.lib.io;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * One end of a pipe to a command started by {@code popen}: reads or writes go to the pipe's
 * descriptor through a native buffer, closing is {@code pclose}, which waits for the command
 * and yields its wait status.
 */
final class PipeRaw implements StreamChannel {
    private static final int EINTR = IoFailure.EINTR;
    private static final int CHUNK = 8192;

    private final long file;
    private final int fd;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment buffer = arena.allocate(CHUNK);
    private final MemorySegment state = Posix.captureState(arena);

    PipeRaw(long file) {
        this.file = file;
        this.fd = Posix.fileno(file);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (true) {
            Posix.Result r = Posix.read(fd, buffer, Math.min(len, CHUNK), state);
            if (r.value() > 0) {
                MemorySegment.copy(buffer, JAVA_BYTE, 0, b, off, (int) r.value());
                return (int) r.value();
            }
            if (r.value() == 0) return -1;
            if (r.errno() != EINTR) throw new ErrnoException(r.errno(), IoFailure.ofErrno(r.errno()).message());
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, CHUNK);
            MemorySegment.copy(b, off, buffer, JAVA_BYTE, 0, n);
            int done = 0;
            while (done < n) {
                Posix.Result r = Posix.write(fd, buffer.asSlice(done), n - done, state);
                if (r.value() >= 0) done += (int) r.value();
                else if (r.errno() != EINTR) throw new ErrnoException(r.errno(), IoFailure.ofErrno(r.errno()).message());
            }
            off += n;
            len -= n;
        }
    }

    @Override
    public int close() throws IOException {
        try {
            Posix.Result r = Posix.pclose(file);
            if (r.value() == -1) throw new ErrnoException(r.errno(), IoFailure.ofErrno(r.errno()).message());
            return (int) r.value();
        } finally {
            arena.close();
        }
    }
}
