package org.panlua.core.lib.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.panlua.core.vm.LuaThread;

/**
 * The results of the auxiliary library's {@code luaL_fileresult} and {@code luaL_execresult}:
 * {@code true}, or {@code nil, message, errno}; for a command, {@code true|nil, "exit"|"signal", code}.
 */
public final class IoResults {
    private IoResults() {}

    /** {@code true}. */
    public static int success(LuaThread L) {
        L.pushBoolean(true);
        return 1;
    }

    /** {@code nil, [name: ]message, errno}; {@code name} (bytes) may be null. */
    public static int failure(LuaThread L, IoFailure f, byte[] name) {
        L.pushNil();
        if (name == null) {
            L.pushString(f.message());
        } else {
            byte[] m = (": " + f.message()).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[name.length + m.length];
            System.arraycopy(name, 0, all, 0, name.length);
            System.arraycopy(m, 0, all, name.length, m.length);
            L.pushBytes(all);
        }
        L.pushInteger(f.errno());
        return 3;
    }

    public static int failure(LuaThread L, IOException e, byte[] name) {
        return failure(L, IoFailure.of(e), name);
    }

    /**
     * The results for a command's wait status {@code status} (from {@code system} or
     * {@code pclose}): how it ended and its exit code or signal number.
     */
    public static int execResult(LuaThread L, int status) {
        String what = "exit";
        int code = status;
        if ((status & 0x7f) == 0) { // exited: the code is in the second byte
            code = (status >> 8) & 0xff;
        } else if ((status & 0x7f) != 0x7f) { // killed by a signal (0x7f: stopped)
            code = status & 0x7f;
            what = "signal";
        }
        if (what.equals("exit") && code == 0) L.pushBoolean(true);
        else L.pushNil();
        L.pushString(what);
        L.pushInteger(code);
        return 3;
    }

    /** The bytes of a file name as C sees them: up to the first NUL. */
    public static byte[] cName(byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (name[i] == 0) return java.util.Arrays.copyOf(name, i);
        }
        return name;
    }
}
