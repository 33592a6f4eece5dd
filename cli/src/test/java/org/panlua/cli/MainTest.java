package org.panlua.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionOption() {
        assertEquals(0, run("-v"));
        assertEquals("Panlua 0.1.0 (Lua 5.4)\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("usage: "), text);
        assertTrue(text.contains("-v"), text);
    }

    @Test
    void aMissingScriptIsAClearErrorNotATrace() {
        assertEquals(1, run("no-such-script.lua"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("cannot open no-such-script.lua"), text);
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void runsAScriptWithItsArguments(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path script = dir.resolve("args.lua");
        java.nio.file.Files.writeString(script, "print(#arg, arg[0] ~= nil, ...)\n");
        assertEquals(0, run(script.toString(), "a", "b"));
        assertEquals("2\ttrue\ta\tb\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRuntimeErrorIsReportedWithATraceback(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path script = dir.resolve("err.lua");
        java.nio.file.Files.writeString(script, "local t = nil\nprint(t.x)\n");
        assertEquals(1, run(script.toString()));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("err.lua:2: attempt to index a nil value (local 't')"), text);
        assertTrue(text.contains("stack traceback:\n\t"), text);
        assertFalse(text.contains("Exception"), text);
    }
}
