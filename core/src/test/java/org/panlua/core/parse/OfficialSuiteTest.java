package org.panlua.core.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.panlua.core.ast.AstPrinter;
import org.panlua.core.ast.Chunk;
import org.panlua.core.ast.LuaEmitter;
import org.panlua.core.compiler.LuaSyntaxException;

/**
 * Every {@code .lua} file of the official Lua 5.4.8 test suite ({@code testes/} of the
 * {@code lua/lua} repository at tag {@code v5.4.8}, never copied into this project) parses and
 * round-trips. The folder is given by the system property or environment variable
 * {@code PANLUA_LUA_TESTS}; without it the test is skipped, with that reason in the report.
 */
class OfficialSuiteTest {

    static Path suiteFolder() {
        String dir = System.getProperty("PANLUA_LUA_TESTS", System.getenv("PANLUA_LUA_TESTS"));
        return dir == null || dir.isEmpty() ? null : Path.of(dir);
    }

    @Test
    void everyFileParsesAndRoundTrips() throws Exception {
        Path dir = suiteFolder();
        assumeTrue(dir != null, "PANLUA_LUA_TESTS is unset: point it at the testes/ folder of lua/lua v5.4.8");
        assumeTrue(Files.isDirectory(dir), "PANLUA_LUA_TESTS=" + dir + " is not a folder");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".lua")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .lua files under " + dir);
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                Chunk chunk = Parser.parseFile(Files.readAllBytes(file), "@" + file.getFileName());
                Chunk again = Parser.parse(LuaEmitter.emitBytes(chunk), "=emitted");
                if (!AstPrinter.equalIgnoringLines(chunk, again)) failures.add(file + ": no round trip");
            } catch (LuaSyntaxException e) {
                failures.add(file + ": " + e.getMessage());
            }
        }
        System.out.println("official suite: " + files.size() + " files parsed and round-tripped, "
                + failures.size() + " failures");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
