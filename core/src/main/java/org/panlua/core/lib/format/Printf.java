package org.panlua.core.lib.format;

/**
 * One C printf conversion on its own, for callers outside {@code string.format} (other library
 * functions, tools): the same engine, without Lua's limits on which flags go with which letter.
 */
public final class Printf {
    private Printf() {}

    /**
     * An integer conversion: {@code d i} signed, {@code u o x X} unsigned two's complement,
     * {@code c} the low byte.
     */
    public static byte[] integer(FormatSpec spec, char conversion, long v) {
        FormatBuffer out = new FormatBuffer(24);
        switch (conversion) {
            case 'd', 'i' -> IntegerFormat.signed(out, spec, v);
            case 'u', 'o', 'x', 'X' -> IntegerFormat.unsigned(out, spec, v, conversion);
            case 'c' -> IntegerFormat.character(out, spec, v);
            default -> throw new IllegalArgumentException("not an integer conversion: " + conversion);
        }
        return out.toByteArray();
    }

    /** A float conversion: {@code e E f g G} decimal, {@code a A} hexadecimal. */
    public static byte[] number(FormatSpec spec, char conversion, double x) {
        FormatBuffer out = new FormatBuffer(32);
        switch (conversion) {
            case 'e', 'E', 'f', 'g', 'G' -> FloatFormat.format(out, spec, x, conversion);
            case 'a', 'A' -> HexFloat.format(out, spec, x, conversion == 'A');
            default -> throw new IllegalArgumentException("not a float conversion: " + conversion);
        }
        return out.toByteArray();
    }

    /** {@code %s}: at most {@code precision} bytes of {@code s}, padded to the width. */
    public static byte[] string(FormatSpec spec, byte[] s) {
        FormatBuffer out = new FormatBuffer(s.length + spec.width());
        IntegerFormat.string(out, spec, s);
        return out.toByteArray();
    }
}
