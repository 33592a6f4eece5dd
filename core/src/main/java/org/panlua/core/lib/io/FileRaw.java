package org.panlua.core.lib.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A file opened by name (or a temporary file): a {@link FileChannel}. Append modes move to the
 * end before each write themselves rather than opening with {@code APPEND}, which the JDK
 * refuses together with reading and which would hide the real position from {@code seek}.
 */
final class FileRaw implements RawChannel {
    private final FileChannel channel;
    private final boolean append;

    FileRaw(FileChannel channel, boolean append) {
        this.channel = channel;
        this.append = append;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return channel.read(ByteBuffer.wrap(b, off, len));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (append) channel.position(channel.size());
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        while (buffer.hasRemaining()) channel.write(buffer);
    }

    @Override
    public long position() throws IOException {
        return channel.position();
    }

    @Override
    public void position(long p) throws IOException {
        channel.position(p);
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public int close() throws IOException {
        channel.close();
        return 0;
    }
}
