package org.panlua.core.lex;

/**
 * Conversion of text to Lua numbers, with the rules of the reference (used by the lexer for
 * numerals and meant for {@code tonumber} and string coercions at run time):
 * <ul>
 *   <li>surrounding whitespace and one sign ({@code -} or {@code +}) are allowed;</li>
 *   <li>{@code 0x} followed by hex digits only is an integer that wraps around modulo 2^64;</li>
 *   <li>decimal digits only give an integer when the value fits a {@code long}, else a
 *       float;</li>
 *   <li>anything else must be a decimal float ({@code 1.5}, {@code .5}, {@code 5.},
 *       {@code 1e10}) or a hexadecimal float ({@code 0x1.8p3}, {@code 0xA.}); {@code inf} and
 *       {@code nan} are not numbers.</li>
 * </ul>
 */
public final class Numerals {
    private Numerals() {}

    /** The number {@code text} denotes: a {@code Long}, a {@code Double}, or null. */
    public static Number parse(String text) {
        int n = text.length();
        int start = 0;
        while (start < n && isSpace(text.charAt(start))) start++;
        int end = n;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        if (start == end) return null;
        boolean negative = false;
        int p = start;
        char first = text.charAt(p);
        if (first == '-' || first == '+') {
            negative = first == '-';
            p++;
        }
        Long integer = parseInteger(text, p, end, negative);
        if (integer != null) return negative ? -integer : integer;
        Double number = parseFloat(text, p, end);
        if (number != null) return negative ? -number : number;
        return null;
    }

    /** The bytes of a Lua string as a number (see {@link #parse(String)}); null when not one. */
    public static Number parse(byte[] bytes, int offset, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80 || b == 0) return null;
            s.append((char) b);
        }
        return parse(s.toString());
    }

    /** Lua's {@code isspace}: blank, tab, newline, vertical tab, form feed, carriage return. */
    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static int hexValue(int c) {
        return isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    private static boolean isHexPrefix(String s, int p, int end) {
        return end - p >= 2 && s.charAt(p) == '0' && (s.charAt(p + 1) | 0x20) == 'x';
    }

    /**
     * The integer of the digits from {@code p}, or null. A decimal magnitude may reach 2^63 when
     * {@code negative} (the result, negated by the caller, is then {@code Long.MIN_VALUE}).
     */
    private static Long parseInteger(String s, int p, int end, boolean negative) {
        if (isHexPrefix(s, p, end)) {
            p += 2;
            if (p == end) return null;
            long v = 0;
            for (int i = p; i < end; i++) {
                char c = s.charAt(i);
                if (!isHexDigit(c)) return null;
                v = (v << 4) + hexValue(c);
            }
            return v;
        }
        long v = 0;
        long maxLastDigit = negative ? 8 : 7;
        for (int i = p; i < end; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) return null;
            int d = c - '0';
            long maxBy10 = Long.MAX_VALUE / 10;
            if (v > maxBy10 || (v == maxBy10 && d > maxLastDigit)) return null;
            v = v * 10 + d;
        }
        return p == end ? null : v;
    }

    private static Double parseFloat(String s, int p, int end) {
        boolean hex = isHexPrefix(s, p, end);
        int i = hex ? p + 2 : p;
        int digits = 0;
        StringBuilder mantissa = new StringBuilder();
        boolean dot = false;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
                mantissa.append(c);
            } else if (hex ? isHexDigit(c) : isDigit(c)) {
                digits++;
                mantissa.append(c);
            } else {
                break;
            }
        }
        if (digits == 0) return null;
        String exponent = "0";
        if (i < end && (s.charAt(i) | 0x20) == (hex ? 'p' : 'e')) {
            int e = i + 1;
            StringBuilder ex = new StringBuilder();
            if (e < end && (s.charAt(e) == '+' || s.charAt(e) == '-')) ex.append(s.charAt(e++));
            int expStart = e;
            while (e < end && isDigit(s.charAt(e))) e++;
            if (e == expStart) return null;
            exponent = ex.append(clampExponent(s, expStart, e)).toString();
            i = e;
        }
        if (i != end) return null;
        String literal = hex ? "0x" + mantissa + "p" + exponent : mantissa + "e" + exponent;
        try {
            return Double.parseDouble(literal);
        } catch (NumberFormatException impossible) {
            return null;
        }
    }

    /**
     * The exponent digits, saturated at a value far beyond any finite result so that the JDK's
     * parser never sees an exponent that does not fit an {@code int}.
     */
    private static String clampExponent(String s, int from, int to) {
        while (from < to - 1 && s.charAt(from) == '0') from++;
        return to - from > 9 ? "999999999" : s.substring(from, to);
    }
}
