package org.panlua.core.lib.io;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The few C library calls that the JDK cannot stand in for: {@code system}, {@code popen} and
 * {@code pclose} (the JDK's process API does not tell a process killed by a signal from one
 * that exited with 128 + that signal, and its children do not share the standard streams the
 * way a shell command expects), plus {@code read}/{@code write} on a pipe's descriptor. Bound
 * through the foreign function interface on first use.
 */
public final class Posix {
    private Posix() {}

    /** Raised when the C library cannot be reached (not a POSIX system, native access denied). */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super(cause);
        }
    }

    /** The downcall handles, made when first needed. */
    private static final class Calls {
        static final Linker LINKER = Linker.nativeLinker();
        static final StructLayout STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final MethodHandle SYSTEM = bind("system", FunctionDescriptor.of(JAVA_INT, ADDRESS), true);
        static final MethodHandle POPEN = bind("popen", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS), true);
        static final MethodHandle PCLOSE = bind("pclose", FunctionDescriptor.of(JAVA_INT, ADDRESS), true);
        static final MethodHandle FILENO = bind("fileno", FunctionDescriptor.of(JAVA_INT, ADDRESS), false);
        static final MethodHandle READ = bind("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), true);
        static final MethodHandle WRITE = bind("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), true);
        static final MethodHandle STRERROR = bind("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT), false);

        private static MethodHandle bind(String name, FunctionDescriptor d, boolean errno) {
            MemorySegment f = LINKER.defaultLookup().find(name).orElseThrow();
            return errno ? LINKER.downcallHandle(f, d, Linker.Option.captureCallState("errno"))
                    : LINKER.downcallHandle(f, d);
        }
    }

    /** A C call's result and the {@code errno} it left. */
    public record Result(long value, int errno) {}

    private static void ready() {
        try {
            Class.forName(Calls.class.getName(), true, Posix.class.getClassLoader());
        } catch (Throwable e) {
            throw new Unavailable(e);
        }
    }

    private static MemorySegment cString(Arena arena, byte[] s) {
        int n = 0;
        while (n < s.length && s[n] != 0) n++; // C sees the bytes before the first NUL
        MemorySegment m = arena.allocate(n + 1L);
        MemorySegment.copy(s, 0, m, JAVA_BYTE, 0, n);
        m.set(JAVA_BYTE, n, (byte) 0);
        return m;
    }

    /** {@code system(command)}: the wait status, or -1 with errno; {@code command} null asks for a shell. */
    public static Result system(byte[] command) {
        ready();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Calls.STATE);
            MemorySegment cmd = command == null ? MemorySegment.NULL : cString(arena, command);
            int status = (int) Calls.SYSTEM.invokeExact(state, cmd);
            return new Result(status, (int) Calls.ERRNO.get(state, 0L));
        } catch (Unavailable e) {
            throw e;
        } catch (Throwable e) {
            throw new Unavailable(e);
        }
    }

    /** {@code popen(command, mode)}: the {@code FILE*} address (0 on failure, with errno). */
    public static Result popen(byte[] command, String mode) {
        ready();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Calls.STATE);
            MemorySegment f = (MemorySegment) Calls.POPEN.invokeExact(state, cString(arena, command),
                    arena.allocateFrom(mode));
            return new Result(f.address(), (int) Calls.ERRNO.get(state, 0L));
        } catch (Throwable e) {
            throw new Unavailable(e);
        }
    }

    /** {@code pclose(file)}: the wait status, or -1 with errno. */
    public static Result pclose(long file) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Calls.STATE);
            int status = (int) Calls.PCLOSE.invokeExact(state, MemorySegment.ofAddress(file));
            return new Result(status, (int) Calls.ERRNO.get(state, 0L));
        } catch (Throwable e) {
            throw new Unavailable(e);
        }
    }

    /** {@code fileno(file)}. */
    public static int fileno(long file) {
        try {
            return (int) Calls.FILENO.invokeExact(MemorySegment.ofAddress(file));
        } catch (Throwable e) {
            throw new Unavailable(e);
        }
    }

    /** {@code read(fd, buffer, count)} with a caller's capture segment ({@link #captureState}). */
    static Result read(int fd, MemorySegment buffer, long count, MemorySegment state) {
        try {
            long n = (long) Calls.READ.invokeExact(state, fd, buffer, count);
            return new Result(n, (int) Calls.ERRNO.get(state, 0L));
        } catch (Throwable e) {
            throw new Unavailable(e);
        }
    }

    /** {@code write(fd, buffer, count)} with a caller's capture segment. */
    static Result write(int fd, MemorySegment buffer, long count, MemorySegment state) {
        try {
            long n = (long) Calls.WRITE.invokeExact(state, fd, buffer, count);
            return new Result(n, (int) Calls.ERRNO.get(state, 0L));
        } catch (Throwable e) {
            throw new Unavailable(e);
        }
    }

    /** A segment to receive {@code errno} from {@link #read} and {@link #write}. */
    static MemorySegment captureState(Arena arena) {
        return arena.allocate(Calls.STATE);
    }

    /** C's text for an error number. */
    public static String strerror(int errno) {
        try {
            MemorySegment s = (MemorySegment) Calls.STRERROR.invokeExact(errno);
            return s.reinterpret(256).getString(0);
        } catch (Throwable e) {
            return "Unknown error " + errno;
        }
    }
}
