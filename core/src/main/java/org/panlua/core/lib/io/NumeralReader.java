package org.panlua.core.lib.io;

import java.io.IOException;
import org.panlua.core.lex.Numerals;

/**
 * {@code read("n")}: takes from the file the longest prefix that can start a numeral (optional
 * sign, {@code 0x} prefix, digits, one decimal point, an exponent after at least one digit),
 * at most 200 bytes, leaves the first byte that does not fit unread, and converts what it took
 * with Lua's own rules. Whatever was taken stays consumed when it is not a valid numeral.
 */
final class NumeralReader {
    private static final int MAX = 200;

    private final LuaFile file;
    private final byte[] text = new byte[MAX];
    private int length;
    private boolean overflow;
    /** The byte looked at now (read but not taken); -1 at the end. */
    private int current;

    private NumeralReader(LuaFile file) {
        this.file = file;
    }

    /** The number read, or null when the bytes taken are not a numeral. */
    static Number read(LuaFile file) throws IOException {
        return new NumeralReader(file).numeral();
    }

    private Number numeral() throws IOException {
        do {
            current = file.read();
        } while (current == ' ' || (current >= '\t' && current <= '\r'));
        takeIf('-', '+');
        int digits = 0;
        boolean hex = false;
        if (takeIf('0', '0')) {
            if (takeIf('x', 'X')) hex = true;
            else digits = 1; // the 0 is a digit of its own
        }
        digits += takeDigits(hex);
        if (takeIf('.', '.')) digits += takeDigits(hex);
        if (digits > 0 && (hex ? takeIf('p', 'P') : takeIf('e', 'E'))) {
            takeIf('-', '+');
            takeDigits(false);
        }
        if (current >= 0) file.unread();
        if (overflow) return null;
        return Numerals.parse(text, 0, length);
    }

    /** Takes the current byte into the text and looks at the next; false when the text is full. */
    private boolean take() throws IOException {
        if (length >= MAX) {
            overflow = true;
            return false;
        }
        text[length++] = (byte) current;
        current = file.read();
        return true;
    }

    private boolean takeIf(char a, char b) throws IOException {
        return (current == a || current == b) && take();
    }

    private int takeDigits(boolean hex) throws IOException {
        int n = 0;
        while ((hex ? isHexDigit(current) : current >= '0' && current <= '9') && take()) n++;
        return n;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
