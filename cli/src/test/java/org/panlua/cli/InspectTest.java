package org.panlua.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The compiler's inspection options of the command line. */
class InspectTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String source(String text) throws Exception {
        Path f = dir.resolve("f.lua");
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void eachStageCanBeShown() throws Exception {
        String f = source("local x = 1 + 2\nprint(x .. 'a')\n");
        assertEquals(0, run("--tokens", f));
        assertTrue(out.toString().contains("1\tLOCAL"), out.toString());
        out.reset();
        assertEquals(0, run("--ast", f));
        assertTrue(out.toString().contains("Local x"), out.toString());
        out.reset();
        assertEquals(0, run("--emit-lua", f));
        assertTrue(out.toString().contains("print"), out.toString());
        out.reset();
        assertEquals(0, run("-bl", f));
        String listing = out.toString();
        assertTrue(listing.contains("LOADI") && listing.contains("GETTABUP") && listing.contains("CONCAT"), listing);
        assertTrue(listing.contains("3"), "1 + 2 is folded to 3: " + listing);
        out.reset();
        assertEquals(0, run("-bx", f));
        assertTrue(out.toString().contains("signature"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void savedChunksListLikeTheirSource() throws Exception {
        String f = source("local function f(a) return a * 2 end\nreturn f(21)\n");
        Path luac = dir.resolve("f.luac");
        assertEquals(0, run("-bl", f));
        String fromSource = out.toString();
        out.reset();
        assertEquals(0, run("-b", f, luac.toString()));
        assertEquals(0x1B, Files.readAllBytes(luac)[0]);
        assertEquals(0, run("-bl", luac.toString()));
        assertEquals(fromSource, out.toString());
        out.reset();
        assertEquals(0, run("-s", "-b", f, luac.toString()));
        assertEquals(0, run("-bl", luac.toString()));
        assertTrue(out.toString().contains("[-]"), "stripped: no lines");
    }

    @Test
    void errorsAreOneLineNotATrace() throws Exception {
        String f = source("x = = 1\n");
        assertEquals(1, run("-bl", f));
        assertTrue(err.toString().matches("(?s)panlua: .*f\\.lua:1: unexpected symbol near '='\\n"), err.toString());
        err.reset();
        Path bad = dir.resolve("bad.luac");
        Files.write(bad, new byte[] {0x1B, 'P', 'a', 'n', 'l', 'u', 'a', 1});
        assertEquals(1, run("-bl", bad.toString()));
        assertTrue(err.toString().contains("bad binary format (truncated chunk)"), err.toString());
        err.reset();
        assertEquals(1, run("-bl", dir.resolve("missing.lua").toString()));
        assertTrue(err.toString().contains("cannot open"), err.toString());
        assertFalse(err.toString().contains("Exception"));
    }
}
