package org.panlua.core.lib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.panlua.core.lib.io.IoFailure;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.string.LuaStringCodec;
import org.panlua.memory.value.Value;

/**
 * The package library ({@code loadlib.c}): {@code require} with {@code package.loaded},
 * {@code package.preload} and the four searchers of 5.4 (preload, Lua files over
 * {@code package.path}, native libraries over {@code package.cpath} and their all-in-one
 * root), {@code package.searchpath}, {@code package.loadlib}, {@code package.config}. Native
 * modules load through the C API, which is not in this tree yet: the C searchers report a
 * library they find as not loadable, and {@code loadlib} answers as a Lua built without
 * dynamic libraries does.
 */
public final class PackageLib {
    private PackageLib() {}

    static final String DEFAULT_PATH = SearchPath.DEFAULT_PATH;
    static final String DEFAULT_CPATH = SearchPath.DEFAULT_CPATH;
    private static final String NO_DYNAMIC_LIBRARIES = "dynamic libraries not enabled; check your Lua installation";

    /**
     * Opens the library in {@code state}: the {@code package} table (paths from the
     * environment unless {@code registry.LUA_NOENV} is set) and the global {@code require}.
     */
    public static void open(LuaState state) {
        Library lib = Library.create(state, "package", 10);
        long pkg = lib.table();
        boolean noEnv = !Value.isFalsy(state.getField(state.registry, "LUA_NOENV"));
        state.setField(pkg, "path", state.string(
                SearchPath.fromEnvironment(System.getenv(), "LUA_PATH", DEFAULT_PATH, noEnv)));
        state.setField(pkg, "cpath", state.string(
                SearchPath.fromEnvironment(System.getenv(), "LUA_CPATH", DEFAULT_CPATH, noEnv)));
        state.setField(pkg, "config", state.string("/\n;\n?\n!\n-\n"));
        state.setField(pkg, "loaded", state.loaded);
        long preload = state.getField(state.registry, "_PRELOAD");
        if (!Value.isTable(preload)) {
            preload = state.newTable(0, 4);
            state.setField(state.registry, "_PRELOAD", preload);
        }
        state.setField(pkg, "preload", preload);
        long searchers = state.newTable(4, 0);
        state.tables.setInteger(Value.address(searchers), 1, state.function(PackageLib::searchPreload, pkg));
        state.tables.setInteger(Value.address(searchers), 2, state.function(PackageLib::searchLua, pkg));
        state.tables.setInteger(Value.address(searchers), 3, state.function(L -> searchNative(L, false), pkg));
        state.tables.setInteger(Value.address(searchers), 4, state.function(L -> searchNative(L, true), pkg));
        state.setField(pkg, "searchers", searchers);
        lib.add("searchpath", L -> {
            SearchPath.Found found = SearchPath.search(L.checkJavaString(1), L.checkJavaString(2),
                    L.isNoneOrNil(3) ? "." : L.checkJavaString(3), L.isNoneOrNil(4) ? "/" : L.checkJavaString(4));
            if (found.file() != null) {
                L.pushString(found.file());
                return 1;
            }
            L.pushNil();
            L.pushString(found.notFound());
            return 2;
        });
        lib.add("loadlib", L -> {
            L.checkString(1);
            L.checkString(2);
            L.pushNil();
            L.pushString(NO_DYNAMIC_LIBRARIES);
            L.pushString("absent");
            return 3;
        });
        state.setField(state.globals, "require", state.function(PackageLib::require, pkg));
    }

    /** {@code require(name)}: the module and its loader data ({@code ll_require}). */
    private static int require(LuaThread L) {
        long name = L.checkString(1);
        L.setTop(1);
        LuaState state = L.state;
        long done = L.index(state.loaded, name);
        if (!Value.isFalsy(done)) {
            L.push(done);
            return 1;
        }
        long searchers = L.index(L.upvalue(0), state.string("searchers"));
        if (!Value.isTable(searchers)) throw L.error("'package.searchers' must be a table");
        L.push(searchers); // 2
        ByteArrayOutputStream notFound = new ByteArrayOutputStream();
        for (long i = 1; ; i++) {
            long searcher = state.tables.getInteger(Value.address(L.arg(2)), i);
            if (searcher == Value.NIL_WORD) {
                throw L.error("module '" + LuaString.toJava(name) + "' not found:"
                        + LuaStringCodec.decode(notFound.toByteArray()));
            }
            L.push(searcher);
            L.push(name);
            L.call(1, 2); // loader (or message) at 3, its data at 4
            long loader = L.arg(3);
            if (Value.isFunction(loader)) break;
            if (Value.isString(loader) || Value.isNumber(loader)) {
                notFound.writeBytes(new byte[] {'\n', '\t'});
                notFound.writeBytes(LuaString.toBytes(L.checkString(3)));
            }
            L.setTop(2);
        }
        L.push(L.arg(3));
        L.push(name);
        L.push(L.arg(4));
        L.call(2, 1); // the module at 5
        if (L.arg(5) != Value.NIL_WORD) L.setIndex(state.loaded, name, L.arg(5));
        if (L.index(state.loaded, name) == Value.NIL_WORD) L.setIndex(state.loaded, name, Value.TRUE_WORD);
        L.push(L.index(state.loaded, name));
        L.push(L.arg(4));
        return 2;
    }

    private static int searchPreload(LuaThread L) {
        long name = L.checkString(1);
        long preload = L.state.getField(L.state.registry, "_PRELOAD");
        long loader = Value.isTable(preload) ? L.index(preload, name) : Value.NIL_WORD;
        if (loader == Value.NIL_WORD) {
            L.pushString("no field package.preload['" + LuaString.toJava(name) + "']");
            return 1;
        }
        L.push(loader);
        L.pushString(":preload:");
        return 2;
    }

    /** The value of {@code package.<field>} as a string ({@code findfile}'s check). */
    private static String pathField(LuaThread L, String field) {
        long path = L.index(L.upvalue(0), L.state.string(field));
        if (Value.isNumber(path)) path = L.toStringValue(path);
        if (!Value.isString(path)) throw L.error("'package." + field + "' must be a string");
        return LuaString.toJava(path);
    }

    private static int searchLua(LuaThread L) {
        String name = L.checkJavaString(1);
        SearchPath.Found found = SearchPath.search(name, pathField(L, "path"), ".", "/");
        if (found.file() == null) {
            L.pushString(found.notFound());
            return 1;
        }
        String file = found.file();
        long loader;
        try {
            loader = L.load(readFile(L, file), "@" + file, "bt", L.state.globals, true);
        } catch (LuaError e) {
            if (e.hasPendingMessage()) throw e;
            throw L.error("error loading module '" + name + "' from file '" + file + "':\n\t"
                    + (Value.isString(e.value()) ? LuaString.toJava(e.value()) : "?"));
        }
        L.push(loader);
        L.pushString(file);
        return 2;
    }

    /** The contents of a module's file, or the error {@code luaL_loadfile} reports. */
    private static byte[] readFile(LuaThread L, String file) {
        try {
            return BaseLib.binaryAfterComment(Files.readAllBytes(Path.of(file)));
        } catch (IOException e) {
            IoFailure f = IoFailure.of(e);
            String what = f.errno() == IoFailure.ENOENT || f.errno() == IoFailure.EACCES ? "open" : "read";
            throw new LuaError(L.state.string("cannot " + what + " " + file + ": " + f.message()));
        }
    }

    /**
     * The searchers for native modules over {@code package.cpath}: the module itself, or for
     * {@code a.b} the library of its root {@code a}. A library that is found cannot be loaded yet.
     */
    private static int searchNative(LuaThread L, boolean root) {
        String name = L.checkJavaString(1);
        String file = name;
        if (root) {
            int dot = name.indexOf('.');
            if (dot < 0) return 0;
            file = name.substring(0, dot);
        }
        SearchPath.Found found = SearchPath.search(file, pathField(L, "cpath"), ".", "/");
        if (found.file() == null) {
            L.pushString(found.notFound());
            return 1;
        }
        throw L.error("error loading module '" + name + "' from file '" + found.file()
                + "':\n\tnative modules are not supported yet");
    }
}
