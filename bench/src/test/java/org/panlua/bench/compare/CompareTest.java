package org.panlua.bench.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the comparison for real in quick mode, on lua5.4 only (skipped where it is missing). */
class CompareTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Compare.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static void assumeLua54() {
        assumeTrue(Executables.locate("lua5.4").isPresent(), "lua5.4 is not installed");
    }

    /** The rows of the first markdown table in the output, split into cells. */
    private List<List<String>> markdownRows() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith("|")) {
                if (!rows.isEmpty()) break;
                continue;
            }
            String inner = line.substring(1, line.length() - 1);
            rows.add(Arrays.stream(inner.split("\\|")).map(String::strip).toList());
        }
        return rows;
    }

    private static List<String> scriptNames() throws Exception {
        Path dir = Compare.findRoot().orElseThrow().resolve("bench").resolve("lua");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lua"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    @Test
    void quickModeOnLua54PrintsAMarkdownTableWithEveryBenchmark() throws Exception {
        assumeLua54();
        assertEquals(0, run("--quick", "--runs", "1", "--impl", "lua5.4", "--format", "markdown", "--quiet"),
                err.toString(StandardCharsets.UTF_8));
        List<List<String>> rows = markdownRows();
        assertEquals(List.of("benchmark", "size", "lua5.4 s"), rows.get(0));
        assertEquals(List.of(":---", "---:", "---:"), rows.get(1));
        List<String> names = scriptNames();
        assertTrue(names.size() >= 10, names.toString());
        assertEquals(names.size(), rows.size() - 2, "one row per benchmark, no geomean row without ratios");
        for (int i = 0; i < names.size(); i++) {
            List<String> row = rows.get(i + 2);
            assertEquals(names.get(i), row.get(0));
            assertTrue(row.get(1).matches("[0-9]+"), "quick size of " + row);
            double seconds = Double.parseDouble(row.get(2));
            assertTrue(seconds > 0 && seconds < 30, "quick run of " + row);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("- versions: lua5.4: Lua 5.4"), text);
        assertFalse(text.contains("failed"), text);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "--quiet prints no progress");
    }

    /**
     * With --rounds, a run's time is the fastest round the driver reports, not the process's:
     * a program whose first round sleeps half a second (os.clock does not count sleeping, so
     * it busy-waits instead) times well under that, and its output is still checked.
     */
    @Test
    void roundsTimeTheFastestRoundInOneProcess(@TempDir Path dir) throws Exception {
        assumeLua54();
        Files.writeString(dir.resolve("slowstart.lua"), """
                -- A first round slower than the rest, as a JIT's warm-up is.
                local first = not rawget(_G, "seen")
                seen = true
                local t = os.clock()
                if first then while os.clock() - t < 0.5 do end end
                print("done")
                """);
        assertEquals(0, run("--dir", dir.toString(), "--impl", "lua5.4", "--runs", "1", "--rounds", "3",
                "--format", "markdown", "--quiet"), err.toString(StandardCharsets.UTF_8));
        List<String> row = markdownRows().get(2);
        assertEquals("slowstart", row.get(0));
        double seconds = Double.parseDouble(row.get(2));
        assertTrue(seconds >= 0 && seconds < 0.25, "the fastest round, not the first: " + row);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("the fastest of 3 rounds in one process"), text);
        assertFalse(text.contains("failed"), text);
    }

    @Test
    void theFastestRoundIsReadFromTheDriversStandardError() {
        assertEquals(0.25, Runner.Driver.seconds("noise\nround seconds: 0.250000\n"));
        assertEquals(-1, Runner.Driver.seconds("lua5.4: cannot open rounds.lua"));
    }

    @Test
    void failingWrongAndMissingImplementationsAreCellsNotCrashes(@TempDir Path tmp) throws Exception {
        assumeLua54();
        Path complaining = tmp.resolve("complain.sh");
        Files.writeString(complaining, "#!/bin/sh\necho \"cannot open $1\" >&2\nexit 3\n");
        assertTrue(complaining.toFile().setExecutable(true));
        assertEquals(0, run("--quick", "-n", "2", "-b", "fib,sort", "-i", "lua5.4", "--format", "markdown",
                "--with", "same=lua5.4", "--with", "broken=/bin/false", "--with", "echo=/bin/echo",
                "--with", "gone=/nonexistent/lua", "--with", "complain=" + complaining),
                err.toString(StandardCharsets.UTF_8));
        List<List<String>> rows = markdownRows();
        assertEquals(List.of("benchmark", "size", "lua5.4 s", "same s", "same/lua5.4", "broken s",
                "broken/lua5.4", "echo s", "echo/lua5.4", "gone s", "gone/lua5.4", "complain s",
                "complain/lua5.4"), rows.get(0));
        assertEquals(5, rows.size(), "header, alignment, fib, sort, geomean");
        for (List<String> row : rows.subList(2, 4)) {
            assertTrue(Double.parseDouble(row.get(2)) > 0, row.toString());
            assertTrue(Double.parseDouble(row.get(4)) > 0, row.toString());
            assertEquals(List.of("fail", "-", "fail", "-", "n/a", "-", "fail", "-"), row.subList(5, 13));
        }
        List<String> mean = rows.get(4);
        assertEquals("geomean", mean.get(0));
        assertTrue(Double.parseDouble(mean.get(4)) > 0, mean.toString());
        assertEquals("-", mean.get(6));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("- broken failed fib, sort: exit 1"), text);
        assertTrue(text.contains("- echo failed fib: printed '<script> 18' instead of 'fib 18: sum 6764 calls 21871'"), text);
        assertTrue(text.contains("gone: n/a (/nonexistent/lua not found)"), text);
        assertTrue(text.contains("- complain failed fib, sort: exit 3: cannot open <script>\n"), text);
        // Failed implementations are not run again: one failed line each, for two benchmarks.
        String progress = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, progress.lines().filter(l -> l.contains("broken") && l.contains("failed")).count(), progress);
        assertEquals(4, progress.lines().filter(l -> l.contains(" same ") && l.endsWith(" s")).count(), progress);
    }

    @Test
    void lua54OnlyProgramsAreSkippedByOlderDialects(@TempDir Path dir) throws Exception {
        assumeLua54();
        Files.writeString(dir.resolve("floor.lua"), "-- Needs 5.4.\n-- @lua54-only\nprint(7 // 2, 1 << 4)\n");
        assertEquals(0, run("--dir", dir.toString(), "-n", "1", "-i", "lua5.4,luajit,luaj", "--format", "markdown",
                "--quiet"), err.toString(StandardCharsets.UTF_8));
        List<List<String>> rows = markdownRows();
        assertEquals(List.of("benchmark", "size", "lua5.4 s", "luajit s", "luajit/lua5.4", "luaj s", "luaj/lua5.4"),
                rows.get(0));
        List<String> row = rows.get(2);
        assertEquals(List.of("floor", "default"), row.subList(0, 2));
        assertTrue(Double.parseDouble(row.get(2)) > 0, row.toString());
        // Skipped without running (a missing luajit stays n/a).
        assertEquals(Executables.locate("luajit").isPresent() ? "skip" : "n/a", row.get(3));
        assertEquals(List.of("-", "skip", "-"), row.subList(4, 7));
    }

    @Test
    void badCommandLinesAreReportedWithStatusTwo() {
        assertEquals(2, run("--bench", "nosuch"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown benchmark 'nosuch'"));
        err.reset();
        assertEquals(2, run("--impl", "lua9"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown implementation 'lua9'"));
        err.reset();
        assertEquals(2, run("--runs", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'--runs' needs a positive whole number, got '0'"));
    }

    @Test
    void helpAndList() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: bin/compare [options]"));
        out.reset();
        assertEquals(0, run("--list", "-i", "lua5.4,luaj", "-b", "fib"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("  fib              quick size 18"), text);
        assertTrue(text.contains("  lua5.4"), text);
        assertTrue(text.contains("  luaj"), text);
        assertFalse(text.contains("nbody"), text);
    }
}
