package org.panlua.core.compiler;

/**
 * A compile-time error: the message is the complete text the reference implementation gives,
 * {@code chunkid:line: detail near 'token'} (or without {@code near ...} for errors that name no
 * token, or without position for the {@code C stack overflow} error, which the reference raises
 * as a run-time error while parsing).
 *
 * <p>The parts stay available: {@link #chunkId()}, {@link #line()}, {@link #detail()} and
 * {@link #near()} (the token as the reference shows it, quotes included, or {@code <eof>}).
 */
public final class LuaSyntaxException extends RuntimeException {
    private final String chunkId;
    private final int line;
    private final String detail;
    private final String near;

    /**
     * @param chunkId the chunk name as formatted by {@link ChunkId#format(String)}
     * @param line    the line the error is reported at
     * @param detail  the message without position and token
     * @param near    the token as shown after {@code near}, quotes included; null for none
     */
    public LuaSyntaxException(String chunkId, int line, String detail, String near) {
        super(compose(chunkId, line, detail, near));
        this.chunkId = chunkId;
        this.line = line;
        this.detail = detail;
        this.near = near;
    }

    private LuaSyntaxException(String message) {
        super(message);
        this.chunkId = null;
        this.line = -1;
        this.detail = message;
        this.near = null;
    }

    /** An error without position, like the reference's {@code C stack overflow} while parsing. */
    public static LuaSyntaxException withoutPosition(String message) {
        return new LuaSyntaxException(message);
    }

    private static String compose(String chunkId, int line, String detail, String near) {
        String positioned = chunkId + ":" + line + ": " + detail;
        return near == null ? positioned : positioned + " near " + near;
    }

    /** The formatted chunk name, or null when the error has no position. */
    public String chunkId() {
        return chunkId;
    }

    /** The line of the error, or -1 when it has no position. */
    public int line() {
        return line;
    }

    /** The message without position and without the {@code near} part. */
    public String detail() {
        return detail;
    }

    /** The token shown after {@code near} (with its quotes, or {@code <eof>}), or null. */
    public String near() {
        return near;
    }
}
