package org.panlua.core.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panlua.core.compiler.LuaSyntaxException;
import org.panlua.memory.string.LuaStringCodec;

/**
 * Runs the reference compiler ({@code luac5.4 -p}, or the executable named by the environment
 * variable {@code PANLUA_LUAC}) on the broken sources and on the corpus, and compares its
 * verdict with the parser's. Skipped, with the reason in the report, when no reference
 * compiler is installed. (Random inputs are not compared here: Debian's luac5.4 is 5.4.4, whose
 * messages differ from 5.4.8's in corner cases; the curated files agree with both.)
 */
class ReferenceDifferentialTest {

    static String findLuac() {
        String configured = System.getenv("PANLUA_LUAC");
        if (configured != null && !configured.isEmpty()) return configured;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "luac5.4");
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return null;
    }

    @Test
    void sameVerdictAsTheReferenceCompiler() throws Exception {
        String luac = findLuac();
        assumeTrue(luac != null,
                "no reference compiler: luac5.4 is not on the PATH (apt-get install lua5.4) and PANLUA_LUAC is unset");
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (String folder : List.of("errors", "corpus")) {
            Path dir = Path.of(ReferenceDifferentialTest.class.getResource("/" + folder).toURI());
            for (String name : ErrorMessagesTest.resourceNames(folder)) {
                count++;
                String expected = reference(luac, dir, name);
                String actual = ours(dir, name);
                if (!expected.equals(actual)) {
                    failures.add(folder + "/" + name + "\n  reference: " + expected + "\n  panlua:    " + actual);
                }
            }
        }
        assertTrue(count > 100);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The reference's message for {@code name} (run in {@code dir}), or "ok". */
    private static String reference(String luac, Path dir, String name) throws Exception {
        Process p = new ProcessBuilder(luac, "-p", name).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = LuaStringCodec.decode(p.getInputStream().readAllBytes());
        p.waitFor();
        if (out.isEmpty()) return "ok";
        String prefix = luac + ": ";
        if (out.startsWith(prefix)) out = out.substring(prefix.length());
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    private static String ours(Path dir, String name) throws Exception {
        try {
            Parser.parseFile(Files.readAllBytes(dir.resolve(name)), "@" + name);
            return "ok";
        } catch (LuaSyntaxException e) {
            return e.getMessage();
        }
    }
}
