package org.panlua.core.chunk;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link ChunkWriter} writes: a byte buffer that also records, for {@code panlua -bx},
 * a label for every run of bytes. Every byte written belongs to exactly one labelled span.
 */
final class ByteSink {
    /** A labelled run of bytes: {@code [start, end)} of the chunk, at a nesting depth. */
    record Span(int start, int end, int depth, String label) {}

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Span> spans = new ArrayList<>();
    private int depth;

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    List<Span> spans() {
        return spans;
    }

    void enter() {
        depth++;
    }

    void leave() {
        depth--;
    }

    /** A heading span of no bytes, to structure the dump. */
    void section(String label) {
        spans.add(new Span(size(), size(), depth, label));
    }

    void raw(byte[] bytes, String label) {
        int start = size();
        out.writeBytes(bytes);
        spans.add(new Span(start, size(), depth, label));
    }

    void byte1(int b, String label) {
        int start = size();
        out.write(b);
        spans.add(new Span(start, size(), depth, label));
    }

    void fixed(long v, int size, String label) {
        int start = size();
        for (int i = 0; i < size; i++) out.write((int) (v >>> (8 * i)));
        spans.add(new Span(start, size(), depth, label));
    }

    void varint(long v, String label) {
        int start = size();
        varintNoSpan(v);
        spans.add(new Span(start, size(), depth, label));
    }

    void svarint(long v, String label) {
        varint((v << 1) ^ (v >> 63), label);
    }

    /** A string: varint length + 1 (0 for null), then the bytes, as one span. */
    void string(byte[] s, String label) {
        int start = size();
        if (s == null) {
            varintNoSpan(0);
        } else {
            varintNoSpan(s.length + 1L);
            out.writeBytes(s);
        }
        spans.add(new Span(start, size(), depth, label));
    }

    /** Appends another sink's bytes and spans after this one's. */
    void append(ByteSink other) {
        int offset = size();
        out.writeBytes(other.bytes());
        for (Span s : other.spans) {
            spans.add(new Span(s.start() + offset, s.end() + offset, s.depth() + depth, s.label()));
        }
    }

    private void varintNoSpan(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }
}
