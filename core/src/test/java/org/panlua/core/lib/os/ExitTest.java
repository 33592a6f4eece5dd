package org.panlua.core.lib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.panlua.core.lib.Libraries;
import org.panlua.core.lib.io.IoLib;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

/**
 * {@code os.exit} unwinds as {@link LuaExit}, through {@code pcall}; the open files of the state
 * are flushed ({@link IoLib#flushAll}) or closed ({@link IoLib#closeAll}) by whoever catches it.
 */
class ExitTest {

    private static LuaExit exit(LuaState state, String code) {
        LuaThread L = state.main;
        L.push(L.load(code.getBytes(StandardCharsets.ISO_8859_1), "=exit", "t", state.globals, false));
        return assertThrows(LuaExit.class, () -> L.pcall(0, 0, Value.NIL_WORD));
    }

    @Test
    void statusAndCloseFlag() {
        try (LuaState state = new LuaState()) {
            Libraries.openStandard(state);
            LuaExit e = exit(state, "pcall(os.exit, 3, true)");
            assertEquals(3, e.status);
            assertTrue(e.close);
            assertEquals(0, exit(state, "os.exit()").status);
            assertEquals(0, exit(state, "os.exit(true)").status);
            assertEquals(1, exit(state, "os.exit(false, false)").status);
            assertEquals(1, exit(state, "coroutine.wrap(function() os.exit(false) end)()").status);
        }
    }

    @Test
    void openFilesAreFlushedOrClosed() throws Exception {
        Path dir = Files.createTempDirectory("panlua-exit");
        Path a = dir.resolve("a");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (LuaState state = new LuaState()) {
            state.out = new PrintStream(printed, false, StandardCharsets.ISO_8859_1);
            Libraries.openStandard(state);
            exit(state, "F = io.open('" + a + "', 'w'); F:write('kept'); io.write('out'); os.exit(0)");
            assertEquals(0, Files.size(a)); // still in the file's buffer
            IoLib.flushAll(state);
            assertEquals("kept", Files.readString(a));
            assertEquals("out", printed.toString(StandardCharsets.ISO_8859_1));
            exit(state, "F:write(' more'); os.exit(0, true)");
            IoLib.closeAll(state);
            assertEquals("kept more", Files.readString(a));
            LuaThread L = state.main;
            L.push(L.load("return io.type(F)".getBytes(StandardCharsets.ISO_8859_1), "=t", "t", state.globals, false));
            L.call(0, 1);
            assertEquals("closed file", org.panlua.memory.string.LuaString.toJava(L.pop()));
        } finally {
            Files.deleteIfExists(a);
            Files.deleteIfExists(dir);
        }
    }
}
