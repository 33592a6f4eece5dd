package org.panlua.cli;

import org.panlua.core.lib.Libraries;
import org.panlua.core.lib.io.IoLib;
import org.panlua.core.lib.os.LuaExit;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Runs a script the way {@code lua script args...} does: {@code arg}, protected call, error report. */
final class ScriptRunner {
    private ScriptRunner() {}

    static int run(String progName, String[] args, int scriptIndex, PrintStream stdout, PrintStream err) {
        String script = args[scriptIndex];
        // Standard output gets a large buffer of its own (flushed at exit and before errors).
        PrintStream out = stdout == System.out
                ? new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false)
                : stdout;
        try (LuaState state = new LuaState()) {
            state.out = out;
            state.err = err;
            Libraries.openStandard(state);
            LuaThread L = state.main;
            long argTable = state.newTable(args.length, 1);
            for (int i = 0; i < args.length; i++) {
                state.tables.set(Value.address(argTable), state.integer(i - scriptIndex), state.string(args[i]));
            }
            state.setField(state.globals, "arg", argTable);
            byte[] source;
            String chunkName;
            try {
                if (script.equals("-")) {
                    source = System.in.readAllBytes();
                    chunkName = "=stdin";
                } else {
                    source = Files.readAllBytes(Path.of(script));
                    chunkName = "@" + script;
                }
            } catch (NoSuchFileException e) {
                err.println(progName + ": cannot open " + script);
                return 1;
            } catch (IOException e) {
                err.println(progName + ": cannot read " + script);
                return 1;
            }
            long function;
            try {
                function = L.load(source, chunkName, "bt", state.globals, true);
            } catch (LuaError e) {
                err.println(progName + ": " + message(state, e));
                return 1;
            }
            L.push(function);
            for (int i = scriptIndex + 1; i < args.length; i++) L.push(state.string(args[i]));
            LuaError e;
            // the handler lives outside every stack while the script runs: anchored for the collector
            long handler = state.anchors.push(state.function(ScriptRunner::messageHandler));
            try {
                e = L.pcall(args.length - scriptIndex - 1, -1, handler);
            } catch (LuaExit exit) {
                // os.exit(code, true) closes the state (below: finalizers close the files);
                // os.exit(code) is C's exit: streams flushed, no finalizer runs, memory freed
                if (!exit.close) {
                    IoLib.flushAll(state);
                    state.heap.close();
                }
                return exit.status;
            } finally {
                state.anchors.pop();
            }
            if (e != null) {
                err.println(progName + ": " + message(state, e));
                err.flush();
                return 1;
            }
            return 0;
        } finally {
            out.flush();
        }
    }

    /** The reference's {@code msghandler}: the message (or a description of the error object) and a traceback. */
    private static int messageHandler(LuaThread L) {
        long v = L.arg(1);
        String message;
        if (Value.isString(v) || Value.isNumber(v)) {
            message = LuaString.toJava(L.checkString(1));
        } else if (L.state.metamethod(v, org.panlua.core.vm.Event.TOSTRING) != Value.NIL_WORD) {
            L.push(L.toStringValue(v));
            return 1;
        } else {
            message = "(error object is a " + Value.typeName(v) + " value)";
        }
        L.pushString(org.panlua.core.vm.DebugInfo.traceback(L, message, 1));
        return 1;
    }

    /** The text of an error value as the reference's {@code msghandler} makes it. */
    static String message(LuaState state, LuaError e) {
        long v = e.value();
        if (Value.isString(v)) return LuaString.toJava(v);
        if (Value.isNumber(v)) return org.panlua.core.vm.Text.numberText(v);
        return "(error object is a " + Value.typeName(v) + " value)";
    }
}
