package org.panlua.core.chunk;

import org.panlua.core.code.Proto;

/**
 * The annotated hex dump of {@code panlua -bx}: the binary chunk of a prototype, every byte
 * shown once with the label {@link ChunkWriter} gave it, sections indented by nesting.
 */
public final class HexDump {
    private HexDump() {}

    private static final int BYTES_PER_LINE = 8;

    public static String of(Proto main, boolean strip) {
        ByteSink sink = ChunkWriter.write(main, strip);
        byte[] bytes = sink.bytes();
        StringBuilder out = new StringBuilder();
        for (ByteSink.Span span : sink.spans()) {
            String indent = "  ".repeat(span.depth());
            if (span.start() == span.end()) {
                out.append(String.format("%-8s %-24s %s-- %s%n", "", "", indent, span.label()));
                continue;
            }
            for (int at = span.start(); at < span.end(); at += BYTES_PER_LINE) {
                StringBuilder hex = new StringBuilder();
                for (int i = at; i < Math.min(span.end(), at + BYTES_PER_LINE); i++) {
                    hex.append(String.format("%02x ", bytes[i] & 0xFF));
                }
                out.append(String.format("%08x %-24s %s%s%n", at, hex, indent,
                        at == span.start() ? span.label() : "  (continued)"));
            }
        }
        out.append(String.format("%08x %d bytes%n", bytes.length, bytes.length));
        return out.toString();
    }
}
