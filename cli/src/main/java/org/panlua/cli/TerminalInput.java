package org.panlua.cli;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.panlua.core.vm.LuaState;
import org.panlua.memory.string.LuaStringCodec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The REPL's line editor on a terminal (JLine): editing, a history kept in a file across
 * sessions ({@code PANLUA_HISTORY}, else {@code ~/.panlua_history}), Ctrl-C abandoning the
 * line at the prompt and interrupting a running chunk, Ctrl-D leaving. Only this class names
 * JLine, so the library is loaded when an interactive session starts and never otherwise.
 */
final class TerminalInput implements LineInput {
    private final Terminal terminal;
    private final LineReader reader;
    private final StatementHistory history;
    private final PrintStream out;

    private TerminalInput(Terminal terminal, LineReader reader, StatementHistory history, PrintStream out) {
        this.terminal = terminal;
        this.reader = reader;
        this.history = history;
        this.out = out;
    }

    /** A line editor on the process's terminal, or null when none can be had. */
    static LineInput open(Session session) {
        // JNI first and alone: JLine's small bundled library starts faster than linking the
        // same calls through FFM, and JLine sets up every provider it is given a list of.
        Terminal terminal = systemTerminal(true);
        if (terminal == null) terminal = systemTerminal(false);
        return terminal == null ? null : open(session, terminal, historyFile());
    }

    /** The process's terminal through JNI, or else FFM or stty; null when there is only a dumb one. */
    private static Terminal systemTerminal(boolean jni) {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).name("panlua")
                    .jni(jni).ffm(!jni).exec(!jni).jansi(false).jna(false).dumb(true).build();
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                terminal.close();
                return null;
            }
            return terminal;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** A line editor on {@code terminal} whose history is kept in {@code historyFile}. */
    static LineInput open(Session session, Terminal terminal, Path historyFile) {
        try {
            StatementHistory history = new StatementHistory();
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("panlua")
                    .history(history)
                    .variable(LineReader.HISTORY_FILE, historyFile)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.INSERT_TAB, true)
                    .option(LineReader.Option.BRACKETED_PASTE, false)
                    .build();
            return new TerminalInput(terminal, reader, history, session.state.out);
        } catch (RuntimeException | LinkageError e) {
            try {
                terminal.close();
            } catch (IOException ignored) {
                // already failing
            }
            return null;
        }
    }

    /** {@code PANLUA_HISTORY}, else {@code .panlua_history} in the home directory. */
    static Path historyFile() {
        String file = System.getenv("PANLUA_HISTORY");
        if (file != null && !file.isEmpty()) return Path.of(file);
        return Path.of(System.getProperty("user.home"), ".panlua_history");
    }

    @Override
    public byte[] readLine(byte[] prompt) {
        out.flush();
        try {
            // JLine expands %-sequences in prompts: a Lua prompt is shown as it is.
            String p = LuaStringCodec.decode(prompt).replace("%", "%%");
            return LuaStringCodec.encode(reader.readLine(p));
        } catch (UserInterruptException e) {
            return CANCELLED;
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void saveLine(byte[] chunk) {
        history.addStatement(LuaStringCodec.decode(chunk));
    }

    @Override
    public Interrupts.Guard guard() {
        return new Interrupts.Guard() {
            @Override
            public void arm(LuaState state) {
                terminal.handle(Terminal.Signal.INT, signal -> {
                    terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_DFL);
                    Interrupts.request(state);
                });
            }

            @Override
            public void disarm() {
                terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_DFL);
            }
        };
    }

    @Override
    public void close() {
        try {
            history.save();
        } catch (IOException e) {
            // the history is a convenience: losing it is not an error of the program
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing to restore any more
        }
    }

    /**
     * A history of whole statements, as the reference keeps it: the lines JLine would add one
     * by one are left out, and a statement spread over several lines is one entry.
     */
    private static final class StatementHistory extends DefaultHistory {
        private boolean adding;

        @Override
        public void add(Instant time, String line) {
            if (adding) super.add(time, line);
        }

        void addStatement(String statement) {
            adding = true;
            try {
                super.add(Instant.now(), statement);
            } finally {
                adding = false;
            }
        }
    }
}
