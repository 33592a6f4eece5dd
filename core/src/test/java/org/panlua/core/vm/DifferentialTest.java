package org.panlua.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.panlua.memory.string.LuaStringCodec;

/**
 * Runs every script of {@code src/test/lua/diff} under Panlua (in this process) and under the
 * reference interpreter ({@code lua5.4}, or the executable named by {@code PANLUA_LUA}) and
 * compares what they print. Both run with {@code src/test/lua} as the script root, so chunk
 * names in printed error messages agree. Skipped when no reference interpreter is installed.
 * The scripts avoid what legitimately differs: table and function addresses, the order of
 * {@code pairs}, the sign of NaN, and the few messages where 5.4.8 (Panlua's target) differs
 * from an older installed reference.
 */
class DifferentialTest {

    static String findLua() {
        String configured = System.getenv("PANLUA_LUA");
        if (configured != null && !configured.isEmpty()) return configured;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "lua5.4");
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> sameOutputAsTheReference() {
        String lua = findLua();
        assumeTrue(lua != null,
                "no reference interpreter: lua5.4 is not on the PATH (apt-get install lua5.4) and PANLUA_LUA is unset");
        List<Path> scripts = LuaScripts.scripts("diff");
        assertFalse(scripts.isEmpty(), "no scripts in " + LuaScripts.ROOT.resolve("diff"));
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String expected = reference(lua, script);
            LuaScripts.Outcome outcome = LuaScripts.run(script);
            assertNull(outcome.error(), () -> "Lua error: " + outcome.error());
            assertEquals(expected, LuaStringCodec.decode(outcome.output()));
        }));
    }

    /** What the reference prints for {@code script}; it must end without an error. */
    private static String reference(String lua, Path script) throws Exception {
        String name = LuaScripts.ROOT.relativize(script).toString().replace('\\', '/');
        Path output = Files.createTempFile("panlua-diff", ".out");
        Path errors = Files.createTempFile("panlua-diff", ".err");
        try {
            Process p = new ProcessBuilder(lua, name)
                    .directory(LuaScripts.ROOT.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the reference timed out on " + name);
            }
            assertEquals(0, p.exitValue(), () -> "the reference failed on " + name + ": " + readQuietly(errors));
            return LuaStringCodec.decode(Files.readAllBytes(output));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return LuaStringCodec.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }
}
