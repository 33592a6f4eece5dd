package org.panlua.core.lib.format;

import java.nio.charset.StandardCharsets;
import org.panlua.core.vm.LuaError;

/**
 * Arguments for {@link StringFormat} in tests, standing in for the runtime: Java {@link Long}
 * is a Lua integer, {@link Double} a float, {@link String} a Lua string (one byte per char),
 * {@link Boolean} a boolean, {@code null} nil, anything else a table. Conversions and error
 * messages follow {@code lauxlib} for these few types.
 */
final class TestArgs implements FormatArgs {
    /** A value with no literal form and no number or string conversion. */
    static final Object TABLE = new Object();

    private final Object[] values;

    TestArgs(Object... values) {
        this.values = values;
    }

    private Object value(int arg) {
        return values[arg - 2];
    }

    @Override
    public int top() {
        return values.length + 1;
    }

    @Override
    public Kind kind(int arg) {
        Object v = value(arg);
        if (v == null) return Kind.NIL;
        if (v instanceof Boolean) return Kind.BOOLEAN;
        if (v instanceof Long) return Kind.INTEGER;
        if (v instanceof Double) return Kind.FLOAT;
        if (v instanceof String) return Kind.STRING;
        return Kind.OTHER;
    }

    @Override
    public long integer(int arg) {
        Object v = value(arg);
        if (v instanceof String s) {
            try {
                v = s.contains(".") || s.contains("e") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw typeError(arg, "number", "string");
            }
        }
        if (v instanceof Long l) return l;
        if (v instanceof Double d) {
            if (d >= -0x1p63 && d < 0x1p63 && d == Math.rint(d)) return d.longValue();
            throw argError(arg, "number has no integer representation");
        }
        throw typeError(arg, "number", typeName(v));
    }

    @Override
    public double number(int arg) {
        Object v = value(arg);
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return d;
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw typeError(arg, "number", "string");
            }
        }
        throw typeError(arg, "number", typeName(v));
    }

    @Override
    public byte[] tostring(int arg) {
        Object v = value(arg);
        String s;
        if (v == null) s = "nil";
        else if (v instanceof Double d) return LuaNumberText.ofFloat(d);
        else if (v == TABLE) s = "table: 0x55550000";
        else s = v.toString();
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public byte[] string(int arg) {
        return ((String) value(arg)).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public long pointer(int arg) {
        Object v = value(arg);
        return v == TABLE ? 0x55550000L : v instanceof String ? 0x5555AAA0L : 0;
    }

    private LuaError typeError(int arg, String expected, String got) {
        return argError(arg, expected + " expected, got " + got);
    }

    private static String typeName(Object v) {
        if (v == null) return "nil";
        if (v instanceof Boolean) return "boolean";
        return "table";
    }

    /** Formats with {@code args} and returns the text, one char per byte. */
    static String format(String fmt, Object... args) {
        byte[] out = StringFormat.format(fmt.getBytes(StandardCharsets.ISO_8859_1), new TestArgs(args));
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** The message of the error formatting raises. */
    static String error(String fmt, Object... args) {
        try {
            return "no error: " + format(fmt, args);
        } catch (LuaError e) {
            return e.getMessage();
        }
    }
}
