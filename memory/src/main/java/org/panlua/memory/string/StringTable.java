package org.panlua.memory.string;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.MemoryChecker;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.object.ObjectHeader;
import org.panlua.memory.value.Value;


/**
 * Creates strings and interns the short ones (DESIGN.md section 5).
 *
 * <p>The table is an off-heap array of bucket heads; a bucket is a chain through the strings'
 * own {@link LuaString#CHAIN} field, so interning allocates nothing but the string. The hash
 * is seeded per state. It grows by doubling when it holds as many strings as buckets. It is a
 * weak set: the collector frees unreachable strings through {@link #free}, and a string found
 * dead before its sweep is brought back.
 */
public final class StringTable {
    /** Longest string that is interned (as in the reference implementation). */
    public static final int MAX_SHORT = 40;
    private static final int INITIAL_BUCKETS = 128;

    private final NativeHeap heap;
    private final int seed;
    private long buckets;
    private int capacity;
    private int count;

    public StringTable(NativeHeap heap, int seed) {
        this.heap = heap;
        this.seed = seed;
        this.capacity = INITIAL_BUCKETS;
        this.buckets = newBuckets(capacity);
    }

    public int seed() {
        return seed;
    }

    /** Interned strings now in the table. */
    public int count() {
        return count;
    }

    public long of(String s) {
        return of(LuaStringCodec.encode(s));
    }

    public long of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** The string with these bytes: the interned one when short, a new one when long. */
    public long of(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        return of(bytes, (long) offset, length);
    }

    /** The string with the {@code length} bytes at native {@code address}. */
    public long ofNative(long address, long length) {
        if (Mem.CHECKED && length > 0) MemoryChecker.check(address, length);
        return of(null, address, length);
    }

    /**
     * The string with these bytes: the interned one when short, a new one when long. A null
     * {@code source} makes {@code offset} a native address.
     */
    private long of(byte[] source, long offset, long length) {
        if (length > MAX_SHORT) {
            long s = allocate(length, 0);
            Mem.copyIn(source, offset, s + LuaString.DATA, length);
            return Value.ofObject(Value.STRING, s);
        }
        int h = StringHash.hash(source, offset, length, seed);
        for (long s = bucketHead(h); s != 0; s = Mem.getLong(s + LuaString.CHAIN)) {
            if (Mem.getInt(s + LuaString.HASH) == h && Mem.getLong(s + LuaString.LENGTH) == length
                    && Mem.equalsBytes(s + LuaString.DATA, source, offset, length)) {
                // found dead but not yet swept: it is alive again (the string table is a weak set)
                if (heap.gc.isDead(s)) heap.gc.resurrect(s);
                return Value.ofObject(Value.STRING, s);
            }
        }
        if (count >= capacity) grow(); // before the string exists, so a failure leaves nothing behind
        long s = allocate(length, LuaString.FLAG_SHORT | LuaString.FLAG_HASHED);
        Mem.copyIn(source, offset, s + LuaString.DATA, length);
        link(s, h);
        return Value.ofObject(Value.STRING, s);
    }

    /** The hash of any string word; a long string's is computed on first use and kept. */
    public int hash(long w) {
        long s = Value.address(w);
        if ((ObjectHeader.flags(s) & LuaString.FLAG_HASHED) != 0) return Mem.getInt(s + LuaString.HASH);
        long length = Mem.getLong(s + LuaString.LENGTH);
        int h = StringHash.hashNative(s + LuaString.DATA, length, seed);
        Mem.putInt(s + LuaString.HASH, h);
        ObjectHeader.setFlags(s, ObjectHeader.flags(s) | LuaString.FLAG_HASHED);
        return h;
    }

    /** Frees a string, first taking a short one out of the table. */
    public void free(long w) {
        long s = Value.address(w);
        long length = Mem.getLong(s + LuaString.LENGTH);
        if ((ObjectHeader.flags(s) & LuaString.FLAG_SHORT) != 0) unlink(s);
        heap.free(s, LuaString.blockSize(length));
    }

    /** Frees the bucket array; the strings themselves go with their heap. */
    public void close() {
        if (buckets != 0) heap.free(buckets, (long) capacity * 8);
        buckets = 0;
    }

    private long allocate(long length, int flags) {
        long s = heap.allocateObject(LuaString.blockSize(length));
        ObjectHeader.create(heap, s, Value.STRING);
        ObjectHeader.setFlags(s, flags);
        Mem.putLong(s + LuaString.LENGTH, length);
        Mem.putLong(s + LuaString.CHAIN, 0);
        Mem.putByte(s + LuaString.DATA + length, (byte) 0);
        return s;
    }

    private long bucketHead(int h) {
        return Mem.getLong(buckets + (long) (h & (capacity - 1)) * 8);
    }

    private void link(long s, int h) {
        Mem.putInt(s + LuaString.HASH, h);
        long bucket = buckets + (long) (h & (capacity - 1)) * 8;
        Mem.putLong(s + LuaString.CHAIN, Mem.getLong(bucket));
        Mem.putLong(bucket, s);
        count++;
    }

    private void unlink(long s) {
        int h = Mem.getInt(s + LuaString.HASH);
        long slot = buckets + (long) (h & (capacity - 1)) * 8;
        for (long p = Mem.getLong(slot); p != 0; p = Mem.getLong(p + LuaString.CHAIN)) {
            if (p == s) {
                Mem.putLong(slot, Mem.getLong(s + LuaString.CHAIN));
                count--;
                return;
            }
            slot = p + LuaString.CHAIN;
        }
        throw new IllegalStateException("string 0x" + Long.toHexString(s) + " is not in the string table");
    }

    private void grow() {
        int newCapacity = capacity * 2;
        long newBuckets = newBuckets(newCapacity);
        for (int i = 0; i < capacity; i++) {
            long s = Mem.getLong(buckets + (long) i * 8);
            while (s != 0) {
                long next = Mem.getLong(s + LuaString.CHAIN);
                long bucket = newBuckets + (long) (Mem.getInt(s + LuaString.HASH) & (newCapacity - 1)) * 8;
                Mem.putLong(s + LuaString.CHAIN, Mem.getLong(bucket));
                Mem.putLong(bucket, s);
                s = next;
            }
        }
        heap.free(buckets, (long) capacity * 8);
        buckets = newBuckets;
        capacity = newCapacity;
    }

    private long newBuckets(int n) {
        long b = heap.allocate((long) n * 8);
        Mem.fill(b, (long) n * 8, (byte) 0);
        return b;
    }
}
