package org.panlua.cli;

import org.panlua.core.vm.LuaState;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) while a chunk runs, as the reference interpreter handles it: the first one
 * asks the state to stop, and the running Lua code raises {@code interrupted!} at its next
 * safepoint (a call or a backward jump); from then on SIGINT has its usual effect again, so a
 * second Ctrl-C ends a program stuck where no safepoint comes (a long pattern search).
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
                if (previous == SignalHandler.SIG_IGN && Ignored.reset()) {
                    // Started with SIGINT ignored (a background job of a script): the JVM does
                    // not take an ignored signal, so its action is made the default first, and
                    // after the chunk it stays the default, as the reference leaves it.
                    Signal.handle(INT, handler);
                    previous = SignalHandler.SIG_DFL;
                }
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

    /** C's {@code signal(SIGINT, SIG_DFL)}, bound only in the rare case that needs it. */
    private static final class Ignored {
        private static boolean done;

        static boolean reset() {
            if (done) return true;
            try {
                Linker linker = Linker.nativeLinker();
                MethodHandle signal = linker.downcallHandle(linker.defaultLookup().find("signal").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
                long unused = (long) signal.invokeExact(2, 0L); // SIGINT, SIG_DFL
                done = true;
                return true;
            } catch (Throwable t) {
                return false; // no native access: SIGINT stays ignored
            }
        }
    }
}
