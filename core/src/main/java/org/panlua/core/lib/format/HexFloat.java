package org.panlua.core.lib.format;

/**
 * C's {@code %a} and {@code %A} as glibc prints a double: {@code 0x1.<hex>p<exp>} for normal
 * numbers, {@code 0x0.<hex>p-1022} for subnormals, {@code 0x0p+0} for zero. Without a
 * precision, all 13 fraction digits less their trailing zeros; with one, the fraction rounded
 * half to even, a carry going into the leading digit (which may become 2) and never into the
 * exponent.
 */
final class HexFloat {
    private HexFloat() {}

    private static final int FRACTION_DIGITS = 13;
    private static final long FRACTION_MASK = 0xF_FFFF_FFFF_FFFFL;

    static void format(FormatBuffer out, FormatSpec spec, double x, boolean upper) {
        int start = out.length();
        long bits = Double.doubleToRawLongBits(x);
        int sign = spec.signByte(bits < 0);
        if (sign != 0) out.append(sign);
        if (!Double.isFinite(x)) {
            out.appendAscii(x != x ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            out.justify(start, 0, spec.width(), spec.left(), false);
            return;
        }
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & FRACTION_MASK;
        long lead = biased == 0 ? 0 : 1;
        int exp = biased != 0 ? biased - 1023 : (fraction == 0 ? 0 : -1022);
        int prec = spec.precision();
        int digits;
        if (prec >= 0 && prec < FRACTION_DIGITS) {
            // keep the lead digit and prec fraction digits, rounding the dropped bits half to even
            int drop = 4 * (FRACTION_DIGITS - prec);
            long kept = (lead << (52 - drop)) | (fraction >>> drop);
            long rest = fraction & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rest > half || (rest == half && (kept & 1) != 0)) kept++;
            lead = kept >>> (52 - drop);
            fraction = kept & ((1L << (52 - drop)) - 1);
            digits = prec;
        } else if (prec >= FRACTION_DIGITS) {
            digits = FRACTION_DIGITS;
        } else {
            digits = fraction == 0 ? 0 : FRACTION_DIGITS - Long.numberOfTrailingZeros(fraction) / 4;
            fraction >>>= 4 * (FRACTION_DIGITS - digits);
        }
        out.append('0');
        out.append(upper ? 'X' : 'x');
        out.append(FormatBuffer.hexDigit((int) lead, upper));
        if (digits > 0 || spec.alt()) out.append('.');
        for (int i = digits - 1; i >= 0; i--) {
            out.append(FormatBuffer.hexDigit((int) (fraction >>> (4 * i)) & 0xf, upper));
        }
        if (prec > FRACTION_DIGITS) out.appendRepeated('0', prec - FRACTION_DIGITS);
        out.append(upper ? 'P' : 'p');
        out.append(exp < 0 ? '-' : '+');
        out.appendUnsignedDecimal(Math.abs(exp));
        out.justify(start, (sign != 0 ? 1 : 0) + 2, spec.width(), spec.left(), spec.zero());
    }
}
