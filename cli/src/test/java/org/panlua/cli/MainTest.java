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
    void anythingElseIsAClearErrorNotATrace() {
        assertEquals(1, run("script.lua"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("'script.lua'") && text.contains("not available yet"), text);
        assertFalse(text.contains("Exception"), text);
    }
}
