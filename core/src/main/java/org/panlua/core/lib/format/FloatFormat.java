package org.panlua.core.lib.format;

import java.math.BigDecimal;

/**
 * C's decimal float conversions {@code e E f g G} as glibc prints them: the exact binary value
 * rounded half to even at the requested digit, any precision up to 99, any magnitude.
 * Infinities and NaNs print as {@code inf} and {@code nan} (upper case for the upper-case
 * conversions), signed by the sign bit of the double, and never zero-padded.
 */
final class FloatFormat {
    private FloatFormat() {}

    /** Formats {@code x} by {@code conversion} (one of {@code e E f g G}) under {@code spec}. */
    static void format(FormatBuffer out, FormatSpec spec, double x, int conversion) {
        int start = out.length();
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        int sign = spec.signByte(negative);
        if (sign != 0) out.append(sign);
        boolean upper = conversion == 'E' || conversion == 'G';
        if (!Double.isFinite(x)) {
            out.appendAscii(x != x ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            out.justify(start, 0, spec.width(), spec.left(), false);
            return;
        }
        double a = Math.abs(x);
        int prec = spec.precision() < 0 ? 6 : spec.precision();
        DecimalDigits d = new DecimalDigits();
        switch (conversion) {
            case 'f' -> fixed(out, d, a, prec, spec.alt());
            case 'e', 'E' -> exponential(out, d, a, prec, spec.alt(), upper);
            default -> general(out, d, a, prec == 0 ? 1 : prec, spec.alt(), upper);
        }
        out.justify(start, sign != 0 ? 1 : 0, spec.width(), spec.left(), spec.zero());
    }

    /** {@code %.pf} of {@code a >= 0}. */
    static void fixed(FormatBuffer out, DecimalDigits d, double a, int p, boolean alt) {
        d.fixed(a, p);
        byte[] digits = d.digits;
        int n = d.count;
        if (n <= p) { // below one: "0." then the fraction, zero-filled on the left
            out.append('0');
            out.append('.');
            out.appendRepeated('0', p - n);
            out.append(digits, 0, n);
            return;
        }
        out.append(digits, 0, n - p);
        if (p > 0 || alt) out.append('.');
        out.append(digits, n - p, p);
    }

    /** {@code %.pe} of {@code a >= 0}. */
    static void exponential(FormatBuffer out, DecimalDigits d, double a, int p, boolean alt, boolean upper) {
        int exp = d.scientific(a, p);
        writeExponential(out, d.digits, p + 1, exp, alt, upper);
    }

    /**
     * {@code %.Pg} of {@code a >= 0}, {@code P >= 1}: the exponent of the value rounded to
     * {@code P} digits picks fixed or exponential notation; trailing zeros go unless {@code alt}.
     */
    static void general(FormatBuffer out, DecimalDigits d, double a, int P, boolean alt, boolean upper) {
        int exp = d.scientific(a, P - 1);
        byte[] digits = d.digits;
        int n = P;
        if (!alt) {
            while (n > 1 && digits[n - 1] == '0') n--;
        }
        if (alt && exp == P && below(a, P)) {
            // glibc picks the notation before rounding: fixed with no decimals; when rounding
            // then reaches 10^P it switches to exponential but keeps zero fraction digits
            writeExponential(out, digits, 1, exp, true, upper);
        } else if (exp < -4 || exp >= P) {
            writeExponential(out, digits, n, exp, alt, upper);
        } else if (exp >= 0) { // the fixed form with P - 1 - exp decimals
            out.append(digits, 0, Math.min(n, exp + 1));
            out.appendRepeated('0', exp + 1 - n);
            if (n > exp + 1 || alt) out.append('.');
            if (n > exp + 1) out.append(digits, exp + 1, n - exp - 1);
        } else {
            out.append('0');
            out.append('.');
            out.appendRepeated('0', -exp - 1);
            out.append(digits, 0, n);
        }
    }

    /** Exactly whether {@code a < 10^p}, for {@code p >= 0}. */
    private static boolean below(double a, int p) {
        if (p <= 22) return a < POW10[p]; // powers of ten up to 10^22 are exact doubles
        return new BigDecimal(a).compareTo(BigDecimal.ONE.scaleByPowerOfTen(p)) < 0;
    }

    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    /** {@code d[.ddd]e+XX} from {@code n} significant digits. */
    private static void writeExponential(FormatBuffer out, byte[] digits, int n, int exp, boolean alt, boolean upper) {
        out.append(digits[0]);
        if (n > 1 || alt) out.append('.');
        out.append(digits, 1, n - 1);
        out.append(upper ? 'E' : 'e');
        writeExponentDigits(out, exp);
    }

    /** A signed decimal exponent of at least two digits, as C writes after {@code e}. */
    static void writeExponentDigits(FormatBuffer out, int exp) {
        out.append(exp < 0 ? '-' : '+');
        int v = Math.abs(exp);
        if (v < 10) out.append('0');
        out.appendUnsignedDecimal(v);
    }
}
