package org.panlua.core.compiler;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.panlua.memory.string.LuaStringCodec;

/**
 * How a chunk's name appears in messages (the reference's {@code luaO_chunkid}, within
 * {@code LUA_IDSIZE} = 60 bytes):
 * <ul>
 *   <li>{@code =name}: {@code name}, cut to its first 59 bytes;</li>
 *   <li>{@code @file}: {@code file}, or {@code ...} and its last 56 bytes when longer than 59;</li>
 *   <li>anything else is the source text itself: {@code [string "first line"]}, with
 *       {@code ...} when the text has more than one line or is longer than 44 bytes (then it is
 *       cut to 45 bytes).</li>
 * </ul>
 * A name is a C string for the reference, so it ends at its first NUL byte.
 */
public final class ChunkId {
    private ChunkId() {}

    /** Room for the formatted name, as {@code LUA_IDSIZE}, terminating NUL included. */
    public static final int ID_SIZE = 60;

    private static final byte[] DOTS = "...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PREFIX = "[string \"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "\"]".getBytes(StandardCharsets.US_ASCII);

    /** Formats a chunk name given as a Java string (bytes as {@link LuaStringCodec} maps them). */
    public static String format(String source) {
        return LuaStringCodec.decode(format(LuaStringCodec.encode(source)));
    }

    /** Formats a chunk name given as bytes. */
    public static byte[] format(byte[] source) {
        int length = 0;
        while (length < source.length && source[length] != 0) length++;
        byte[] src = Arrays.copyOf(source, length);
        if (length > 0 && src[0] == '=') {
            return Arrays.copyOfRange(src, 1, Math.min(length, ID_SIZE));
        }
        if (length > 0 && src[0] == '@') {
            if (length <= ID_SIZE) return Arrays.copyOfRange(src, 1, length);
            int keep = ID_SIZE - DOTS.length - 1;
            return concat(DOTS, Arrays.copyOfRange(src, length - keep, length));
        }
        int room = ID_SIZE - (PREFIX.length + DOTS.length + SUFFIX.length) - 1;
        int newline = -1;
        for (int i = 0; i < length; i++) {
            if (src[i] == '\n') {
                newline = i;
                break;
            }
        }
        if (length < room && newline < 0) return concat(PREFIX, src, SUFFIX);
        int cut = newline >= 0 ? newline : length;
        cut = Math.min(cut, room);
        return concat(PREFIX, Arrays.copyOf(src, cut), DOTS, SUFFIX);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
