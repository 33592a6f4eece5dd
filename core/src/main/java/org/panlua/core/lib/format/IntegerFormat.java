package org.panlua.core.lib.format;

/**
 * C's integer conversions on a 64-bit Lua integer: {@code d i} signed, {@code u o x X} on the
 * unsigned two's-complement view, {@code c} a single byte; also {@code s} and {@code p}, whose
 * layout is the same width-only padding.
 */
final class IntegerFormat {
    private IntegerFormat() {}

    /** {@code %d}, {@code %i}. */
    static void signed(FormatBuffer out, FormatSpec spec, long v) {
        int start = out.length();
        int sign = spec.signByte(v < 0);
        if (sign != 0) out.append(sign);
        long magnitude = v < 0 ? -v : v; // Long.MIN_VALUE stays itself, read as unsigned
        int prec = spec.precision();
        if (prec != 0 || v != 0) { // precision 0 prints nothing for zero
            out.appendRepeated('0', prec - FormatBuffer.unsignedDecimalLength(magnitude));
            out.appendUnsignedDecimal(magnitude);
        }
        out.justify(start, sign != 0 ? 1 : 0, spec.width(), spec.left(), spec.zero() && prec < 0);
    }

    /** {@code %u}, {@code %o}, {@code %x}, {@code %X}: {@code conversion} is the letter. */
    static void unsigned(FormatBuffer out, FormatSpec spec, long v, int conversion) {
        int start = out.length();
        int prec = spec.precision();
        int prefix = 0;
        if (conversion == 'u') {
            if (prec != 0 || v != 0) {
                out.appendRepeated('0', prec - FormatBuffer.unsignedDecimalLength(v));
                out.appendUnsignedDecimal(v);
            }
        } else {
            boolean octal = conversion == 'o';
            int shift = octal ? 3 : 4;
            int digits = v == 0 ? (prec == 0 ? 0 : 1) : (64 - Long.numberOfLeadingZeros(v) + shift - 1) / shift;
            int zeros = Math.max(0, prec - digits);
            if (spec.alt()) {
                if (octal) {
                    // '#' raises the precision so that the first digit printed is a zero
                    if (zeros == 0 && (v != 0 || digits == 0)) zeros = 1;
                } else if (v != 0) {
                    out.append('0');
                    out.append(conversion);
                    prefix = 2;
                }
            }
            out.appendRepeated('0', zeros);
            if (digits > 0) out.appendUnsignedPow2(v, shift, conversion == 'X');
        }
        out.justify(start, prefix, spec.width(), spec.left(), spec.zero() && prec < 0);
    }

    /** {@code %c}: the low byte of {@code v}, as C converts its int argument to unsigned char. */
    static void character(FormatBuffer out, FormatSpec spec, long v) {
        int start = out.length();
        out.append((int) v);
        out.justify(start, 0, spec.width(), spec.left(), false);
    }

    /** {@code %s} with modifiers: at most {@code precision} bytes of {@code s}, padded. */
    static void string(FormatBuffer out, FormatSpec spec, byte[] s) {
        int start = out.length();
        int n = spec.precision() >= 0 ? Math.min(spec.precision(), s.length) : s.length;
        out.append(s, 0, n);
        out.justify(start, 0, spec.width(), spec.left(), false);
    }

    /** {@code %p}: {@code 0x} and the address in hex, or {@code (null)} for no address. */
    static void pointer(FormatBuffer out, FormatSpec spec, long address) {
        int start = out.length();
        if (address == 0) {
            out.appendAscii("(null)");
        } else {
            out.appendAscii("0x");
            out.appendUnsignedPow2(address, 4, false);
        }
        out.justify(start, 0, spec.width(), spec.left(), false);
    }
}
