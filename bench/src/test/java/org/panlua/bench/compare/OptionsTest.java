package org.panlua.bench.compare;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class OptionsTest {
    private static Benchmark bench(String name, String quick) {
        return new Benchmark(name, Path.of(name + ".lua"), Optional.ofNullable(quick), false);
    }

    @Test
    void defaults() {
        Options o = Options.parse();
        assertEquals(List.of(), o.benchmarks());
        assertEquals(List.of("panlua", "lua5.4", "luajit", "luaj"), o.implementations());
        assertEquals(3, o.runs());
        assertEquals(0, o.rounds(), "whole processes are timed unless rounds are asked for");
        assertEquals("lua5.4", o.baseline());
        assertEquals(Options.Format.BOTH, o.format());
        assertEquals(300.0, o.timeoutSeconds());
        assertFalse(o.quick());
        assertEquals(Optional.empty(), o.sizeFor(bench("fib", "18")));
    }

    @Test
    void valuesSeparateOrAfterEquals() {
        Options o = Options.parse("-b", "fib:30,nbody", "--impl=lua5.4,luajit", "-n", "5", "-r", "4", "--size=7",
                "--format", "md", "--timeout=2.5", "--baseline", "luajit", "--quiet");
        assertEquals(List.of("fib", "nbody"), o.benchmarks());
        assertEquals(Map.of("fib", "30"), o.sizes());
        assertEquals(List.of("lua5.4", "luajit"), o.implementations());
        assertEquals(5, o.runs());
        assertEquals(4, o.rounds());
        assertEquals(Optional.of("30"), o.sizeFor(bench("fib", "18")), "a benchmark's own size wins");
        assertEquals(Optional.of("7"), o.sizeFor(bench("nbody", "1000")));
        assertEquals(Options.Format.MARKDOWN, o.format());
        assertEquals(2.5, o.timeoutSeconds());
        assertEquals("luajit", o.baseline());
        assertTrue(o.quiet());
    }

    @Test
    void quickTakesTheScriptsQuickSize() {
        Options o = Options.parse("--quick");
        assertEquals(Optional.of("18"), o.sizeFor(bench("fib", "18")));
        assertEquals(Optional.empty(), o.sizeFor(bench("other", null)));
        assertEquals(Optional.of("9"), Options.parse("-q", "-s", "9").sizeFor(bench("fib", "18")));
    }

    @Test
    void withAddsAColumnUnlessListed() {
        assertEquals(List.of("panlua", "lua5.4", "luajit", "luaj", "lua53"),
                Options.parse("--with", "lua53=lua5.3").implementations());
        assertEquals(List.of("lua53", "lua5.4"),
                Options.parse("--with", "lua53=lua5.3", "-i", "lua53,lua5.4").implementations());
        Implementation custom = Implementation.custom("j=java -Xint -cp x.jar lua");
        assertEquals("j", custom.name());
        assertEquals(List.of("java", "-Xint", "-cp", "x.jar", "lua", "s.lua", "4"),
                custom.commandFor(Path.of("s.lua"), Optional.of("4")));
    }

    @Test
    void errors() {
        assertEquals("'--runs' needs a value",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("--runs")).getMessage());
        assertEquals("'-n' needs a positive whole number, got 'x'",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("-n", "x")).getMessage());
        assertEquals("a size is a number, got '1e3'",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("-b", "fib:1e3")).getMessage());
        assertEquals("unknown option '--fast'",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("--fast", "1")).getMessage());
        assertEquals("--format is text, markdown or both, got 'html'",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("--format", "html")).getMessage());
        assertEquals("--with needs NAME=COMMAND, got 'lua'",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("--with", "lua")).getMessage());
        assertEquals("'--timeout' needs a positive number, got '-1'",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("--timeout", "-1")).getMessage());
    }
}
