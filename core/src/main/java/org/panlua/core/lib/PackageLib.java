package org.panlua.core.lib;

import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The package library ({@code loadlib.c}): {@code require} with {@code package.loaded},
 * {@code package.preload} and the Lua-file searcher over {@code package.path}, and
 * {@code package.searchpath}. Native modules ({@code package.cpath}) arrive with the C API.
 */
public final class PackageLib {
    private PackageLib() {}

    static final String DEFAULT_PATH = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;"
            + "/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
    static final String DEFAULT_CPATH = "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;"
            + "/usr/local/lib/lua/5.4/loadall.so;./?.so";

    public static void open(LuaState state) {
        Library lib = Library.create(state, "package", 8);
        long pkg = lib.table();
        boolean noEnv = !Value.isFalsy(state.getField(state.registry, "LUA_NOENV"));
        state.setField(pkg, "path", state.string(initialPath("LUA_PATH", DEFAULT_PATH, noEnv)));
        state.setField(pkg, "cpath", state.string(initialPath("LUA_CPATH", DEFAULT_CPATH, noEnv)));
        state.setField(pkg, "config", state.string("/\n;\n?\n!\n-\n"));
        state.setField(pkg, "loaded", state.loaded);
        long preload = state.newTable(0, 4);
        state.setField(pkg, "preload", preload);
        state.setField(state.registry, "_PRELOAD", preload);
        long searchers = state.newTable(4, 0);
        state.tables.setInteger(Value.address(searchers), 1, state.function(L -> searchPreload(L, pkg)));
        state.tables.setInteger(Value.address(searchers), 2, state.function(L -> searchLua(L, pkg)));
        state.tables.setInteger(Value.address(searchers), 3, state.function(L -> searchNative(L, pkg, false)));
        state.tables.setInteger(Value.address(searchers), 4, state.function(L -> searchNative(L, pkg, true)));
        state.setField(pkg, "searchers", searchers);
        lib.add("searchpath", L -> {
            String found = searchPath(L.checkJavaString(1), L.checkJavaString(2),
                    L.isNoneOrNil(3) ? "." : L.checkJavaString(3), L.isNoneOrNil(4) ? "/" : L.checkJavaString(4));
            if (found.startsWith("\n")) {
                L.pushNil();
                L.pushString(found.substring(1));
                return 2;
            }
            L.pushString(found);
            return 1;
        });
        state.setField(state.globals, "require", state.function(L -> require(L, pkg)));
    }

    /**
     * A search path from the environment ({@code NAME_5_4}, else {@code NAME}) where the first
     * {@code ;;} stands for the default path; the default alone when there is no such variable
     * or when the registry's {@code LUA_NOENV} (the command line's {@code -E}) is true.
     */
    static String initialPath(String name, String defaultPath, boolean noEnv) {
        String path = System.getenv(name + "_5_4");
        if (path == null) path = System.getenv(name);
        if (path == null || noEnv) return defaultPath;
        int mark = path.indexOf(";;");
        if (mark < 0) return path;
        StringBuilder b = new StringBuilder();
        if (mark > 0) b.append(path, 0, mark).append(';');
        b.append(defaultPath);
        if (mark < path.length() - 2) b.append(';').append(path, mark + 2, path.length());
        return b.toString();
    }

    private static int require(LuaThread L, long pkg) {
        long name = L.checkString(1);
        LuaState state = L.state;
        long done = state.tables.getString(Value.address(state.loaded), name);
        if (!Value.isFalsy(done)) {
            L.push(done);
            return 1;
        }
        long searchers = state.getField(pkg, "searchers");
        if (!Value.isTable(searchers)) throw L.error("'package.searchers' must be a table");
        StringBuilder notFound = new StringBuilder();
        for (long i = 1; ; i++) {
            long searcher = state.tables.getInteger(Value.address(searchers), i);
            if (searcher == Value.NIL_WORD) {
                throw L.error("module '" + LuaString.toJava(name) + "' not found:" + notFound);
            }
            L.push(searcher);
            L.push(name);
            L.call(1, 2);
            long extra = L.pop();
            long loader = L.pop();
            if (Value.isFunction(loader)) {
                L.push(loader);
                L.push(name);
                L.push(extra);
                L.call(2, 1);
                long result = L.pop();
                if (result != Value.NIL_WORD) state.tables.set(Value.address(state.loaded), name, result);
                else if (state.tables.getString(Value.address(state.loaded), name) == Value.NIL_WORD) {
                    state.tables.set(Value.address(state.loaded), name, Value.TRUE_WORD);
                }
                L.push(state.tables.getString(Value.address(state.loaded), name));
                L.push(extra);
                return 2;
            }
            if (Value.isString(loader)) notFound.append("\n\t").append(LuaString.toJava(loader));
        }
    }

    private static int searchPreload(LuaThread L, long pkg) {
        long name = L.checkString(1);
        long preload = L.state.getField(pkg, "preload");
        if (!Value.isTable(preload)) throw L.error("'package.preload' must be a table");
        long loader = L.state.tables.getString(Value.address(preload), name);
        if (loader == Value.NIL_WORD) {
            L.pushString("no field package.preload['" + LuaString.toJava(name) + "']");
            return 1;
        }
        L.push(loader);
        L.pushString(":preload:");
        return 2;
    }

    private static int searchLua(LuaThread L, long pkg) {
        String name = L.checkJavaString(1);
        long path = L.state.getField(pkg, "path");
        if (!Value.isString(path)) throw L.error("'package.path' must be a string");
        String found = searchPath(name, LuaString.toJava(path), ".", "/");
        if (found.startsWith("\n")) {
            L.pushString(found.substring(1));
            return 1;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(found));
        } catch (IOException e) {
            throw L.error("error loading module '" + name + "' from file '" + found + "':\n\tcannot read " + found);
        }
        long loader;
        try {
            loader = L.load(source, "@" + found, "bt", L.state.globals, true);
        } catch (LuaError e) {
            throw L.error("error loading module '" + name + "' from file '" + found + "':\n\t"
                    + (Value.isString(e.value()) ? LuaString.toJava(e.value()) : "?"));
        }
        L.push(loader);
        L.pushString(found);
        return 2;
    }

    /**
     * The searchers for native modules over {@code package.cpath} (the module itself, or for
     * {@code a.b} the all-in-one library of {@code a}). Native modules load through the C API,
     * which is not in this tree yet: a library that is found is reported as not loadable.
     */
    private static int searchNative(LuaThread L, long pkg, boolean root) {
        String name = L.checkJavaString(1);
        if (root) {
            int dot = name.indexOf('.');
            if (dot < 0) return 0;
            name = name.substring(0, dot);
        }
        long cpath = L.state.getField(pkg, "cpath");
        if (!Value.isString(cpath)) throw L.error("'package.cpath' must be a string");
        String found = searchPath(name, LuaString.toJava(cpath), ".", "/");
        if (found.startsWith("\n")) {
            L.pushString(found.substring(1));
            return 1;
        }
        throw L.error("error loading module '" + L.checkJavaString(1) + "' from file '" + found
                + "':\n\tnative modules are not supported yet");
    }

    /** The first readable file for {@code name} in {@code path}, or "\n" + the list of tried files. */
    static String searchPath(String name, String path, String sep, String rep) {
        if (!sep.isEmpty()) name = name.replace(sep, rep);
        StringBuilder tried = new StringBuilder("\n");
        String[] templates = path.split(";", -1);
        int count = templates.length;
        if (count > 0 && templates[count - 1].isEmpty()) count--; // a final ';' ends the list
        for (int i = 0; i < count; i++) {
            String template = templates[i];
            String file = template.replace("?", name);
            if (Files.isReadable(Path.of(file)) && !Files.isDirectory(Path.of(file))) return file;
            if (tried.length() > 1) tried.append("\n\t");
            tried.append("no file '").append(file).append("'");
        }
        return tried.toString();
    }
}
