package org.panlua.core.lib;

import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code debug.debug()} ({@code ldblib.c}'s {@code db_debug}): prompts {@code lua_debug> } on
 * the error stream, reads a line of standard input and runs it as a chunk named
 * {@code (debug command)}, printing any error, until a line {@code cont} or the end of input.
 */
final class DebugConsole {
    /** C's line buffer: a longer line is read, and run, in pieces of this size less one. */
    private static final int BUFFER = 250;
    private static final byte[] CONT = {'c', 'o', 'n', 't', '\n'};

    private DebugConsole() {}

    static int debug(LuaThread L) {
        PrintStream err = L.state.err;
        while (true) {
            err.print("lua_debug> ");
            err.flush();
            byte[] line = readLine(System.in);
            if (line == null || Arrays.equals(line, CONT)) return 0;
            try {
                L.push(L.load(line, "=(debug command)", "bt", L.state.globals, false));
                if (L.pcall(0, 0, Value.NIL_WORD) != null) report(L, err, L.pop());
            } catch (LuaError e) {
                report(L, err, e.value());
            }
            L.setTop(0);
        }
    }

    private static void report(LuaThread L, PrintStream err, long error) {
        L.push(error);
        byte[] text = LuaString.toBytes(L.toStringValue(error));
        err.write(text, 0, text.length);
        err.print("\n");
        err.flush();
    }

    /** Up to {@code BUFFER - 1} bytes through the first newline (kept), as {@code fgets} reads; null at the end. */
    private static byte[] readLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        try {
            int c;
            while (line.size() < BUFFER - 1 && (c = in.read()) >= 0) {
                line.write(c);
                if (c == '\n') break;
            }
        } catch (IOException e) {
            // a read error ends the input, as fgets returns NULL
        }
        return line.size() == 0 ? null : line.toByteArray();
    }
}
