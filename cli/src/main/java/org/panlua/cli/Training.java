package org.panlua.cli;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.panlua.core.lib.Libraries;
import org.panlua.core.vm.LuaState;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training runs of the ahead-of-time caches: {@code bin/panlua} runs them once after each
 * build with {@code -XX:AOTCacheOutput}, and later starts load and link the classes they used
 * (and find their profiles) in a cache instead of the jars (docs/cli.md). A run goes through what
 * a short run does: a script with {@code -e} and the REPL on plain input; with
 * {@code -Dpanlua.aotTrainingEditor=true} also the REPL's line editor on a virtual terminal, for
 * the cache of interactive sessions (a JVM loads every class of its cache at start-up, so the
 * line editor's classes are kept out of the cache that scripts use). All output is discarded.
 *
 * <p>Started as {@code java -XX:AOTCacheOutput=FILE -Dpanlua.aotTraining=SCRIPT -jar panlua-cli.jar}
 * (through {@link Main}, so that the jar's manifest applies as in real runs).
 */
public final class Training {
    private Training() {}

    private static final String STATEMENTS = "x = 1\nx + 1\nfor i = 1, 2 do\nprint(i)\nend\n"
            + "local t = {} t[#t + 1] = 'a' return t[1], #t\nerror('e')\n=nil\n";

    static void main(String[] args) throws IOException {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        Standalone.run(new String[] {"panlua", "-W", "-e", "y = 2", args[0], "arg"}, sink, sink);
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(STATEMENTS.getBytes(StandardCharsets.UTF_8)));
        Standalone.run(new String[] {"panlua", "-i"}, sink, sink);
        System.setIn(stdin);
        if (Boolean.getBoolean("panlua.aotTrainingEditor")) lineEditor(sink);
        System.exit(0);
    }

    /** The REPL over a line editor on a terminal that types the statements and then Ctrl-D. */
    private static void lineEditor(PrintStream sink) throws IOException {
        String keys = STATEMENTS.replace('\n', '\r') + "\u001b[A\u001b[B\r\u0004";
        Terminal terminal = TerminalBuilder.builder().system(false).name("training").type("xterm-256color")
                .size(new Size(80, 24))
                .streams(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream())
                .build();
        Path history = Files.createTempFile("panlua-training", ".history");
        try (LuaState state = new LuaState()) {
            state.out = sink;
            state.err = sink;
            Libraries.openStandard(state);
            Session session = new Session(state, "panlua");
            LineInput input = TerminalInput.open(session, terminal, history);
            if (input != null) Repl.run(session, input);
        } finally {
            Files.deleteIfExists(history);
        }
    }
}
