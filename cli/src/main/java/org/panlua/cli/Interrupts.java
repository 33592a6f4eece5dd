package org.panlua.cli;

import org.panlua.core.vm.LuaState;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) while a chunk runs, as the reference interpreter handles it: the first one
 * asks the state to stop, and the running Lua code raises {@code interrupted!} at its next
 * safepoint (a call or a backward jump); from then on SIGINT has its usual effect again, so a
 * second Ctrl-C ends a program stuck where no safepoint comes (a long pattern search).
 * A JVM started with SIGINT ignored cannot take it; {@code bin/panlua} restores the default
 * action for such a start (a background job of a script), as {@code lua} installs its handler
 * whatever it inherited.
 */
final class Interrupts {
    private Interrupts() {}

    /** Arms Ctrl-C around one protected call. */
    interface Guard {
        void arm(LuaState state);

        void disarm();
    }

    /** The guard of scripts and {@code -e}: the JVM's own SIGINT handling is put back after. */
    static Guard signals() {
        return new SignalGuard();
    }

    /** Asks {@code state} to stop at its next safepoint; safe from any thread. */
    static void request(LuaState state) {
        state.requestInterrupt();
    }

    private static final class SignalGuard implements Guard {
        private static final Signal INT = new Signal("INT");
        private volatile SignalHandler previous;

        @Override
        public void arm(LuaState state) {
            SignalHandler handler = sig -> {
                SignalHandler p = previous;
                if (p != null) Signal.handle(INT, p);
                request(state);
            };
            try {
                previous = Signal.handle(INT, handler);
            } catch (IllegalArgumentException e) {
                previous = null; // SIGINT is not ours to handle (e.g. -Xrs)
            }
        }

        @Override
        public void disarm() {
            SignalHandler p = previous;
            previous = null;
            if (p != null) Signal.handle(INT, p);
        }
    }
}
