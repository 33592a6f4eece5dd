package org.panlua.core.lib.pack;

/**
 * Receives the values {@link StringPack#unpack} reads, in order. The runtime pushes them as
 * results; it is also where a result-count limit belongs (the reference interpreter raises
 * {@code stack overflow (too many results)} when the stack cannot grow).
 */
public interface UnpackSink {
    /** An integer read by {@code b B h H i I l L j J T}. */
    void integer(long value);

    /** A float read by {@code f d n}. */
    void number(double value);

    /**
     * A string read by {@code c s z}: the {@code length} bytes of {@code data} from
     * {@code offset}. {@code data} is the caller's data array, not a copy: copy what you keep.
     */
    void string(byte[] data, int offset, int length);
}
