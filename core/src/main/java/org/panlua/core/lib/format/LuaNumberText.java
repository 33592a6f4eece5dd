package org.panlua.core.lib.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a number as {@code tostring} and string coercion give it. Integers in decimal;
 * floats as C's {@code %.14g}, with {@code .0} appended when that looks like an integer
 * ({@code 3.0}, {@code -0.0}, {@code 1e+15} stays as is), {@code inf}/{@code -inf}, and
 * {@code nan}/{@code -nan} by the sign bit of the NaN as glibc prints it.
 *
 * <p>NaN sign: on x86-64 the reference computes {@code 0/0} as a NaN with the sign bit set, so
 * it prints {@code -nan} and {@code -(0/0)} prints {@code nan}. These methods print whatever
 * sign bit they are given ({@link Double#doubleToRawLongBits}); a runtime that canonicalises
 * NaNs decides by what it passes.
 *
 * <p>The common path is allocation-free exact arithmetic on longs (see {@link ScaledDecimal});
 * only numbers below 1e-14 or above 2^63 take the slower big-number path.
 */
public final class LuaNumberText {
    private LuaNumberText() {}

    /** The most bytes {@link #writeFloat} writes ({@code -1.2345678901234e-308}). */
    public static final int MAX_FLOAT_LENGTH = 24;
    /** The most bytes {@link #writeInteger} writes ({@code -9223372036854775808}). */
    public static final int MAX_INTEGER_LENGTH = 20;

    private static final int DIGITS = 14;
    private static final long TEN_13 = 10_000_000_000_000L;
    private static final long TEN_14 = 100_000_000_000_000L;

    /** The text of float {@code d}. */
    public static byte[] ofFloat(double d) {
        byte[] buf = new byte[MAX_FLOAT_LENGTH];
        return Arrays.copyOf(buf, writeFloat(d, buf, 0));
    }

    /** {@link #ofFloat} as a Java string. */
    public static String floatToString(double d) {
        byte[] buf = new byte[MAX_FLOAT_LENGTH];
        return new String(buf, 0, writeFloat(d, buf, 0), StandardCharsets.ISO_8859_1);
    }

    /** The text of integer {@code v}. */
    public static byte[] ofInteger(long v) {
        byte[] buf = new byte[MAX_INTEGER_LENGTH];
        return Arrays.copyOf(buf, writeInteger(v, buf, 0));
    }

    /** {@link #ofInteger} as a Java string. */
    public static String integerToString(long v) {
        return Long.toString(v);
    }

    /**
     * Writes the text of integer {@code v} into {@code dst} at {@code at} (room for
     * {@link #MAX_INTEGER_LENGTH} bytes needed) and returns the index after it.
     */
    public static int writeInteger(long v, byte[] dst, int at) {
        if (v < 0) dst[at++] = '-';
        long u = v < 0 ? -v : v; // Long.MIN_VALUE stays itself, read as unsigned
        int n = FormatBuffer.unsignedDecimalLength(u);
        int i = at + n - 1;
        if (u < 0) { // Long.MIN_VALUE: one unsigned step, then signed division
            long q = Long.divideUnsigned(u, 10);
            dst[i--] = (byte) ('0' + (u - q * 10));
            u = q;
        }
        for (; i >= at; i--) {
            long q = u / 10;
            dst[i] = (byte) ('0' + (u - q * 10));
            u = q;
        }
        return at + n;
    }

    /**
     * Writes the text of float {@code d} into {@code dst} at {@code at} (room for
     * {@link #MAX_FLOAT_LENGTH} bytes needed) and returns the index after it.
     */
    public static int writeFloat(double d, byte[] dst, int at) {
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        if (negative) dst[at++] = '-';
        if (d != d) return ascii("nan", dst, at);
        if (Double.isInfinite(d)) return ascii("inf", dst, at);
        double a = Math.abs(d);
        if (a == 0) return ascii("0.0", dst, at);
        // 14 significant digits: digits in [10^13, 10^14), value = digits * 10^(exp - 13)
        int exp = ScaledDecimal.estimateExponent(a); // never above the true exponent
        long digits;
        while (true) {
            digits = ScaledDecimal.round(a, DIGITS - 1 - exp);
            if (digits < 0) { // beyond the long range: 14 digits by big-number arithmetic
                DecimalDigits big = new DecimalDigits();
                exp = big.scientific(a, DIGITS - 1);
                digits = 0;
                for (int i = 0; i < DIGITS; i++) digits = digits * 10 + (big.digits[i] - '0');
                break;
            }
            if (digits < TEN_14) break;
            if (digits == TEN_14) { // rounding carried into a fifteenth digit
                digits = TEN_13;
                exp++;
                break;
            }
            exp++;
        }
        int n = DIGITS;
        while (digits % 10 == 0) { // %g drops trailing zeros
            digits /= 10;
            n--;
        }
        if (exp < -4 || exp >= DIGITS) return exponential(digits, n, exp, dst, at);
        if (exp < 0) {
            dst[at++] = '0';
            dst[at++] = '.';
            for (int i = 0; i < -exp - 1; i++) dst[at++] = '0';
            return writeDigits(digits, n, dst, at);
        }
        if (n <= exp + 1) { // an integer value: its digits, zeros, then Lua's ".0"
            at = writeDigits(digits, n, dst, at);
            for (int i = n; i < exp + 1; i++) dst[at++] = '0';
            dst[at++] = '.';
            dst[at++] = '0';
            return at;
        }
        int end = writeDigits(digits, n, dst, at + 1); // leave room for the point
        System.arraycopy(dst, at + 1, dst, at, exp + 1);
        dst[at + exp + 1] = '.';
        return end;
    }

    private static int exponential(long digits, int n, int exp, byte[] dst, int at) {
        int end = writeDigits(digits, n, dst, at + 1);
        dst[at] = dst[at + 1];
        if (n > 1) {
            dst[at + 1] = '.';
        } else {
            end = at + 1;
        }
        dst[end++] = 'e';
        dst[end++] = (byte) (exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e >= 100) dst[end++] = (byte) ('0' + e / 100);
        dst[end++] = (byte) ('0' + e / 10 % 10);
        dst[end++] = (byte) ('0' + e % 10);
        return end;
    }

    /** Writes the {@code n} decimal digits of {@code v} (no leading zeros) and returns the end. */
    private static int writeDigits(long v, int n, byte[] dst, int at) {
        for (int i = at + n - 1; i >= at; i--) {
            long q = v / 10;
            dst[i] = (byte) ('0' + (v - q * 10));
            v = q;
        }
        return at + n;
    }

    private static int ascii(String s, byte[] dst, int at) {
        for (int i = 0; i < s.length(); i++) dst[at++] = (byte) s.charAt(i);
        return at;
    }
}
