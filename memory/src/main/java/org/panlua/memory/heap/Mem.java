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

    /** Every address of the process. Only this class and {@link NativeHeap} use it directly. */
    static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

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

        static void fill(long a, long length, byte v) {
            U.setMemory(a, length, v);
        }

        static void copyIn(byte[] from, int offset, long to, int length) {
            U.copyMemory(from, jdk.internal.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET + offset, null, to, length);
        }

        static void copy(long from, long to, long length) {
            U.copyMemory(from, to, length); // overlapping ranges are copied as by memmove
        }
    }

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    public static long getLong(long address) {
        if (CHECKED) MemoryChecker.check(address, 8);
        if (RAW) return Raw.getLong(address);
        return ALL.get(LONG, address);
    }

    public static void putLong(long address, long value) {
        if (CHECKED) MemoryChecker.check(address, 8);
        if (RAW) {
            Raw.putLong(address, value);
            return;
        }
        ALL.set(LONG, address, value);
    }

    public static int getInt(long address) {
        if (CHECKED) MemoryChecker.check(address, 4);
        if (RAW) return Raw.getInt(address);
        return ALL.get(INT, address);
    }

    public static void putInt(long address, int value) {
        if (CHECKED) MemoryChecker.check(address, 4);
        if (RAW) {
            Raw.putInt(address, value);
            return;
        }
        ALL.set(INT, address, value);
    }

    public static byte getByte(long address) {
        if (CHECKED) MemoryChecker.check(address, 1);
        if (RAW) return Raw.getByte(address);
        return ALL.get(BYTE, address);
    }

    public static void putByte(long address, byte value) {
        if (CHECKED) MemoryChecker.check(address, 1);
        if (RAW) {
            Raw.putByte(address, value);
            return;
        }
        ALL.set(BYTE, address, value);
    }

    /** Sets {@code length} bytes at {@code address} to {@code value}. */
    /** A load the memory checker does not see: the heap's own free-list links, in freed blocks. */
    static long getLongUnchecked(long address) {
        return RAW ? Raw.getLong(address) : ALL.get(LONG, address);
    }

    /** A store the memory checker does not see (see {@link #getLongUnchecked}). */
    static void putLongUnchecked(long address, long value) {
        if (RAW) Raw.putLong(address, value);
        else ALL.set(LONG, address, value);
    }

    public static void fill(long address, long length, byte value) {
        if (length == 0) return;
        if (CHECKED) MemoryChecker.check(address, length);
        if (length <= 64 && (length & 7) == 0) { // a small array or node part: a few stores
            long word = (value & 0xFFL) * 0x0101010101010101L;
            for (long i = 0; i < length; i += 8) putLong(address + i, word);
        } else if (RAW) {
            Raw.fill(address, length, value); // no segment object per call
        } else {
            ALL.asSlice(address, length).fill(value);
        }
    }

    /** Copies {@code length} bytes between native addresses (the ranges may overlap). */
    public static void copy(long from, long to, long length) {
        if (length == 0) return;
        if (CHECKED) {
            MemoryChecker.check(from, length);
            MemoryChecker.check(to, length);
        }
        if (RAW) Raw.copy(from, to, length);
        else MemorySegment.copy(ALL, from, ALL, to, length);
    }

    /** Copies bytes from a Java array into native memory. */
    public static void copyIn(byte[] from, int offset, long to, int length) {
        if (length == 0) return;
        if (RAW) { // no heap segment per call
            if (CHECKED) MemoryChecker.check(to, length);
            Raw.copyIn(from, offset, to, length);
        } else {
            copyIn(MemorySegment.ofArray(from), offset, to, length);
        }
    }

    /** Copies bytes from any segment (a Java array's or a native one) into native memory. */
    public static void copyIn(MemorySegment from, long offset, long to, long length) {
        if (length == 0) return;
        if (CHECKED) MemoryChecker.check(to, length);
        MemorySegment.copy(from, offset, ALL, to, length);
    }

    /** Copies native bytes into a Java array. */
    public static void copyOut(long from, byte[] to, int offset, int length) {
        if (length == 0) return;
        if (CHECKED) MemoryChecker.check(from, length);
        MemorySegment.copy(ALL, BYTE, from, to, offset, length);
    }

    /** True when the native bytes at {@code address} equal {@code bytes[offset, offset+length)}. */
    public static boolean equalsBytes(long address, byte[] bytes, int offset, int length) {
        if (length > 64) return equalsBytes(address, MemorySegment.ofArray(bytes), offset, length);
        if (CHECKED && length > 0) MemoryChecker.check(address, length);
        int i = 0; // a short string (an interning probe): a word at a time, no heap segment
        for (; i + 8 <= length; i += 8) {
            if (getLongUnchecked(address + i) != (long) LONGS.get(bytes, offset + i)) return false;
        }
        for (; i < length; i++) {
            if (getByteUnchecked(address + i) != bytes[offset + i]) return false;
        }
        return true;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.nativeOrder());

    private static byte getByteUnchecked(long address) {
        return RAW ? Raw.getByte(address) : ALL.get(BYTE, address);
    }

    /** True when the native bytes at {@code address} equal {@code length} bytes of {@code source}. */
    public static boolean equalsBytes(long address, MemorySegment source, long offset, long length) {
        if (length == 0) return true;
        if (CHECKED) MemoryChecker.check(address, length);
        return MemorySegment.mismatch(ALL, address, address + length, source, offset, offset + length) < 0;
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
        long i = MemorySegment.mismatch(ALL, a, a + length, ALL, b, b + length);
        if (i < 0) return 0;
        return Integer.compare(ALL.get(BYTE, a + i) & 0xFF, ALL.get(BYTE, b + i) & 0xFF);
    }

    /** A view of native memory for bulk work (hashing, I/O); not for keeping. */
    public static MemorySegment view(long address, long length) {
        if (CHECKED && length > 0) MemoryChecker.check(address, length);
        return ALL.asSlice(address, length);
    }
}
