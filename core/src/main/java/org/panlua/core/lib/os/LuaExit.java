package org.panlua.core.lib.os;

/**
 * Raised by {@code os.exit}: not a Lua error, so no {@code pcall} catches it; it unwinds to
 * whoever runs the state (the command line), which then flushes the open files (or, with
 * {@link #close}, closes them and the state) and ends the process with {@link #status}. An
 * embedder that does not catch it sees an unchecked exception.
 */
public final class LuaExit extends RuntimeException {
    /** The process exit status asked for. */
    public final int status;
    /** Whether the state should be closed first ({@code os.exit(code, true)}). */
    public final boolean close;

    public LuaExit(int status, boolean close) {
        super("os.exit(" + status + ")", null, false, false);
        this.status = status;
        this.close = close;
    }
}
