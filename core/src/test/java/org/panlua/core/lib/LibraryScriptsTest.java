package org.panlua.core.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/**
 * Runs the Lua test scripts of the standard libraries ({@code src/test/lua/lib/}: table,
 * math, utf8, string, patterns, string.format, string.pack, io, os, package, the collector, debug), each
 * in a fresh state with the standard libraries open and the global {@code LUA_548} set (it
 * enables the checks of Lua 5.4.8 behaviour). A script passes when it raises no error and
 * prints nothing; its assertions carry the expected values, taken from the reference
 * interpreter, which runs the same scripts unchanged.
 */
class LibraryScriptsTest {
    private static final Path SCRIPTS = Path.of("src/test/lua/lib");

    @ParameterizedTest
    @ValueSource(strings = {"table.lua", "math.lua", "utf8.lua", "string.lua", "pattern.lua", "format.lua", "pack.lua",
        "io.lua", "os.lua", "package.lua", "gc.lua", "debug.lua"})
    void scriptPasses(String name) throws Exception {
        String output = run(Files.readAllBytes(SCRIPTS.resolve(name)), "@" + name);
        assertEquals("", output, name + " printed something");
    }

    @Test
    void aFailingAssertionFailsTheRun() {
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> run("assert(math.floor(3.7) == 3.0)\nassert(math.type(math.floor(3.7)) == 'float')"
                        .getBytes(StandardCharsets.ISO_8859_1), "=probe"));
        assertEquals("probe:2: assertion failed!", e.getMessage());
    }

    @Test
    void librariesAreGlobalsAndLoaded() throws Exception {
        run("""
            assert(type(table) == 'table' and type(math) == 'table' and type(utf8) == 'table')
            assert(package == nil or package.loaded.math == math)
            """.getBytes(StandardCharsets.ISO_8859_1), "=probe");
        try (LuaState state = new LuaState()) {
            Libraries.openStandard(state);
            assertEquals(state.getField(state.globals, "math"), state.getField(state.loaded, "math"));
            assertEquals(state.getField(state.globals, "utf8"), state.getField(state.loaded, "utf8"));
            assertTrue(Value.isTable(state.getField(state.loaded, "table")));
        }
    }

    @Test
    void stringsShareTheLibraryAsMetatableIndex() {
        try (LuaState state = new LuaState()) {
            Libraries.openStandard(state);
            long string = state.getField(state.globals, "string");
            assertEquals(string, state.getField(state.loaded, "string"));
            long mt = state.metatable(state.string("any"));
            assertEquals(string, state.tables.getString(mt, state.string("__index")));
        }
    }

    /** Runs a chunk in a fresh state; returns what it printed, fails with its error message. */
    static String run(byte[] source, String chunkName) {
        return run(source, chunkName, state -> { });
    }

    /** Like {@link #run(byte[], String)}, with {@code setup} applied to the state first. */
    static String run(byte[] source, String chunkName, java.util.function.Consumer<LuaState> setup) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (LuaState state = new LuaState()) {
            state.out = new PrintStream(printed, true, StandardCharsets.ISO_8859_1);
            Libraries.openStandard(state);
            setup.accept(state);
            state.setField(state.globals, "LUA_548", Value.TRUE_WORD);
            LuaThread L = state.main;
            long function;
            try {
                function = L.load(source, chunkName, "t", state.globals, true);
            } catch (LuaError e) {
                throw new AssertionError(message(e));
            }
            L.push(function);
            LuaError e = L.pcall(0, 0, Value.NIL_WORD);
            if (e != null) fail(message(e));
        }
        return printed.toString(StandardCharsets.ISO_8859_1);
    }

    private static String message(LuaError e) {
        long v = e.value();
        return Value.isString(v) ? LuaString.toJava(v) : e.getMessage();
    }
}
