package org.panlua.core.lib.format;

import java.math.BigInteger;

/**
 * The one exact operation behind every decimal float conversion: {@code round(x * 10^k)} for a
 * finite {@code x >= 0}, rounded half to even on the exact binary value, which is what glibc's
 * printf does. A double is {@code m * 2^e} with {@code m < 2^53}; when {@code 0 <= k <= 27}
 * the product {@code m * 5^k} fits in 128 bits and the rest is a shift, and when {@code k < 0}
 * and {@code x < 2^63} it is a division of a long; everything else (huge or tiny numbers,
 * very long results) goes through {@link BigInteger}, exact too but slower.
 */
final class ScaledDecimal {
    private ScaledDecimal() {}

    /** Powers of five that fit in a signed long (5^27 < 2^63). */
    private static final long[] POW5 = new long[28];
    /** Powers of ten that fit in a signed long. */
    static final long[] POW10 = new long[19];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) POW5[i] = POW5[i - 1] * 5;
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    /**
     * {@code round(x * 10^k)} when it can be computed without big numbers and is below 2^63;
     * -1 otherwise (the caller then uses {@link #roundBig}).
     */
    static long round(double x, int k) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xF_FFFF_FFFF_FFFFL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        if (m == 0) return 0;
        if (k >= 0) {
            if (k >= POW5.length) return -1;
            long p5 = POW5[k];
            long lo = m * p5;
            long hi = Math.multiplyHigh(m, p5); // both factors positive: the product < 2^116
            int s = e + k; // x * 10^k = (hi:lo) * 2^s
            if (s >= 0) {
                if (hi != 0 || lo < 0 || s >= 63 || (lo >>> (63 - s)) != 0) return -1;
                return lo << s;
            }
            return shiftRightHalfEven(hi, lo, -s);
        }
        int j = -k;
        if (j >= POW10.length) return -1;
        long p = POW10[j];
        long whole;
        boolean fraction;
        if (e >= 0) {
            if (e > 10) return -1; // m << e would not fit in 63 bits
            whole = m << e;
            fraction = false;
        } else if (e > -64) {
            whole = m >>> -e;
            fraction = (m & ((1L << -e) - 1)) != 0;
        } else {
            whole = 0;
            fraction = true;
        }
        long q = whole / p;
        long r = whole - q * p;
        long half = p >>> 1; // p is even: j >= 1
        if (r > half || (r == half && (fraction || (q & 1) != 0))) q++;
        return q;
    }

    /** {@code round((hi * 2^64 + lo) / 2^s)} half to even, for {@code s > 0}; -1 if >= 2^63. */
    private static long shiftRightHalfEven(long hi, long lo, int s) {
        long q;
        boolean roundBit;
        boolean sticky;
        if (s < 64) {
            if ((hi >>> s) != 0) return -1;
            q = (lo >>> s) | (hi << (64 - s));
            roundBit = ((lo >>> (s - 1)) & 1) != 0;
            sticky = s > 1 && (lo & ((1L << (s - 1)) - 1)) != 0;
        } else if (s == 64) {
            q = hi;
            roundBit = lo < 0;
            sticky = (lo << 1) != 0;
        } else if (s < 128) {
            int t = s - 64;
            q = hi >>> t;
            roundBit = ((hi >>> (t - 1)) & 1) != 0;
            sticky = lo != 0 || (t > 1 && (hi & ((1L << (t - 1)) - 1)) != 0);
        } else {
            return 0; // the value is below 2^116, far under one half of 2^s
        }
        if (q < 0) return -1;
        if (roundBit && (sticky || (q & 1) != 0)) q++;
        return q < 0 ? -1 : q;
    }

    /** {@code round(x * 10^k)} as decimal digits, by exact big-integer arithmetic. */
    static byte[] roundBig(double x, int k) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xF_FFFF_FFFF_FFFFL;
        int e = biased == 0 ? -1074 : biased - 1075;
        if (biased != 0) m |= 1L << 52;
        BigInteger result;
        if (k >= 0) { // m * 5^k * 2^(e + k)
            BigInteger v = BigInteger.valueOf(m).multiply(FIVE.pow(k));
            int s = e + k;
            result = s >= 0 ? v.shiftLeft(s) : shiftRightHalfEven(v, -s);
        } else { // m * 2^e / (5^j * 2^j)
            int j = -k;
            BigInteger v = BigInteger.valueOf(m);
            BigInteger d = FIVE.pow(j);
            int s = e - j;
            if (s >= 0) v = v.shiftLeft(s);
            else d = d.shiftLeft(-s);
            BigInteger[] qr = v.divideAndRemainder(d);
            int c = qr[1].shiftLeft(1).compareTo(d);
            result = c > 0 || (c == 0 && qr[0].testBit(0)) ? qr[0].add(BigInteger.ONE) : qr[0];
        }
        String s = result.toString();
        byte[] digits = new byte[s.length()];
        for (int i = 0; i < digits.length; i++) digits[i] = (byte) s.charAt(i);
        return digits;
    }

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private static BigInteger shiftRightHalfEven(BigInteger v, int s) {
        BigInteger q = v.shiftRight(s);
        if (!v.testBit(s - 1)) return q;
        boolean sticky = v.getLowestSetBit() < s - 1;
        return sticky || q.testBit(0) ? q.add(BigInteger.ONE) : q;
    }

    /**
     * A lower bound of {@code floor(log10(x))} for a finite {@code x > 0}, at most two below it,
     * taken from the binary exponent without calling {@code log10}. Callers scale by it, look
     * at the digit count they get and step the exponent up; an estimate that is never too high
     * is what makes that check sound (a too-high one could round up into the right count).
     */
    static int estimateExponent(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        int b; // floor(log2(x))
        if (biased != 0) {
            b = biased - 1023;
        } else {
            long m = bits & 0xF_FFFF_FFFF_FFFFL;
            b = 63 - Long.numberOfLeadingZeros(m) - 1074;
        }
        // log10(x) >= b * log10(2): 78913 / 2^18 is just below log10(2), 78914 / 2^18 just above
        return b >= 0 ? (b * 78913) >> 18 : -((-b * 78914 + (1 << 18) - 1) >> 18);
    }
}
