package org.panlua.core.lib.io;

import java.io.IOException;
import java.io.PrintStream;
import org.panlua.core.vm.LuaState;

/**
 * The standard output or error: the state's {@link LuaState#out} or {@link LuaState#err},
 * looked up at each write so that a stream set after the library was opened is used, and
 * written straight through so that {@code io.write} and {@code print} keep their order.
 */
final class PrintRaw implements StreamChannel {
    private final LuaState state;
    private final boolean error;

    PrintRaw(LuaState state, boolean error) {
        this.state = state;
        this.error = error;
    }

    private PrintStream stream() {
        return error ? state.err : state.out;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        throw new ErrnoException(IoFailure.EBADF);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        stream().write(b, off, len);
    }

    @Override
    public void flush() {
        stream().flush();
    }

    @Override
    public boolean writeThrough() {
        return true;
    }

    @Override
    public int close() {
        stream().flush();
        return 0;
    }
}
