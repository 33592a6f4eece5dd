package org.panlua.core.lib.pack;

import org.panlua.core.vm.LuaError;

/**
 * Reads a pack format one option at a time, keeping the settings ({@code < > = !}) in force.
 * The format ends at its first zero byte, as the reference reads it as a C string.
 */
final class FormatReader {
    /** Largest integer size in bytes. */
    static final int MAX_INT_SIZE = 16;
    /** Native alignment ({@code !} without a number): that of a double or a pointer. */
    static final int NATIVE_ALIGN = 8;
    /** Sizes of the native types on the target platform. */
    private static final int SHORT = 2, INT = 4, LONG = 8, LUA_INTEGER = 8, SIZE_T = 8;
    private static final int FLOAT = 4, DOUBLE = 8, LUA_NUMBER = 8;
    /** A numeral stops growing past this (the reference keeps sizes below INT_MAX). */
    private static final int NUMERAL_LIMIT = (Integer.MAX_VALUE - 9) / 10;

    private final byte[] format;
    private final String function;
    private int next;
    private boolean littleEndian = true;
    private int maxAlign = 1;
    /** The size of the option {@link #readOption} read last. */
    private int lastSize;

    /** A reader over {@code format} for the Lua function {@code function} (for messages). */
    FormatReader(byte[] format, String function) {
        this.format = format;
        this.function = function;
    }

    /** True while options remain. */
    boolean hasMore() {
        return peek() != 0;
    }

    /**
     * Reads the next option, computing the padding that aligns it when it starts
     * {@code offset} bytes into the data.
     */
    Option next(long offset) {
        Kind kind = readOption();
        int size = lastSize;
        int align = size;
        if (kind == Kind.ALIGN) {
            // 'X' takes its alignment from the option after it, which it consumes.
            if (!hasMore() || readOption() == Kind.CHAR || lastSize == 0) {
                throw new PackArgumentError(1, function, "invalid next option for option 'X'");
            }
            align = lastSize;
        }
        int padding = 0;
        if (align > 1 && kind != Kind.CHAR) {
            align = Math.min(align, maxAlign);
            if ((align & (align - 1)) != 0) {
                throw new PackArgumentError(1, function, "format asks for alignment not power of 2");
            }
            padding = (int) ((align - (offset & (align - 1))) & (align - 1));
        }
        return new Option(kind, size, padding, littleEndian);
    }

    /** Reads one option letter and its numeral; sets {@link #lastSize}; applies settings. */
    private Kind readOption() {
        int c = peek();
        next++;
        lastSize = 0;
        switch (c) {
            case 'b': lastSize = 1; return Kind.INT;
            case 'B': lastSize = 1; return Kind.UINT;
            case 'h': lastSize = SHORT; return Kind.INT;
            case 'H': lastSize = SHORT; return Kind.UINT;
            case 'l': lastSize = LONG; return Kind.INT;
            case 'L': lastSize = LONG; return Kind.UINT;
            case 'j': lastSize = LUA_INTEGER; return Kind.INT;
            case 'J': lastSize = LUA_INTEGER; return Kind.UINT;
            case 'T': lastSize = SIZE_T; return Kind.UINT;
            case 'f': lastSize = FLOAT; return Kind.FLOAT;
            case 'n': lastSize = LUA_NUMBER; return Kind.NUMBER;
            case 'd': lastSize = DOUBLE; return Kind.DOUBLE;
            case 'i': lastSize = sizeInLimits(INT); return Kind.INT;
            case 'I': lastSize = sizeInLimits(INT); return Kind.UINT;
            case 's': lastSize = sizeInLimits(SIZE_T); return Kind.STRING;
            case 'c':
                lastSize = numeral(-1);
                if (lastSize == -1) {
                    throw new LuaError("missing size for format option 'c'");
                }
                return Kind.CHAR;
            case 'z': return Kind.ZSTRING;
            case 'x': lastSize = 1; return Kind.PADDING;
            case 'X': return Kind.ALIGN;
            case ' ': return Kind.NOP;
            case '<': littleEndian = true; return Kind.NOP;
            case '>': littleEndian = false; return Kind.NOP;
            case '=': littleEndian = true; return Kind.NOP; // native order
            case '!': maxAlign = sizeInLimits(NATIVE_ALIGN); return Kind.NOP;
            default:
                // The message carries the raw byte, one Latin-1 char per byte.
                throw new LuaError("invalid format option '" + (char) c + "'");
        }
    }

    /** The numeral at the cursor, or {@code absent} when there is none. */
    private int numeral(int absent) {
        if (!isDigit(peek())) {
            return absent;
        }
        int value = 0;
        do {
            value = value * 10 + (format[next++] - '0');
        } while (isDigit(peek()) && value <= NUMERAL_LIMIT);
        return value;
    }

    /** A size numeral (default {@code absent}) checked against [1, 16]. */
    private int sizeInLimits(int absent) {
        int size = numeral(absent);
        if (size > MAX_INT_SIZE || size <= 0) {
            throw new LuaError("integral size (" + size + ") out of limits [1," + MAX_INT_SIZE + "]");
        }
        return size;
    }

    /** The byte at the cursor, 0 at the end. */
    private int peek() {
        return next < format.length ? format[next] & 0xFF : 0;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
