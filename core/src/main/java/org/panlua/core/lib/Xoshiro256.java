package org.panlua.core.lib;

/**
 * The pseudo-random generator of Lua 5.4's {@code math.random}: xoshiro256** over four
 * 64-bit words, seeded from two integers the way the reference seeds it, so the same seed
 * gives the same sequence as the reference interpreter.
 */
public final class Xoshiro256 {
    private long s0, s1, s2, s3;

    /** A generator seeded with {@code (n1, n2)}. */
    public Xoshiro256(long n1, long n2) {
        seed(n1, n2);
    }

    /**
     * Restarts the sequence from the seed {@code (n1, n2)}: the state is {@code n1, 0xff,
     * n2, 0} (never all zero), then 16 outputs are thrown away to spread the seed's bits.
     */
    public void seed(long n1, long n2) {
        s0 = n1;
        s1 = 0xff;
        s2 = n2;
        s3 = 0;
        for (int i = 0; i < 16; i++) next();
    }

    /** The next 64 random bits. */
    public long next() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A float in {@code [0, 1)} from the top 53 bits of {@code bits}. */
    public static double toFloat(long bits) {
        return (bits >>> 11) * 0x1p-53;
    }

    /**
     * Projects the random bits {@code bits} into {@code [0, n]} ({@code n} unsigned) without
     * bias: exact masking when {@code n + 1} is a power of two; otherwise masking to the
     * smallest {@code 2^b - 1 >= n} and drawing again while the result is above {@code n}.
     */
    public long project(long bits, long n) {
        if ((n & (n + 1)) == 0) return bits & n;
        long mask = -1L >>> Long.numberOfLeadingZeros(n);
        long r;
        while (Long.compareUnsigned(r = bits & mask, n) > 0) bits = next();
        return r;
    }
}
