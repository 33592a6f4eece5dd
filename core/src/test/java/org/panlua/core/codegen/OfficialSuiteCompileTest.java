package org.panlua.core.codegen;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.panlua.core.chunk.ChunkReader;
import org.panlua.core.chunk.ChunkWriter;
import org.panlua.core.code.Listing;
import org.panlua.core.code.Proto;
import org.panlua.core.compiler.Compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every file of the official Lua 5.4.8 test suite compiles, and its binary chunk loads back
 * through the verifier to the same listing. The suite is not part of the project: point
 * {@code PANLUA_LUA_TESTS} (environment) or {@code panlua.luaTests} (system property) at its
 * {@code testes} folder; without it the test is reported as skipped, with the reason.
 */
class OfficialSuiteCompileTest {
    static Path suite() {
        String dir = System.getProperty("panlua.luaTests", System.getenv("PANLUA_LUA_TESTS"));
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "official test suite not available: set PANLUA_LUA_TESTS to the testes/ folder of Lua 5.4.8");
        return Path.of(dir);
    }

    @Test
    void everyFileCompilesAndRoundTrips() throws Exception {
        Path dir = suite();
        List<String> failures = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".lua")).sorted().toList()) {
                count++;
                try {
                    Proto p = Compiler.compileFile(Files.readAllBytes(file), "@" + file.getFileName());
                    Proto back = ChunkReader.load(ChunkWriter.dump(p, false), file.getFileName().toString());
                    assertEquals(Listing.of(p), Listing.of(back));
                } catch (RuntimeException | AssertionError e) {
                    failures.add(file.getFileName() + ": " + e);
                }
            }
        }
        assertTrue(count >= 28, "expected the whole suite, found " + count + " files");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
