package org.panlua.core.compiler;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.panlua.memory.string.LuaStringCodec;

/**
 * An immutable Lua string on the Java heap: any bytes, compared by content. String literals of
 * the lexer and the AST are made of these, so that records holding them compare by value.
 */
public final class LuaBytes implements Comparable<LuaBytes> {
    /** The empty string. */
    public static final LuaBytes EMPTY = new LuaBytes(new byte[0]);

    private final byte[] bytes;
    private int hash;

    private LuaBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A string with a copy of {@code bytes}. */
    public static LuaBytes of(byte[] bytes) {
        return new LuaBytes(bytes.clone());
    }

    /** A string with a copy of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static LuaBytes of(byte[] bytes, int offset, int length) {
        return new LuaBytes(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** The bytes of a Java string as {@link LuaStringCodec} encodes it (UTF-8 for text). */
    public static LuaBytes of(String text) {
        return new LuaBytes(LuaStringCodec.encode(text));
    }

    /** The bytes of an ASCII string. */
    public static LuaBytes ascii(String text) {
        return new LuaBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    public int length() {
        return bytes.length;
    }

    /** The byte at {@code index}, as an unsigned value 0..255. */
    public int byteAt(int index) {
        return bytes[index] & 0xFF;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** The bytes decoded by {@link LuaStringCodec} (lossless: encoding it gives the bytes back). */
    @Override
    public String toString() {
        return LuaStringCodec.decode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LuaBytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    /** Lua's order of strings: bytes as unsigned values, a proper prefix first. */
    @Override
    public int compareTo(LuaBytes other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }
}
