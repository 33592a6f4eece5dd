package org.panlua.cli;

import org.panlua.core.vm.DebugInfo;
import org.panlua.core.vm.Event;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.core.vm.Text;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.string.LuaStringCodec;
import org.panlua.memory.value.Value;

import java.io.PrintStream;

/**
 * One interpreter run: its state, the name errors are reported under, and the way every chunk
 * is called (the reference's {@code docall}): in protected mode, with a message handler that
 * adds a traceback, and with Ctrl-C armed to interrupt the running code.
 */
final class Session {
    /** Registry key of the message handler (kept there so the collector sees it). */
    private static final String HANDLER_KEY = "panlua.cli.msghandler";

    final LuaState state;
    final LuaThread L;
    /** Put before error reports; null in the REPL, which reports bare messages. */
    String progName;
    /** What Ctrl-C does while a chunk runs; the REPL on a terminal replaces it. */
    Interrupts.Guard guard = Interrupts.signals();

    Session(LuaState state, String progName) {
        this.state = state;
        this.L = state.main;
        this.progName = progName;
    }

    /**
     * Calls the function pushed below {@code nargs} pushed arguments, leaving {@code nresults}
     * results (all when -1); on an error returns it, its message (with traceback) then on top.
     */
    LuaError call(int nargs, int nresults) {
        long handler = state.getField(state.registry, HANDLER_KEY);
        if (handler == Value.NIL_WORD) {
            handler = state.function(Session::messageHandler);
            state.setField(state.registry, HANDLER_KEY, handler);
        }
        guard.arm(state);
        try {
            return L.pcall(nargs, nresults, handler);
        } finally {
            guard.disarm();
        }
    }

    /** The message handler of {@link #call}, nil before the first call. */
    long messageHandler() {
        return state.getField(state.registry, HANDLER_KEY);
    }

    /** The reference's {@code msghandler}: the message, or what {@code __tostring} makes of the error, and a traceback. */
    private static int messageHandler(LuaThread L) {
        long v = L.arg(1);
        String message;
        if (Value.isString(v) || Value.isNumber(v)) {
            message = LuaString.toJava(L.checkString(1));
        } else {
            long tostring = L.state.metamethod(v, Event.TOSTRING);
            if (tostring != Value.NIL_WORD) {
                long s = L.call1(tostring, v);
                if (Value.isString(s)) {
                    L.push(s);
                    return 1;
                }
            }
            message = "(error object is a " + Value.typeName(v) + " value)";
        }
        L.pushString(DebugInfo.traceback(L, message, 1));
        return 1;
    }

    /** Prints the error on top of the stack (if {@code error} is not null) and pops it; true when there was none. */
    boolean report(LuaError error) {
        if (error == null) return true;
        long v = L.nargs() > 0 ? L.pop() : error.value();
        message(text(v));
        return false;
    }

    /** Reports an error caught outside any protected call. */
    void reportValue(LuaError error) {
        if (error.hasPendingMessage()) message(LuaStringCodec.encode(error.pendingMessage()));
        else message(text(error.value()));
    }

    /** The bytes {@code lua_tostring} gives for an error value; a fixed text for other values. */
    static byte[] text(long v) {
        if (Value.isString(v)) return LuaString.toBytes(v);
        if (Value.isNumber(v)) return LuaStringCodec.encode(Text.numberText(v));
        return LuaStringCodec.encode("(error message not a string)");
    }

    /** {@code progname: message}, or the bare message in the REPL. */
    void message(byte[] message) {
        PrintStream err = state.err;
        if (progName != null) err.print(progName + ": ");
        err.write(message, 0, message.length);
        err.print("\n");
        err.flush();
    }

    /** Loads and runs {@code chunk} (the reference's {@code dostring}); false on an error, reported. */
    boolean runString(byte[] chunk, String chunkName) {
        long f;
        try {
            f = L.load(chunk, chunkName, "bt", state.globals, false);
        } catch (LuaError e) {
            return report(e);
        }
        L.push(f);
        return report(call(0, 0));
    }

    /** Loads and runs a file, standard input when {@code name} is null ({@code dofile}). */
    boolean runFile(String name) {
        long f;
        try {
            f = ChunkFiles.load(L, name);
        } catch (LuaError e) {
            return report(e);
        }
        L.push(f);
        return report(call(0, 0));
    }

    /**
     * {@code -l g=mod}: {@code g = require("mod")}; {@code -l mod}: {@code mod = require("mod")},
     * where a global name {@code a-b} loses its version suffix {@code -b}.
     */
    boolean require(String spec) {
        int eq = spec.indexOf('=');
        String global = eq < 0 ? spec : spec.substring(0, eq);
        String module = eq < 0 ? spec : spec.substring(eq + 1);
        L.push(L.index(state.globals, state.string("require")));
        L.push(state.string(module));
        LuaError e = call(1, 1);
        if (e != null) return report(e);
        if (eq < 0 && global.indexOf('-') >= 0) global = global.substring(0, global.indexOf('-'));
        long result = L.arg(L.nargs());
        L.setIndex(state.globals, state.string(global), result);
        L.pop();
        return true;
    }
}
