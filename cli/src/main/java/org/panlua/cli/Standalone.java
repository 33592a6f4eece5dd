package org.panlua.cli;

import org.panlua.core.lib.Libraries;
import org.panlua.core.lib.io.IoLib;
import org.panlua.core.lib.os.LuaExit;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaStringCodec;
import org.panlua.memory.value.Value;

import java.io.PrintStream;

/**
 * The stand-alone interpreter: what {@code panlua [options] [script [args]]} does, step by step
 * as the reference {@code lua} does it: version line, state and libraries, the {@code arg}
 * table, {@code LUA_INIT}, the {@code -e}/{@code -l}/{@code -W} options in order, the script,
 * then the REPL or standard input. Every chunk runs through {@link Session#call}.
 */
final class Standalone {
    private Standalone() {}

    /** Runs the command line {@code argv} (program name first) and returns the exit status. */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        CommandLine cmd = CommandLine.parse(argv);
        String progName = argv[0].isEmpty() ? "panlua" : argv[0];
        if (cmd.badOption()) {
            err.print(progName + ": " + cmd.badOptionMessage() + "\n");
            err.print(Usage.options(progName));
            err.flush();
            return 1;
        }
        if (cmd.version()) printVersion(out);
        LuaState state = new LuaState();
        int status;
        try {
            if (cmd.maxHeap() > 0) state.heap.setLimit(cmd.maxHeap());
            state.out = out;
            state.err = err;
            Session session = new Session(state, progName);
            try {
                status = main(cmd, session) ? 0 : 1;
            } catch (LuaExit exit) {
                return exit(state, exit, session.messageHandler());
            } catch (LuaError e) {
                // An error outside every protected call (the reference's pmain fails).
                session.reportValue(e);
                status = 1;
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of the interpreter itself: said plainly, not as a Java trace.
            out.flush();
            err.print(progName + ": internal error: " + e + "\n");
            if (Boolean.getBoolean("panlua.internalTrace")) e.printStackTrace(err); // for whoever debugs it
            status = 1;
        }
        return close(state, status, Value.NIL_WORD);
    }

    /**
     * {@code os.exit(code, true)} closes the state (pending to-be-closed variables of the main
     * chunk, finalizers, files); {@code os.exit(code)} is C's exit: streams flushed, no
     * finalizer runs, memory freed. {@code handler} is the message handler of the call that
     * was running, which sees the errors of the closers as in the reference.
     */
    private static int exit(LuaState state, LuaExit exit, long handler) {
        if (exit.close) return close(state, exit.status, handler);
        IoLib.flushAll(state);
        state.heap.close();
        return exit.status;
    }

    /**
     * Closes the state and flushes the streams. A closer or finalizer may call {@code os.exit}
     * meanwhile, as in the reference: {@code os.exit(code)} ends the run at once with that code
     * (the other finalizers do not run), {@code os.exit(code, true)} closes the state again,
     * which goes on with the finalizers left, and then ends with that code.
     */
    private static int close(LuaState state, int status, long handler) {
        try {
            while (true) {
                try {
                    state.closeObjects(handler);
                    break;
                } catch (LuaExit exit) {
                    status = exit.status;
                    handler = Value.NIL_WORD;
                    if (!exit.close) {
                        IoLib.flushAll(state);
                        break;
                    }
                }
            }
        } finally {
            state.out.flush();
            state.err.flush();
            state.heap.close();
        }
        return status;
    }

    static void printVersion(PrintStream out) {
        out.print(Main.VERSION + "\n");
        out.flush();
    }

    /** The reference's {@code pmain}: false when something failed. */
    private static boolean main(CommandLine cmd, Session session) {
        LuaState state = session.state;
        if (cmd.noEnv()) state.setField(state.registry, "LUA_NOENV", Value.TRUE_WORD);
        Libraries.openStandard(state);
        state.collector.setGenerational(true); // the reference command line asks for generational mode
        createArgTable(state, cmd);
        if (!cmd.noEnv() && !runInit(session)) return false;
        if (!runOptions(session, cmd)) return false;
        if (cmd.script() > 0 && !runScript(session, cmd)) return false;
        if (cmd.interactive()) {
            Repl.run(session, Terminals.stdinIsTerminal());
        } else if (cmd.script() == 0 && !cmd.execute() && !cmd.version()) {
            if (Terminals.stdinIsTerminal()) {
                printVersion(state.out);
                Repl.run(session, true);
            } else {
                // The reference runs standard input and ignores how that went.
                session.runFile(null);
            }
        }
        return true;
    }

    /** {@code arg}: the script at index 0, its arguments above, the interpreter and options below. */
    private static void createArgTable(LuaState state, CommandLine cmd) {
        String[] argv = cmd.argv();
        int script = cmd.script();
        long arg = state.newTable(Math.max(0, argv.length - script - 1), script + 1);
        for (int i = 0; i < argv.length; i++) {
            state.tables.set(Value.address(arg), state.integer(i - script), state.string(argv[i]));
        }
        state.setField(state.globals, "arg", arg);
    }

    /** {@code LUA_INIT_5_4}, else {@code LUA_INIT}: code to run, or {@code @file}. */
    private static boolean runInit(Session session) {
        String name = "LUA_INIT_5_4";
        String init = System.getenv(name);
        if (init == null) {
            name = "LUA_INIT";
            init = System.getenv(name);
        }
        if (init == null) return true;
        if (init.startsWith("@")) return session.runFile(init.substring(1));
        return session.runString(LuaStringCodec.encode(init), "=" + name);
    }

    /** The {@code -e}, {@code -l} and {@code -W} options, in the order given. */
    private static boolean runOptions(Session session, CommandLine cmd) {
        String[] argv = cmd.argv();
        int limit = cmd.optionLimit();
        for (int i = 1; i < limit; i++) {
            String a = argv[i];
            if (a.equals(CommandLine.MAX_HEAP)) {
                i++;
                continue;
            }
            if (a.length() < 2 || a.charAt(0) != '-') continue;
            switch (a.charAt(1)) {
                case 'e', 'l' -> {
                    String extra = a.length() > 2 ? a.substring(2) : argv[++i];
                    boolean ok = a.charAt(1) == 'e'
                            ? session.runString(LuaStringCodec.encode(extra), "=(command line)")
                            : session.require(extra);
                    if (!ok) return false;
                }
                case 'W' -> session.state.warningsOn = true;
                default -> { }
            }
        }
        return true;
    }

    /** The script with the positive entries of {@code arg} as its arguments. */
    private static boolean runScript(Session session, CommandLine cmd) {
        String[] argv = cmd.argv();
        String name = argv[cmd.script()];
        // "-" is standard input, unless it comes after "--".
        if (name.equals("-") && !argv[cmd.script() - 1].equals("--")) name = null;
        LuaThread L = session.state.main;
        long function;
        try {
            function = ChunkFiles.load(L, name);
        } catch (LuaError e) {
            return session.report(e);
        }
        L.push(function);
        int n = pushArgs(session);
        return session.report(session.call(n, -1));
    }

    /** Pushes {@code arg[1]} .. {@code arg[#arg]}; the table may have been changed meanwhile. */
    private static int pushArgs(Session session) {
        LuaState state = session.state;
        LuaThread L = state.main;
        long arg = L.index(state.globals, state.string("arg"));
        if (!Value.isTable(arg)) throw new LuaError(state.string("'arg' is not a table"));
        L.push(arg);
        Long length = LuaThread.toInteger(L.length(arg));
        L.pop();
        if (length == null) throw new LuaError(state.string("object length is not an integer"));
        long n = length;
        for (long i = 1; i <= n; i++) L.push(state.tables.getInteger(Value.address(arg), i));
        return (int) n;
    }
}
