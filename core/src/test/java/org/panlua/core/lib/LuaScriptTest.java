package org.panlua.core.lib;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every Lua script under {@code src/test/lua/lib} in a fresh state with the standard
 * libraries. A script checks itself with {@code assert} and prints nothing when it passes; a
 * Lua error fails the test with the error message.
 */
class LuaScriptTest {
    private static final Path DIR = Path.of("src/test/lua/lib");

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".lua")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no scripts in " + DIR.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private static void run(Path script) throws IOException {
        try (LuaState state = new LuaState()) {
            Libraries.openStandard(state);
            LuaThread L = state.main;
            byte[] source = Files.readAllBytes(script);
            long function;
            try {
                function = L.load(source, "@" + script.getFileName(), "t", state.globals, true);
            } catch (LuaError e) {
                fail(message(e));
                return;
            }
            L.push(function);
            LuaError e = L.pcall(0, 0, Value.NIL_WORD);
            if (e != null) fail(message(e));
        }
    }

    private static String message(LuaError e) {
        long v = e.value();
        return Value.isString(v) ? LuaState.javaString(v) : "error object is a " + Value.typeName(v) + " value";
    }
}
