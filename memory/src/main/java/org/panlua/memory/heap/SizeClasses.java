package org.panlua.memory.heap;

/**
 * The size classes of small blocks: 16-byte steps up to 256 bytes, then four classes per
 * doubling up to {@link #MAX_SMALL}. Rounding wastes at most 20% above 256 bytes and keeps the
 * class count small enough that each class owns only a page or two in a small program.
 */
public final class SizeClasses {
    private SizeClasses() {}

    /** Largest block served from size-class pages; anything bigger is a large block. */
    public static final int MAX_SMALL = 2048;
    /** Every block address and size is a multiple of this. */
    public static final int GRANULE = 16;

    private static final int[] SIZES;
    /** Class index for each size rounded up to a granule, indexed by {@code (size + 15) >> 4}. */
    private static final byte[] CLASS_BY_GRANULES;

    static {
        int[] sizes = new int[64];
        int n = 0;
        for (int s = GRANULE; s <= 256; s += GRANULE) sizes[n++] = s;
        for (int base = 256; base < MAX_SMALL; base *= 2) {
            for (int q = 1; q <= 4; q++) sizes[n++] = base + q * base / 4;
        }
        SIZES = java.util.Arrays.copyOf(sizes, n);
        CLASS_BY_GRANULES = new byte[MAX_SMALL / GRANULE + 1];
        int c = 0;
        for (int g = 0; g < CLASS_BY_GRANULES.length; g++) {
            while (SIZES[c] < g * GRANULE) c++;
            CLASS_BY_GRANULES[g] = (byte) c;
        }
    }

    public static int count() {
        return SIZES.length;
    }

    /** The class serving a block of {@code size} bytes ({@code 1 <= size <= MAX_SMALL}). */
    public static int classOf(long size) {
        return CLASS_BY_GRANULES[(int) ((size + GRANULE - 1) >>> 4)];
    }

    public static int sizeOf(int sizeClass) {
        return SIZES[sizeClass];
    }

    /** What a block of {@code size} bytes really occupies (the accounting unit). */
    public static long roundUp(long size) {
        if (size <= MAX_SMALL) return SIZES[classOf(Math.max(size, 1))];
        return (size + GRANULE - 1) & -GRANULE;
    }
}
