package org.panlua.core.lib.io;

import java.io.IOException;
import org.panlua.memory.heap.Mem;

/**
 * The Java side of a file handle ({@code FILE*} userdata): a byte stream with C stdio's
 * buffering over a {@link RawChannel}. Reads go through a read-ahead buffer, writes gather
 * in a write buffer flushed when full, at a newline ({@link Buffering#LINE}), before reading,
 * seeking and closing; {@link Buffering#NO} writes at once. Switching from reading to writing
 * moves the channel back over what was read ahead, so the two directions share one position
 * as they do in C.
 */
final class LuaFile {
    /** How the handle closes: a file, a command's pipe ({@code pclose}), or a standard stream (never). */
    enum Kind { FILE, PROCESS, STANDARD }

    /** {@code setvbuf}'s modes. */
    enum Buffering { NO, FULL, LINE }

    static final int BUFFER_SIZE = 8192;

    final Kind kind;
    final boolean readable;
    final boolean writable;
    private final RawChannel raw;
    private OpenFiles owner;
    private boolean closed;
    private Buffering buffering = Buffering.FULL;
    private byte[] in;
    private int inPos, inEnd;
    private byte[] out;
    private int outLen;

    LuaFile(RawChannel raw, Kind kind, boolean readable, boolean writable) {
        this.raw = raw;
        this.kind = kind;
        this.readable = readable;
        this.writable = writable;
    }

    /** Records the set of open files this file leaves when it is closed. */
    void ownedBy(OpenFiles files) {
        owner = files;
        files.add(this);
    }

    boolean isClosed() {
        return closed;
    }

    // ---- Reading ---------------------------------------------------------------------------
    /** The next byte, -1 at the end. */
    int read() throws IOException {
        if (inPos < inEnd) return in[inPos++] & 0xFF;
        return fill() ? in[inPos++] & 0xFF : -1;
    }

    /** Steps back over the byte the last {@link #read()} returned (C's {@code ungetc}). */
    void unread() {
        inPos--;
    }

    private boolean fill() throws IOException {
        if (!readable) throw new ErrnoException(IoFailure.EBADF);
        flushBuffer();
        if (in == null) in = new byte[BUFFER_SIZE];
        inPos = inEnd = 0;
        int n;
        do {
            n = raw.read(in, 0, in.length);
        } while (n == 0);
        if (n < 0) return false;
        inEnd = n;
        return true;
    }

    /** Whether a byte follows (it stays unread). */
    boolean hasMore() throws IOException {
        if (read() < 0) return false;
        unread();
        return true;
    }

    /** A run of bytes: {@code array[offset, offset + length)}, valid until the file is used again. */
    record Slice(byte[] array, int offset, int length) {}

    /** The next line, with its newline when {@code keepNewline}; null at the end. */
    Slice readLine(boolean keepNewline) throws IOException {
        if (inPos == inEnd && !fill()) return null;
        int end = inPos;
        while (end < inEnd && in[end] != '\n') end++;
        if (end < inEnd) { // the whole line is in the buffer: no copy
            Slice line = new Slice(in, inPos, end - inPos + (keepNewline ? 1 : 0));
            inPos = end + 1;
            return line;
        }
        ByteSink line = new ByteSink(2 * (end - inPos) + 16);
        while (true) {
            line.add(in, inPos, end - inPos);
            inPos = end;
            if (!fill()) break;
            end = inPos;
            while (end < inEnd && in[end] != '\n') end++;
            if (end < inEnd) {
                line.add(in, inPos, end - inPos + (keepNewline ? 1 : 0));
                inPos = end + 1;
                break;
            }
        }
        return new Slice(line.array(), 0, line.size());
    }

    /** Everything up to the end ("" there). */
    byte[] readAll() throws IOException {
        if (!readable) throw new ErrnoException(IoFailure.EBADF);
        flushBuffer();
        ByteSink all = new ByteSink(inEnd - inPos + BUFFER_SIZE);
        if (inPos < inEnd) all.add(in, inPos, inEnd - inPos);
        inPos = inEnd;
        while (true) {
            all.reserve(BUFFER_SIZE);
            int n = raw.read(all.array(), all.size(), all.room());
            if (n < 0) return all.toArray();
            all.grown(n);
        }
    }

    /** Up to {@code n} (> 0) bytes; null when none is left. */
    byte[] readBytes(long n) throws IOException {
        ByteSink got = new ByteSink((int) Math.min(n, BUFFER_SIZE));
        long left = n;
        while (left > 0) {
            if (inPos < inEnd) {
                int k = (int) Math.min(left, inEnd - inPos);
                got.add(in, inPos, k);
                inPos += k;
                left -= k;
            } else if (left >= BUFFER_SIZE) { // large reads skip the buffer
                if (!readable) throw new ErrnoException(IoFailure.EBADF);
                flushBuffer();
                got.reserve((int) Math.min(left, 1 << 20));
                int r = raw.read(got.array(), got.size(), (int) Math.min(left, got.room()));
                if (r < 0) break;
                got.grown(r);
                left -= r;
            } else if (!fill()) {
                break;
            }
        }
        return got.size() == 0 ? null : got.toArray();
    }

    // ---- Writing ---------------------------------------------------------------------------
    private void prepareWrite() throws IOException {
        if (!writable) throw new ErrnoException(IoFailure.EBADF);
        if (inPos < inEnd) {
            try {
                raw.position(raw.position() - (inEnd - inPos));
                inPos = inEnd = 0;
            } catch (IOException e) {
                // a stream that cannot seek keeps what was read ahead for the next read
            }
        }
    }

    void write(byte[] b, int off, int len) throws IOException {
        prepareWrite();
        if (raw.writeThrough()) {
            raw.write(b, off, len);
            if (buffering == Buffering.NO || (buffering == Buffering.LINE && lastNewline(b, off, len) >= 0)) raw.flush();
            return;
        }
        if (buffering == Buffering.NO) {
            raw.write(b, off, len);
            return;
        }
        int last = buffering == Buffering.LINE ? lastNewline(b, off, len) : -1;
        if (last >= 0) { // line buffering: out goes everything up to the last newline, the rest waits
            int head = last - off + 1;
            buffer(b, off, head);
            flushBuffer();
            buffer(b, off + head, len - head);
        } else {
            buffer(b, off, len);
        }
    }

    private void buffer(byte[] b, int off, int len) throws IOException {
        if (out == null) out = new byte[BUFFER_SIZE];
        if (len > out.length - outLen) {
            flushBuffer();
            if (len >= out.length) {
                raw.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, out, outLen, len);
        outLen += len;
    }

    /** Writes {@code length} bytes of native memory (a Lua string's contents); nothing at all for none, as {@code fwrite}. */
    void write(long address, long length) throws IOException {
        if (buffering == Buffering.FULL && out != null && length <= out.length - outLen && writable && inPos == inEnd
                && !raw.writeThrough()) {
            Mem.copyOut(address, out, outLen, (int) length); // the common case: straight into the buffer
            outLen += (int) length;
            return;
        }
        byte[] chunk = new byte[(int) Math.min(length, 1 << 16)];
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(chunk.length, length - done);
            Mem.copyOut(address + done, chunk, 0, n);
            write(chunk, 0, n);
            done += n;
        }
    }

    private static int lastNewline(byte[] b, int off, int len) {
        for (int i = off + len - 1; i >= off; i--) if (b[i] == '\n') return i;
        return -1;
    }

    private void flushBuffer() throws IOException {
        if (outLen == 0) return;
        int n = outLen;
        outLen = 0;
        raw.write(out, 0, n);
    }

    /** {@code fflush}: the buffer and whatever the channel holds below it. */
    void flush() throws IOException {
        flushBuffer();
        raw.flush();
    }

    void setBuffering(Buffering mode) throws IOException {
        flush();
        buffering = mode;
    }

    // ---- Positioning -----------------------------------------------------------------------
    /** {@code fseek} then {@code ftell}: whence 0 set, 1 current, 2 end. */
    long seek(int whence, long offset) throws IOException {
        flushBuffer();
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> raw.position() - (inEnd - inPos);
            default -> raw.size();
        };
        long target = base + offset;
        if (((base ^ target) & (offset ^ target)) < 0 || target < 0) throw new ErrnoException(IoFailure.EINVAL);
        raw.position(target);
        inPos = inEnd = 0;
        return target;
    }

    // ---- Closing ---------------------------------------------------------------------------
    /**
     * Flushes and releases the channel; the file counts as closed even when that fails (as
     * after {@code fclose}). Returns a command's wait status, 0 for files.
     */
    int close() throws IOException {
        closed = true;
        if (owner != null) owner.remove(this);
        IOException failure = null;
        try {
            flushBuffer();
        } catch (IOException e) {
            failure = e;
        }
        int status = raw.close();
        if (failure != null) throw failure;
        return status;
    }
}
