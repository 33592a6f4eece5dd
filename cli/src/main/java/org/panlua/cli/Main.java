package org.panlua.cli;

import org.panlua.core.chunk.BadChunkException;
import org.panlua.core.compiler.LuaSyntaxException;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.Set;

/**
 * The {@code panlua} command. {@code panlua [options] [script [args]]} is the Lua interpreter
 * with the reference's options ({@link Standalone}); a first argument among
 * {@code --tokens}, {@code --ast}, {@code --emit-lua}, {@code -bl}, {@code -bx}, {@code -b}
 * (optionally after {@code -s}) shows a stage of the compiler instead ({@link Inspect}), and
 * {@code --help} lists everything.
 *
 * <p>The program name in messages and in {@code arg} is the launcher's path as it was
 * invoked, passed as the system property {@code panlua.progname}.
 */
public final class Main {
    static final String VERSION = "Panlua 0.1.0 (Lua 5.4)";

    private static final Set<String> INSPECTIONS = Set.of("--tokens", "--ast", "--emit-lua", "-bl", "-bx", "-b");

    private Main() {}

    public static void main(String[] args) throws IOException {
        // The launcher's training run for the ahead-of-time cache (same jar, same flags).
        String training = System.getProperty("panlua.aotTraining");
        if (training != null) Training.main(new String[] {training});
        PrintStream out = standardOutput();
        int status;
        try {
            status = run(args, out, System.err);
        } finally {
            out.flush();
        }
        // A normal end needs no System.exit, which sets up the JDK's logging to record the
        // call (a few milliseconds of every run).
        if (status != 0) System.exit(status);
    }

    /**
     * Standard output as C buffers it: a line at a time on a terminal, in large blocks otherwise
     * (flushed before reading a line, at exit and by {@code os.exit}).
     */
    private static PrintStream standardOutput() {
        FileOutputStream fd = new FileOutputStream(FileDescriptor.out);
        if (Terminals.stdoutIsTerminal()) return new PrintStream(fd, true);
        return new PrintStream(new BufferedOutputStream(fd, 1 << 16), false);
    }

    /** Runs the command line and returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String progName = System.getProperty("panlua.progname", "panlua");
        boolean strip = args.length > 1 && args[0].equals("-s") && INSPECTIONS.contains(args[1]);
        int first = strip ? 1 : 0;
        if (args.length == 1 && args[0].equals("--help")) {
            out.print(Usage.help(progName));
            out.flush();
            return 0;
        }
        if (args.length > first && INSPECTIONS.contains(args[first])) {
            return inspect(args, first, strip, out, err, progName);
        }
        String[] argv = new String[args.length + 1];
        argv[0] = progName;
        System.arraycopy(args, 0, argv, 1, args.length);
        return Standalone.run(argv, out, err);
    }

    private static int inspect(String[] args, int i, boolean strip, PrintStream out, PrintStream err, String progName) {
        String option = args[i];
        String file = i + 1 < args.length ? args[i + 1] : null;
        try {
            if (file == null) return inspectionError(err, progName, "'" + option + "' needs a file");
            switch (option) {
                case "--tokens" -> Inspect.tokens(file, out);
                case "--ast" -> Inspect.ast(file, out);
                case "--emit-lua" -> Inspect.emitLua(file, out);
                case "-bl" -> Inspect.listing(file, out);
                case "-bx" -> Inspect.hexDump(file, strip, out);
                default -> {
                    if (i + 2 >= args.length) return inspectionError(err, progName, "'-b' needs a file and an output file");
                    Inspect.save(file, args[i + 2], strip);
                }
            }
            out.flush();
            return 0;
        } catch (LuaSyntaxException | BadChunkException e) {
            err.println(progName + ": " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println(progName + ": cannot open " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println(progName + ": " + e.getMessage());
            return 1;
        }
    }

    private static int inspectionError(PrintStream err, String progName, String message) {
        err.println(progName + ": " + message);
        err.print(Usage.help(progName));
        return 1;
    }
}
