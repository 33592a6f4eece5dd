package org.panlua.memory.heap;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Raw loads and stores at native addresses (DESIGN.md section 4). The memory itself always comes
 * from FFM arenas ({@link NativeHeap}); this class only decides how a single word is read or
 * written:
 * <ul>
 *   <li>through one unbounded {@link MemorySegment}, the portable way; or</li>
 *   <li>when {@code java.base} exports {@code jdk.internal.misc} to Panlua (the launcher, the
 *       tests and the benchmarks arrange it; {@code Add-Exports} in the cli jar's manifest), through
 *       the JDK's own unsafe accessors, called directly.</li>
 * </ul>
 * Both compile to the same machine load or store, but an FFM access is several dozen inlined
 * methods in C2's intermediate form, and the interpreter's dispatch loop has so many of them
 * that C2 reaches its node budget and stops inlining the rest of the loop (hw-notes.md,
 * "Native access"). {@link #RAW} says which one is in use.
 *
 * <p>With {@code -Dpanlua.checkedMemory=true} every access is first checked against the live
 * block it falls in ({@link MemoryChecker}); the flag is a static final, so the check costs
 * nothing when it is off.
 */
public final class Mem {
    private Mem() {}

    /** Checked-memory mode, fixed at start-up. */
    public static final boolean CHECKED = Boolean.getBoolean("panlua.checkedMemory");

    /**
     * Every address of the process, in a holder of its own: making it sets up the FFM support
     * (value layouts and method handles spun at run time, some 15 ms of every start), which the raw accessors
     * never need.
     */
    private static final class Ffm {
        static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
        static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
        static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
        static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;
    }

    /** True when the JDK's unsafe accessors are used (see the class comment). */
    public static final boolean RAW = !Boolean.getBoolean("panlua.ffmOnly")
            && Object.class.getModule().isExported("jdk.internal.misc", Mem.class.getModule());

    /**
     * The raw accessors, kept apart so that each public accessor stays a few bytes of bytecode:
     * the interpreter inlines over a hundred of them, and HotSpot's inlining budget counts bytes.
     * Plain calls, not method handles: binding and customising handles spun some forty lambda
     * forms at every start (about 45 ms of the command's start-up, docs/cli.md). This class is
     * loaded only when {@link #RAW} holds, so the access check never fails.
     */
    private static final class Raw {
        private static final jdk.internal.misc.Unsafe U = jdk.internal.misc.Unsafe.getUnsafe();

        static long getLong(long a) {
            return U.getLong(a);
        }

        static void putLong(long a, long v) {
            U.putLong(a, v);
        }

        static int getInt(long a) {
            return U.getInt(a);
        }

        static void putInt(long a, int v) {
            U.putInt(a, v);
        }

        static byte getByte(long a) {
            return U.getByte(a);
        }

        static void putByte(long a, byte v) {
            U.putByte(a, v);
        }

        /** A native address when {@code array} is null, else an index into the array. */
        static long getLong(byte[] array, long offset) {
            return U.getLong(array, array == null ? offset : jdk.internal.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET + offset);
        }

        static byte getByte(byte[] array, long offset) {
            return U.getByte(array, array == null ? offset : jdk.internal.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET + offset);
        }

        /** {@code size} bytes from the C allocator (16-byte aligned), or 0 when it has none. */
        static long allocateMemory(long size) {
            try {
                return U.allocateMemory(size);
            } catch (OutOfMemoryError e) {
                return 0;
            }
        }

        static void freeMemory(long a) {
            U.freeMemory(a);
        }

        static void fill(long a, long length, byte value) {
            U.setMemory(a, length, value);
        }

        /** Copies between native addresses or byte arrays (null for native); the ranges may overlap. */
        static void copy(byte[] fromArray, long from, byte[] toArray, long to, long length) {
            long base = jdk.internal.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET;
            U.copyMemory(fromArray, fromArray == null ? from : base + from, toArray, toArray == null ? to : base + to, length);
        }
    }


    /**
     * Raw accessors with no check: the common case of every accessor below is one test of this
     * constant and the unsafe access itself, some 19 bytes of bytecode. The interpreter's loop
     * inlines over a hundred accessors, and HotSpot stops inlining anything into a method once
     * about 8000 bytes of bytecode have been (hw-notes.md section 7).
     */
    private static final boolean DIRECT = RAW && !CHECKED;

    public static long getLong(long address) {
        return DIRECT ? Raw.U.getLong(address) : checkedGetLong(address);
    }

    public static void putLong(long address, long value) {
        if (DIRECT) Raw.U.putLong(address, value);
        else checkedPutLong(address, value);
    }

    public static int getInt(long address) {
        return DIRECT ? Raw.U.getInt(address) : checkedGetInt(address);
    }

    public static void putInt(long address, int value) {
        if (DIRECT) Raw.U.putInt(address, value);
        else checkedPutInt(address, value);
    }

    public static byte getByte(long address) {
        return DIRECT ? Raw.U.getByte(address) : checkedGetByte(address);
    }

    public static void putByte(long address, byte value) {
        if (DIRECT) Raw.U.putByte(address, value);
        else checkedPutByte(address, value);
    }

    private static long checkedGetLong(long address) {
        if (CHECKED) MemoryChecker.check(address, 8);
        if (RAW) return Raw.getLong(address);
        return Ffm.ALL.get(Ffm.LONG, address);
    }

    private static void checkedPutLong(long address, long value) {
        if (CHECKED) MemoryChecker.check(address, 8);
        if (RAW) {
            Raw.putLong(address, value);
            return;
        }
        Ffm.ALL.set(Ffm.LONG, address, value);
    }

    private static int checkedGetInt(long address) {
        if (CHECKED) MemoryChecker.check(address, 4);
        if (RAW) return Raw.getInt(address);
        return Ffm.ALL.get(Ffm.INT, address);
    }

    private static void checkedPutInt(long address, int value) {
        if (CHECKED) MemoryChecker.check(address, 4);
        if (RAW) {
            Raw.putInt(address, value);
            return;
        }
        Ffm.ALL.set(Ffm.INT, address, value);
    }

    private static byte checkedGetByte(long address) {
        if (CHECKED) MemoryChecker.check(address, 1);
        if (RAW) return Raw.getByte(address);
        return Ffm.ALL.get(Ffm.BYTE, address);
    }

    private static void checkedPutByte(long address, byte value) {
        if (CHECKED) MemoryChecker.check(address, 1);
        if (RAW) {
            Raw.putByte(address, value);
            return;
        }
        Ffm.ALL.set(Ffm.BYTE, address, value);
    }

    /**
     * Memory from the C allocator through the raw accessors (only when {@link #RAW}): 0 when the
     * system has none. {@link NativeHeap} takes its chunks and large blocks here when it can,
     * since the first FFM allocation of a run sets up method handles (tens of milliseconds).
     */
    static long systemAllocate(long size) {
        return Raw.allocateMemory(size);
    }

    static void systemFree(long address) {
        Raw.freeMemory(address);
    }

    /** Fills memory that holds no live block (a new chunk, a freed block), so unchecked. */
    static void fillUnchecked(long address, long length, byte value) {
        if (RAW) Raw.fill(address, length, value);
        else Ffm.ALL.asSlice(address, length).fill(value);
    }

    /** A load that skips the checked mode: the heap's free-list links live in freed blocks. */
    static long getLongUnchecked(long address) {
        return RAW ? Raw.getLong(address) : Ffm.ALL.get(Ffm.LONG, address);
    }

    static void putLongUnchecked(long address, long value) {
        if (RAW) Raw.putLong(address, value);
        else Ffm.ALL.set(Ffm.LONG, address, value);
    }

    /**
     * A colour-table byte ({@link GcSpace}): the tables sit in page headers, outside every block,
     * so the checked mode checks the object instead.
     */
    static byte getByteUnchecked(long address) {
        return RAW ? Raw.getByte(address) : Ffm.ALL.get(Ffm.BYTE, address);
    }

    static void putByteUnchecked(long address, byte value) {
        if (RAW) Raw.putByte(address, value);
        else Ffm.ALL.set(Ffm.BYTE, address, value);
    }

    /**
     * Eight bytes in native order at index {@code offset} of {@code array}, or at native address
     * {@code offset} when {@code array} is null. Unchecked: for bulk work (hashing) over a range
     * the caller has checked.
     */
    public static long loadLong(byte[] array, long offset) {
        if (RAW) return Raw.getLong(array, offset);
        return (array == null ? Ffm.ALL : MemorySegment.ofArray(array)).get(Ffm.LONG, offset);
    }

    /** The byte at index {@code offset} of {@code array}, or at native address {@code offset} when it is null; unchecked. */
    public static byte loadByte(byte[] array, long offset) {
        if (RAW) return Raw.getByte(array, offset);
        return (array == null ? Ffm.ALL : MemorySegment.ofArray(array)).get(Ffm.BYTE, offset);
    }

    /** Sets {@code length} bytes at {@code address} to {@code value}. */
    public static void fill(long address, long length, byte value) {
        if (length == 0) return;
        if (CHECKED) MemoryChecker.check(address, length);
        if (length <= 64 && (length & 7) == 0) { // a small array or node part: a few stores
            long word = (value & 0xFFL) * 0x0101010101010101L;
            for (long i = 0; i < length; i += 8) putLongUnchecked(address + i, word);
        } else if (RAW) {
            Raw.fill(address, length, value);
        } else {
            Ffm.ALL.asSlice(address, length).fill(value);
        }
    }

    /** Copies {@code length} bytes between native addresses (the ranges may overlap). */
    public static void copy(long from, long to, long length) {
        if (length == 0) return;
        if (CHECKED) {
            MemoryChecker.check(from, length);
            MemoryChecker.check(to, length);
        }
        if (RAW) {
            Raw.copy(null, from, null, to, length);
            return;
        }
        MemorySegment.copy(Ffm.ALL, from, Ffm.ALL, to, length);
    }

    /** Copies bytes from a Java array into native memory. */
    public static void copyIn(byte[] from, int offset, long to, int length) {
        copyIn(from, (long) offset, to, length);
    }

    /**
     * Copies {@code length} bytes from index {@code offset} of {@code from}, or from native
     * address {@code offset} when {@code from} is null, into native memory.
     */
    public static void copyIn(byte[] from, long offset, long to, long length) {
        if (length == 0) return;
        if (CHECKED) {
            if (from == null) MemoryChecker.check(offset, length);
            MemoryChecker.check(to, length);
        }
        if (RAW) {
            if (from != null) java.util.Objects.checkFromIndexSize(offset, length, from.length);
            Raw.copy(from, offset, null, to, length);
            return;
        }
        MemorySegment.copy(from == null ? Ffm.ALL : MemorySegment.ofArray(from), offset, Ffm.ALL, to, length);
    }

    /** Copies native bytes into a Java array. */
    public static void copyOut(long from, byte[] to, int offset, int length) {
        if (length == 0) return;
        if (CHECKED) MemoryChecker.check(from, length);
        if (RAW) {
            java.util.Objects.checkFromIndexSize(offset, length, to.length);
            Raw.copy(null, from, to, offset, length);
            return;
        }
        MemorySegment.copy(Ffm.ALL, Ffm.BYTE, from, to, offset, length);
    }

    /** True when the native bytes at {@code address} equal {@code bytes[offset, offset+length)}. */
    public static boolean equalsBytes(long address, byte[] bytes, int offset, int length) {
        return equalsBytes(address, bytes, (long) offset, length);
    }

    /**
     * True when the {@code length} native bytes at {@code address} equal those at index
     * {@code offset} of {@code source}, or at native address {@code offset} when it is null.
     */
    public static boolean equalsBytes(long address, byte[] source, long offset, long length) {
        if (length == 0) return true;
        if (CHECKED) {
            MemoryChecker.check(address, length);
            if (source == null) MemoryChecker.check(offset, length);
        }
        if (RAW) {
            if (source != null) java.util.Objects.checkFromIndexSize(offset, length, source.length);
            long i = 0;
            for (; i + 8 <= length; i += 8) {
                if (Raw.getLong(null, address + i) != Raw.getLong(source, offset + i)) return false;
            }
            for (; i < length; i++) {
                if (Raw.getByte(null, address + i) != Raw.getByte(source, offset + i)) return false;
            }
            return true;
        }
        MemorySegment s = source == null ? Ffm.ALL : MemorySegment.ofArray(source);
        return MemorySegment.mismatch(Ffm.ALL, address, address + length, s, offset, offset + length) < 0;
    }

    /**
     * Compares {@code length} bytes at two native addresses as unsigned bytes: negative, zero or
     * positive like {@link java.util.Comparator}.
     */
    public static int compareBytes(long a, long b, long length) {
        if (length == 0) return 0;
        if (CHECKED) {
            MemoryChecker.check(a, length);
            MemoryChecker.check(b, length);
        }
        long i;
        if (RAW) {
            i = 0;
            while (i + 8 <= length && Raw.getLong(a + i) == Raw.getLong(b + i)) i += 8;
            while (i < length && Raw.getByte(a + i) == Raw.getByte(b + i)) i++;
            if (i == length) return 0;
        } else {
            i = MemorySegment.mismatch(Ffm.ALL, a, a + length, Ffm.ALL, b, b + length);
            if (i < 0) return 0;
        }
        return Integer.compare(getByte(a + i) & 0xFF, getByte(b + i) & 0xFF);
    }

    /** A view of native memory for bulk work (hashing, I/O); not for keeping. */
    public static MemorySegment view(long address, long length) {
        if (CHECKED && length > 0) MemoryChecker.check(address, length);
        return Ffm.ALL.asSlice(address, length);
    }
}
