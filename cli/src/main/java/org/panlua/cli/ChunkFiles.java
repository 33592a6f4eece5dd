package org.panlua.cli;

import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaThread;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Loading a chunk from a file or standard input the way {@code luaL_loadfile} does: the
 * messages it gives when a file cannot be opened or read, and a binary chunk may follow a
 * byte order mark and a {@code #} first line (a text chunk skips those in the lexer).
 */
final class ChunkFiles {
    private static final byte ESC = 0x1b;

    private ChunkFiles() {}

    /**
     * The function of file {@code name} ({@code @name}), or of standard input ({@code =stdin})
     * when it is null.
     *
     * @throws LuaError with the message {@code loadfile} would return
     */
    static long load(LuaThread L, String name) {
        byte[] bytes;
        String chunkName = name == null ? "=stdin" : "@" + name;
        String shown = name == null ? "stdin" : name;
        try {
            if (name == null) {
                bytes = System.in.readAllBytes();
            } else {
                Path path = Path.of(name);
                if (Files.isDirectory(path)) throw failure(L, "read", shown, "Is a directory");
                bytes = Files.readAllBytes(path);
            }
        } catch (NoSuchFileException | InvalidPathException e) {
            throw failure(L, "open", shown, "No such file or directory");
        } catch (AccessDeniedException e) {
            throw failure(L, "open", shown, "Permission denied");
        } catch (IOException e) {
            throw failure(L, "read", shown, e.getMessage() == null ? "Input/output error" : e.getMessage());
        }
        int start = preludeLength(bytes);
        if (start > 0 && start < bytes.length && bytes[start] == ESC) {
            bytes = Arrays.copyOfRange(bytes, start, bytes.length);
        }
        return L.load(bytes, chunkName, "bt", L.state.globals, true);
    }

    private static LuaError failure(LuaThread L, String what, String name, String reason) {
        return new LuaError(L.state.string("cannot " + what + " " + name + ": " + reason));
    }

    /** Length of a leading byte order mark plus a first line starting with {@code #} (without its newline). */
    static int preludeLength(byte[] b) {
        int p = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) p = 3;
        if (p < b.length && b[p] == '#') {
            while (p < b.length && b[p] != '\n') p++;
            if (p < b.length) p++;
        }
        return p;
    }
}
