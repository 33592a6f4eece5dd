package org.panlua.cli;

import java.io.PrintStream;

/**
 * The {@code panlua} command. At this stage it answers {@code -v} and {@code --help}; running
 * scripts arrives with the interpreter.
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
        for (String arg : args) {
            switch (arg) {
                case "-v" -> out.println(VERSION);
                case "-h", "--help" -> out.print(usage(progName));
                default -> {
                    err.println(progName + ": '" + arg + "': running Lua code is not available yet"
                            + " (this build has the value, heap, string and table layers only)");
                    return 1;
                }
            }
        }
        if (args.length == 0) {
            out.println(VERSION);
        }
        return 0;
    }

    static String usage(String progName) {
        return "usage: " + progName + " [options]\n"
                + "Available options are:\n"
                + "  -v       show version information\n"
                + "  --help   show this help\n";
    }
}
