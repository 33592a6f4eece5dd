package org.panlua.cli;

import org.panlua.core.chunk.BadChunkException;
import org.panlua.core.compiler.LuaSyntaxException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;

/**
 * The {@code panlua} command: runs a script with its arguments ({@code panlua script.lua a b}),
 * answers {@code -v} and {@code --help}, and runs the compiler's inspection options. The rest
 * of {@code lua}'s options ({@code -e}, {@code -l}, {@code -i}, the REPL) are not here yet.
 */
public final class Main {
    static final String VERSION = "Panlua 0.1.0 (Lua 5.4)";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String progName = System.getProperty("panlua.progname", "panlua");
        try {
            return dispatch(args, out, err, progName);
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

    private static int dispatch(String[] args, PrintStream out, PrintStream err, String progName) throws IOException {
        if (args.length == 0) {
            out.println(VERSION);
            return 0;
        }
        boolean strip = args.length > 1 && args[0].equals("-s");
        int i = strip ? 1 : 0;
        String option = args[i];
        String file = i + 1 < args.length ? args[i + 1] : null;
        switch (option) {
            case "-v" -> {
                out.println(VERSION);
                return 0;
            }
            case "-h", "--help" -> {
                out.print(usage(progName));
                return 0;
            }
            case "--tokens", "--ast", "--emit-lua", "-bl", "-bx", "-b" -> {
                if (file == null) return usageError(err, progName, "'" + option + "' needs a file");
                switch (option) {
                    case "--tokens" -> Inspect.tokens(file, out);
                    case "--ast" -> Inspect.ast(file, out);
                    case "--emit-lua" -> Inspect.emitLua(file, out);
                    case "-bl" -> Inspect.listing(file, out);
                    case "-bx" -> Inspect.hexDump(file, strip, out);
                    default -> {
                        if (i + 2 >= args.length) return usageError(err, progName, "'-b' needs a file and an output file");
                        Inspect.save(file, args[i + 2], strip);
                    }
                }
                out.flush();
                return 0;
            }
            default -> {
                if (option.startsWith("-") && !option.equals("-")) {
                    return usageError(err, progName, "unrecognized option '" + option + "'");
                }
                return ScriptRunner.run(progName, args, i, out, err);
            }
        }
    }

    private static int usageError(PrintStream err, String progName, String message) {
        err.println(progName + ": " + message);
        err.print(usage(progName));
        return 1;
    }

    static String usage(String progName) {
        return "usage: " + progName + " [options] [script]\n"
                + "Available options are:\n"
                + "  -v             show version information\n"
                + "  --tokens file  list the tokens of a Lua file, one per line\n"
                + "  --ast file     show the syntax tree of a Lua file\n"
                + "  --emit-lua file  print Lua source regenerated from the syntax tree\n"
                + "  -bl file       list the bytecode of a Lua file or binary chunk\n"
                + "  -bx file       annotated hex dump of the binary chunk of a Lua file\n"
                + "  -b file out    save the binary chunk of a Lua file to out\n"
                + "  -s             before -b or -bx: strip debug information\n"
                + "  --help         show this help\n";
    }
}
