package org.panlua.memory.string;

import java.io.ByteArrayOutputStream;

/**
 * Conversion between Lua strings (any bytes) and Java strings (UTF-16) such that every byte
 * sequence survives the trip to Java and back.
 *
 * <p>Well-formed UTF-8 becomes the characters it encodes. Each byte that is not part of a
 * well-formed sequence becomes the lone surrogate {@code U+DC00 + byte} (bytes 0x80..0xFF only:
 * ASCII is always well formed), and encoding turns such a lone surrogate back into that byte.
 * Other lone surrogates are encoded as three-byte sequences, so nothing is ever dropped.
 */
public final class LuaStringCodec {
    private LuaStringCodec() {}

    private static final int ESCAPE_BASE = 0xDC00;

    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    public static String decode(byte[] bytes, int offset, int length) {
        StringBuilder out = new StringBuilder(length);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int n = wellFormedLength(bytes, i, end);
            if (n == 0) {
                out.append((char) (ESCAPE_BASE + b));
                i++;
                continue;
            }
            int cp = b & (0xFF >> (n + 1));
            for (int k = 1; k < n; k++) cp = (cp << 6) | (bytes[i + k] & 0x3F);
            out.appendCodePoint(cp);
            i += n;
        }
        return out.toString();
    }

    /**
     * Length of the well-formed UTF-8 sequence at {@code i} (2 to 4), or 0 when there is none:
     * no overlong forms, no surrogates, nothing above U+10FFFF.
     */
    private static int wellFormedLength(byte[] s, int i, int end) {
        int b0 = s[i] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            if (b0 == 0xE0) lo = 0xA0;
            if (b0 == 0xED) hi = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            if (b0 == 0xF0) lo = 0x90;
            if (b0 == 0xF4) hi = 0x8F;
        } else {
            return 0;
        }
        if (i + n > end) return 0;
        int b1 = s[i + 1] & 0xFF;
        if (b1 < lo || b1 > hi) return 0;
        for (int k = 2; k < n; k++) {
            int b = s[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) return 0;
        }
        return n;
    }

    public static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                writeUtf8(out, Character.toCodePoint(c, s.charAt(i + 1)));
                i += 2;
            } else if (c >= ESCAPE_BASE + 0x80 && c <= ESCAPE_BASE + 0xFF) {
                out.write(c - ESCAPE_BASE);
                i++;
            } else {
                writeUtf8(out, c);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | (cp >> 6) & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | (cp >> 12) & 0x3F);
            out.write(0x80 | (cp >> 6) & 0x3F);
        }
        out.write(0x80 | cp & 0x3F);
    }
}
