package org.panlua.core.lib.format;

import org.panlua.core.vm.LuaError;

/**
 * {@code string.format} over bytes, with Lua 5.4's rules: which flags each conversion takes,
 * widths and precisions of at most two digits, the messages of its errors, {@code %q}, and
 * {@code %s} that adds a long string whole. The values come through {@link FormatArgs}, which
 * performs the conversions and raises the argument errors the runtime's way.
 *
 * <p>Conversions: {@code d i u c o x X} on integers, {@code a A e E f g G} on floats,
 * {@code s} (through {@code tostring}), {@code q}, {@code p} and {@code %%}. Anything else,
 * {@code F} and C's length modifiers included, is "invalid conversion".
 */
public final class StringFormat {
    private StringFormat() {}

    /** Longest specification Lua accepts, as {@code MAX_FORMAT} in the reference. */
    private static final int MAX_FORMAT = 32;

    /** {@code %s} with a width but no precision adds strings this long or longer unformatted. */
    private static final int LONG_STRING = 100;

    /**
     * Formats {@code fmt} (argument 1) with the values {@code args} numbers from 2.
     *
     * @throws LuaError for a malformed format, or whatever {@code args} raises for a bad value
     */
    public static byte[] format(byte[] fmt, FormatArgs args) {
        FormatBuffer out = new FormatBuffer(fmt.length + 16);
        format(fmt, args, out);
        return out.toByteArray();
    }

    /**
     * Like {@link #format(byte[], FormatArgs)}, appending to {@code out}: the caller interns the
     * result from the buffer's array without another copy.
     */
    public static void format(byte[] fmt, FormatArgs args, FormatBuffer out) {
        int top = args.top();
        int arg = 1;
        int n = fmt.length;
        int i = 0;
        while (i < n) {
            if (fmt[i] != '%') { // copy the run of plain bytes in one go
                int j = i + 1;
                while (j < n && fmt[j] != '%') j++;
                out.append(fmt, i, j - i);
                i = j;
                continue;
            }
            i++;
            if (i < n && fmt[i] == '%') {
                out.append('%');
                i++;
                continue;
            }
            if (++arg > top) throw args.argError(arg, "no value");
            int from = i;
            while (i < n && isSpecByte(fmt[i])) i++;
            if (i - from + 1 >= MAX_FORMAT - 10) throw new LuaError("invalid format (too long)");
            int conv = i < n ? fmt[i] : 0; // past the end reads the terminating NUL, as in C
            item(out, fmt, from, i, conv, args, arg);
            i++;
        }
    }

    /** One conversion: the specification is {@code fmt[from, at)}, the letter {@code conv}. */
    private static void item(FormatBuffer out, byte[] fmt, int from, int at, int conv, FormatArgs args, int arg) {
        boolean plain = from == at;
        switch (conv) {
            case 'd', 'i' -> {
                long v = args.integer(arg);
                if (plain) {
                    if (v < 0) out.append('-');
                    out.appendUnsignedDecimal(v < 0 ? -v : v);
                } else {
                    IntegerFormat.signed(out, FormatSpec.parse(fmt, from, at, FormatSpec.INT_FLAGS, true), v);
                }
            }
            case 's' -> {
                byte[] s = args.tostring(arg);
                if (plain) {
                    out.append(s);
                    return;
                }
                for (byte b : s) {
                    if (b == 0) throw args.argError(arg, "string contains zeros");
                }
                FormatSpec spec = FormatSpec.parse(fmt, from, at, FormatSpec.CHAR_FLAGS, true);
                if (spec.precision() < 0 && s.length >= LONG_STRING) {
                    out.append(s);
                } else {
                    IntegerFormat.string(out, spec, s);
                }
            }
            case 'f', 'e', 'E', 'g', 'G' -> {
                double x = args.number(arg);
                FormatSpec spec = FormatSpec.parse(fmt, from, at, FormatSpec.FLOAT_FLAGS, true);
                FloatFormat.format(out, spec, x, conv);
            }
            case 'u', 'o', 'x', 'X' -> {
                long v = args.integer(arg);
                String flags = conv == 'u' ? FormatSpec.UNSIGNED_FLAGS : FormatSpec.HEX_FLAGS;
                IntegerFormat.unsigned(out, FormatSpec.parse(fmt, from, at, flags, true), v, conv);
            }
            case 'c' -> {
                FormatSpec spec = FormatSpec.parse(fmt, from, at, FormatSpec.CHAR_FLAGS, false);
                IntegerFormat.character(out, spec, args.integer(arg));
            }
            case 'a', 'A' -> {
                FormatSpec spec = FormatSpec.parse(fmt, from, at, FormatSpec.FLOAT_FLAGS, true);
                HexFloat.format(out, spec, args.number(arg), conv == 'A');
            }
            case 'q' -> {
                if (!plain) throw new LuaError("specifier '%q' cannot have modifiers");
                QuotedLiteral.append(out, args, arg);
            }
            case 'p' -> {
                long address = args.pointer(arg);
                FormatSpec spec = FormatSpec.parse(fmt, from, at, FormatSpec.CHAR_FLAGS, false);
                IntegerFormat.pointer(out, spec, address);
            }
            default -> throw new LuaError("invalid conversion '" + FormatSpec.form(fmt, from, at) + "' to 'format'");
        }
    }

    /** The bytes a specification may hold before its letter: flags, digits and the dot. */
    private static boolean isSpecByte(byte b) {
        return (b >= '0' && b <= '9') || b == '.' || b == '-' || b == '+' || b == '#' || b == ' ';
    }
}
