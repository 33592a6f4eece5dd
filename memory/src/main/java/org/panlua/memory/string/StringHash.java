package org.panlua.memory.string;

import org.panlua.memory.heap.Mem;

/**
 * The seeded string hash. It reads eight bytes at a time, so hashing a 40-byte key is five
 * multiply-mix rounds. The same function hashes bytes in a Java array and in native memory
 * (eight-byte loads in native order either way), so a string interned from either source lands
 * in the same bucket.
 *
 * <p>The loads go through {@link Mem#loadLong}, not a {@code MemorySegment}: an FFM access
 * through a value layout sets up var handles whose lambda forms are spun at run time, some
 * twenty milliseconds at every start of the command (docs/cli.md).
 */
public final class StringHash {
    private StringHash() {}

    private static final long M = 0x9E37_79B9_7F4A_7C15L;
    private static final long M2 = 0xBF58_476D_1CE4_E5B9L;
    private static final boolean LITTLE_ENDIAN = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;

    /** The hash of {@code length} bytes at index {@code offset} of {@code bytes}. */
    public static int hash(byte[] bytes, int offset, int length, int seed) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        return hash(bytes, (long) offset, length, seed);
    }

    /** The hash of the {@code length} bytes at a native address (a range the caller checked). */
    public static int hashNative(long address, long length, int seed) {
        return hash(null, address, length, seed);
    }

    /** {@code array} null: {@code offset} is a native address. */
    static int hash(byte[] array, long offset, long length, int seed) {
        long h = (seed ^ length) * M2;
        long i = 0;
        for (; i + 8 <= length; i += 8) {
            h = (h ^ Mem.loadLong(array, offset + i)) * M;
            h ^= h >>> 29;
        }
        long tail = 0;
        if (i < length && length >= 8 && LITTLE_ENDIAN) {
            // the last 8 bytes in one load, shifted so that the ones already hashed fall off:
            // the value the byte loop below makes, in one load instead of up to seven
            tail = Mem.loadLong(array, offset + length - 8) >>> ((8 - (length - i)) << 3);
        } else {
            for (int shift = 0; i < length; i++, shift += 8) {
                tail |= (Mem.loadByte(array, offset + i) & 0xFFL) << shift;
            }
        }
        h = (h ^ tail) * M;
        h ^= h >>> 32;
        h *= M2;
        return (int) (h ^ (h >>> 29));
    }
}
