package org.panlua.core.lib.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of one state that are open, in opening order: what C's {@code exit} flushes and
 * what closing the state closes (the finalizers of {@code lua_close}). Files leave it when
 * closed; the set holds Java objects only, no Lua values.
 */
final class OpenFiles {
    private final Set<LuaFile> files = new LinkedHashSet<>();

    void add(LuaFile f) {
        files.add(f);
    }

    void remove(LuaFile f) {
        files.remove(f);
    }

    /** Flushes every open file, ignoring failures ({@code fflush(NULL)}). */
    void flushAll() {
        for (LuaFile f : files) {
            try {
                f.flush();
            } catch (IOException e) {
                // nothing to report to: the caller is leaving or starting a command
            }
        }
    }

    /** Closes every open file, the most recent first. */
    void closeAll() {
        List<LuaFile> open = new ArrayList<>(files);
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (IOException e) {
                // as lua_close: a finalizer's failure does not stop the others
            }
        }
    }
}
