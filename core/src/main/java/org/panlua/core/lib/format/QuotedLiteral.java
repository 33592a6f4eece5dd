package org.panlua.core.lib.format;

/**
 * {@code %q}: a value written as Lua source that reads back as the same value. Strings are
 * quoted with {@code \"}, {@code \\} and a backslash-newline escaped and other control bytes
 * as decimal escapes ({@code \9}, or {@code \009} when a digit follows); integers in decimal
 * except {@code math.mininteger}, which has no decimal literal, in hex; floats in hex
 * ({@code %a}) so that no bit is lost, with {@code 1e9999}, {@code -1e9999} and
 * {@code (0/0)} for the values that have no numeral.
 */
final class QuotedLiteral {
    private QuotedLiteral() {}

    static void append(FormatBuffer out, FormatArgs args, int arg) {
        switch (args.kind(arg)) {
            case STRING -> string(out, args.string(arg));
            case INTEGER -> integer(out, args.integer(arg));
            case FLOAT -> number(out, args.number(arg));
            case NIL, BOOLEAN -> out.append(args.tostring(arg));
            default -> throw args.argError(arg, "value has no literal form");
        }
    }

    static void string(FormatBuffer out, byte[] s) {
        out.reserve(s.length + 2);
        out.append('"');
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '"' || c == '\\' || c == '\n') {
                out.append('\\');
                out.append(c);
            } else if (c < 32 || c == 127) { // iscntrl in the C locale
                out.append('\\');
                boolean digitFollows = i + 1 < s.length && s[i + 1] >= '0' && s[i + 1] <= '9';
                if (digitFollows) {
                    out.append('0' + c / 100);
                    out.append('0' + c / 10 % 10);
                    out.append('0' + c % 10);
                } else {
                    out.appendUnsignedDecimal(c);
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    static void integer(FormatBuffer out, long v) {
        if (v == Long.MIN_VALUE) {
            out.appendAscii("0x8000000000000000");
        } else {
            IntegerFormat.signed(out, FormatSpec.PLAIN, v);
        }
    }

    static void number(FormatBuffer out, double x) {
        if (x == Double.POSITIVE_INFINITY) {
            out.appendAscii("1e9999");
        } else if (x == Double.NEGATIVE_INFINITY) {
            out.appendAscii("-1e9999");
        } else if (x != x) {
            out.appendAscii("(0/0)");
        } else {
            HexFloat.format(out, FormatSpec.PLAIN, x, false);
        }
    }
}
