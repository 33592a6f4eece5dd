package org.panlua.core.lex;

import java.util.Arrays;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.memory.string.LuaStringCodec;

/** The bytes of the token being read (the reference's lexer buffer). */
final class TextBuffer {
    private byte[] bytes = new byte[64];
    private int length;

    void reset() {
        length = 0;
    }

    int length() {
        return length;
    }

    void append(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(bytes.length * 2L, Integer.MAX_VALUE - 8));
        }
        bytes[length++] = (byte) b;
    }

    /** Drops everything from {@code newLength} on. */
    void truncate(int newLength) {
        length = newLength;
    }

    LuaBytes slice(int from, int to) {
        return LuaBytes.of(bytes, from, to - from);
    }

    /** The contents of a name (ASCII letters, digits and underscores only) as a Java string. */
    String nameText() {
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The contents as a Java string ({@link LuaStringCodec}, so no byte is lost). */
    String toText() {
        return LuaStringCodec.decode(bytes, 0, length);
    }
}
