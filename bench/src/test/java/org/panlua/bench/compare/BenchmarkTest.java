package org.panlua.bench.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class BenchmarkTest {
    @Test
    void tagsComeFromTheHeaderOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.lua"), """
                -- A benchmark.
                -- @quick 12
                -- @lua54-only
                print(1)
                """);
        Files.writeString(dir.resolve("a.lua"), """
                -- No tags in the header.

                -- @quick 99
                print(2)
                """);
        Files.writeString(dir.resolve("notes.txt"), "-- @quick 1\n");
        List<Benchmark> found = Benchmark.discover(dir);
        assertEquals(List.of("a", "b"), found.stream().map(Benchmark::name).toList());
        assertEquals(Optional.empty(), found.get(0).quickSize());
        assertFalse(found.get(0).lua54Only());
        assertEquals(Optional.of("12"), found.get(1).quickSize());
        assertTrue(found.get(1).lua54Only());
        assertEquals(dir.resolve("b.lua"), found.get(1).script());
    }

    @Test
    void theProjectsBenchmarksAllHaveAQuickSize() {
        Path dir = Compare.findRoot().orElseThrow().resolve("bench").resolve("lua");
        List<Benchmark> all = Benchmark.discover(dir);
        assertEquals(List.of("binary_trees", "coroutines", "fannkuch_redux", "fib", "json", "mandelbrot", "nbody",
                "resume_yield", "scheduler", "sort", "spectral_norm", "strings"), all.stream().map(Benchmark::name).toList());
        for (Benchmark b : all) assertTrue(b.quickSize().isPresent(), b.name());
    }
}
