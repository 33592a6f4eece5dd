package org.panlua.memory.string;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The seeded string hash. It reads eight bytes at a time, so hashing a 40-byte key is five
 * multiply-mix rounds. The same function hashes bytes in a Java array and in native memory
 * (both seen as a {@link MemorySegment}), so a string interned from either source lands in the
 * same bucket.
 */
public final class StringHash {
    private StringHash() {}

    private static final long M = 0x9E37_79B9_7F4A_7C15L;
    private static final long M2 = 0xBF58_476D_1CE4_E5B9L;

    public static int hash(MemorySegment bytes, long offset, long length, int seed) {
        long h = (seed ^ length) * M2;
        long i = 0;
        for (; i + 8 <= length; i += 8) {
            h = (h ^ bytes.get(ValueLayout.JAVA_LONG_UNALIGNED, offset + i)) * M;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (int shift = 0; i < length; i++, shift += 8) {
            tail |= (bytes.get(ValueLayout.JAVA_BYTE, offset + i) & 0xFFL) << shift;
        }
        h = (h ^ tail) * M;
        h ^= h >>> 32;
        h *= M2;
        return (int) (h ^ (h >>> 29));
    }

    /** Eight bytes of an array in native order, as the segment version reads them. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /**
     * The same hash over a Java array, written out rather than through a heap segment, whose
     * wrapper objects the JIT does not always eliminate (they were the most allocated Java
     * objects of a string-heavy program).
     */
    public static int hash(byte[] bytes, int offset, int length, int seed) {
        long h = (seed ^ (long) length) * M2;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            h = (h ^ (long) LONGS.get(bytes, offset + i)) * M;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (int shift = 0; i < length; i++, shift += 8) {
            tail |= (bytes[offset + i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * M;
        h ^= h >>> 32;
        h *= M2;
        return (int) (h ^ (h >>> 29));
    }
}
