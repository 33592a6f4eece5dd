package org.panlua.core.lib.format;

import org.panlua.core.vm.LuaError;
import org.panlua.memory.string.LuaStringCodec;

/**
 * One conversion specification of {@code string.format}, such as {@code %-+08.3f}: its flags,
 * width and precision, each of width and precision at most two digits as Lua allows.
 *
 * @param left      flag {@code -}: pad on the right
 * @param plus      flag {@code +}: always print a sign
 * @param space     flag {@code ' '}: a space where a plus sign would go
 * @param alt       flag {@code #}: the alternate form
 * @param zero      flag {@code 0}: pad with zeros after the sign and prefix
 * @param width     minimum field width, 0 when absent
 * @param precision the precision, -1 when absent
 */
public record FormatSpec(boolean left, boolean plus, boolean space, boolean alt, boolean zero,
                         int width, int precision) {

    /** The specification with no flags, width or precision. */
    public static final FormatSpec PLAIN = new FormatSpec(false, false, false, false, false, 0, -1);

    /** Flags accepted by {@code a A e E f g G}. */
    static final String FLOAT_FLAGS = "-+#0 ";
    /** Flags accepted by {@code o x X}. */
    static final String HEX_FLAGS = "-#0";
    /** Flags accepted by {@code d i}. */
    static final String INT_FLAGS = "-+0 ";
    /** Flags accepted by {@code u}. */
    static final String UNSIGNED_FLAGS = "-0";
    /** Flags accepted by {@code c p s}. */
    static final String CHAR_FLAGS = "-";

    /**
     * Parses the specification {@code fmt[from, conv)} that precedes the conversion byte at
     * {@code conv}, accepting only {@code flags} and a precision only when {@code precision},
     * in the order flags, width, {@code .precision}. Raises "invalid conversion specification"
     * otherwise. The bytes were already limited to flags, digits and dots by the caller.
     */
    static FormatSpec parse(byte[] fmt, int from, int conv, String flags, boolean precision) {
        if (from == conv) return PLAIN;
        boolean left = false, plus = false, space = false, alt = false, zero = false;
        int i = from;
        for (; i < conv && flags.indexOf(fmt[i]) >= 0; i++) {
            switch (fmt[i]) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                case '#' -> alt = true;
                default -> zero = true;
            }
        }
        int width = 0;
        int prec = -1;
        if (i < conv && fmt[i] != '0') { // a width cannot start with '0'
            int start = i;
            while (i < conv && i - start < 2 && isDigit(fmt[i])) width = width * 10 + fmt[i++] - '0';
            if (i < conv && fmt[i] == '.' && precision) {
                i++;
                prec = 0;
                start = i;
                while (i < conv && i - start < 2 && isDigit(fmt[i])) prec = prec * 10 + fmt[i++] - '0';
            }
        }
        if (i != conv) throw new LuaError("invalid conversion specification: '" + form(fmt, from, conv) + "'");
        return new FormatSpec(left, plus, space, alt, zero, width, prec);
    }

    /**
     * The text of the specification as Lua's messages quote it: {@code %}, its bytes, the
     * conversion byte (decoded by {@link LuaStringCodec}, so a non-ASCII byte survives).
     */
    static String form(byte[] fmt, int from, int conv) {
        int end = conv < fmt.length && fmt[conv] != 0 ? conv + 1 : conv; // a NUL ends the C string
        return "%" + LuaStringCodec.decode(fmt, from, end - from);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** The sign byte a number gets, or 0 for none. */
    int signByte(boolean negative) {
        return negative ? '-' : plus ? '+' : space ? ' ' : 0;
    }
}
