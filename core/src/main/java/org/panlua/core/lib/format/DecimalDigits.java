package org.panlua.core.lib.format;

/**
 * The decimal digits of a correctly rounded float, as ASCII bytes: {@link #fixed} for
 * {@code %f} ({@code round(x * 10^p)}), {@link #scientific} for {@code %e} and {@code %g}
 * ({@code p + 1} significant digits and their exponent). Mutable scratch, one per conversion.
 */
final class DecimalDigits {
    /** The digits, most significant first; only the first {@link #count} are meaningful. */
    byte[] digits = new byte[24];
    int count;

    /** Sets the digits to those of {@code round(x * 10^p)}, {@code x >= 0} finite. */
    void fixed(double x, int p) {
        long v = ScaledDecimal.round(x, p);
        if (v >= 0) {
            setLong(v);
        } else {
            digits = ScaledDecimal.roundBig(x, p);
            count = digits.length;
        }
    }

    /**
     * Sets exactly {@code p + 1} significant digits of {@code x >= 0} (all zeros for zero) and
     * returns the decimal exponent of the rounded value, as {@code %.pe} prints them.
     */
    int scientific(double x, int p) {
        if (x == 0) {
            zeros(p + 1);
            return 0;
        }
        int e = ScaledDecimal.estimateExponent(x); // never above the true exponent
        while (true) {
            fixed(x, p - e);
            if (count == p + 1) return e;
            if (count == p + 2 && isPowerOfTen()) { // rounding carried into a new digit
                count = p + 1;
                return e + 1;
            }
            e++;
        }
    }

    /** True when the digits are {@code 1} followed by zeros only. */
    private boolean isPowerOfTen() {
        if (digits[0] != '1') return false;
        for (int i = 1; i < count; i++) {
            if (digits[i] != '0') return false;
        }
        return true;
    }

    private void zeros(int n) {
        ensure(n);
        for (int i = 0; i < n; i++) digits[i] = '0';
        count = n;
    }

    private void setLong(long v) {
        int n = FormatBuffer.unsignedDecimalLength(v);
        ensure(n);
        for (int i = n - 1; i >= 0; i--) {
            long q = v / 10;
            digits[i] = (byte) ('0' + (v - q * 10));
            v = q;
        }
        count = n;
    }

    private void ensure(int n) {
        if (digits.length < n) digits = new byte[Math.max(n, digits.length * 2)];
    }
}
