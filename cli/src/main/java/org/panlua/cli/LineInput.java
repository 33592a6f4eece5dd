package org.panlua.cli;

/** Where the REPL's lines come from: a line editor on a terminal, or plain standard input. */
interface LineInput extends AutoCloseable {
    /** What {@link #readLine} answers when the user abandoned the line (Ctrl-C at the prompt). */
    byte[] CANCELLED = new byte[0];

    /**
     * Shows {@code prompt} and reads one line, without its newline: null at the end of the
     * input, {@link #CANCELLED} (that very array) when the line was abandoned.
     */
    byte[] readLine(byte[] prompt);

    /** Keeps a complete statement in the history. */
    default void saveLine(byte[] chunk) {}

    /** What Ctrl-C does while a chunk runs, or null to keep the session's. */
    default Interrupts.Guard guard() {
        return null;
    }

    @Override
    default void close() {}
}
