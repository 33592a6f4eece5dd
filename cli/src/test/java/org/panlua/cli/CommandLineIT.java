package org.panlua.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The {@code panlua} command beside the reference {@code lua5.4}: every option, the {@code arg}
 * table, {@code LUA_INIT}, the paths from the environment, standard input, the REPL on plain
 * input, error reports and exit statuses. Each case runs {@code bin/panlua} and {@code lua5.4}
 * with the same arguments, input, environment and files, and compares standard output, standard
 * error (the program name and the version line normalised) and the exit status. Skipped when
 * {@code lua5.4} is not installed.
 */
class CommandLineIT {
    static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("bin/panlua");

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        write("hello.lua", "print('hello', ...)\n");
        write("args.lua", "print(...)\nfor i = -3, #arg + 1 do io.write(tostring(arg[i]), ' ') end\nprint()\n");
        write("px.lua", "print(X, ...)\n");
        write("counter.lua", "x = x or 10; print(x); x = x + 1\n");
        write("fail.lua", "local function f() error('boom') end\nf()\n");
        write("syntax.lua", "x = = 1\n");
        write("m1.lua", "print(1); a = 2; return {x = 15}\n");
        write("m2.lua", "print(a); print(_G['m1'].x)\n");
        write("lines.txt", "print(10)\nprint(2)\n");
        write("bad.txt", "x =\n");
        write("exit.lua", "io.write('partial'); os.exit(3)\n");
        // closing the state: to-be-closed variables, finalizers, os.exit and collectgarbage in them
        String closer = "local function closer(name, fail) return setmetatable({}, {__close = function(_, e)\n"
                + "  print(name, e); if fail then error(fail) end end}) end\n";
        // (the objects are kept until the state closes: no collection's timing shows in the output)
        String finalizer = "keep = {}\nlocal function fin(name, f)\n"
                + "  keep[#keep + 1] = setmetatable({}, {__gc = function() print(name); if f then f() end end})\nend\n";
        write("tbc-exit.lua", closer + finalizer + "fin('finalizer')\nlocal x <close> = closer('x')\n"
                + "local y <close> = closer('y')\ndo local z <close> = closer('z'); io.write('out '); os.exit(true, true) end\n");
        write("tbc-exit-co.lua", closer + "local x <close> = closer('x')\n"
                + "local co = coroutine.wrap(function() local c <close> = closer('c'); os.exit(3, true) end)\npcall(co)\n");
        write("tbc-exit-noclose.lua", closer + finalizer + "fin('finalizer')\nlocal x <close> = closer('x')\nos.exit(2)\n");
        write("tbc-exit-errors.lua", closer + finalizer + "fin('finalizer')\nlocal a <close> = closer('a')\n"
                + "local b <close> = closer('b', 'E')\nlocal c <close> = closer('c', {})\nos.exit(0, true)\n");
        write("tbc-exit-exit.lua", closer + finalizer + "fin('finalizer')\nlocal a <close> = closer('a')\n"
                + "local b <close> = setmetatable({}, {__close = function() print('b'); os.exit(7) end})\nos.exit(0, true)\n");
        write("tbc-exit-exit-close.lua", closer + finalizer + "fin('finalizer')\nlocal a <close> = closer('a')\n"
                + "local b <close> = setmetatable({}, {__close = function() print('b'); os.exit(8, true) end})\nos.exit(0, true)\n");
        write("gc-exit.lua", finalizer + "fin('gc 1')\nfin('gc 2', function() os.exit(5) end)\nfin('gc 3')\nio.write('end ')\n");
        write("gc-exit-close.lua", finalizer + "fin('gc 1')\nfin('gc 2', function() os.exit(6, true) end)\nfin('gc 3')\nprint('end')\n");
        write("gc-error.lua", finalizer + "fin('gc 1')\nfin('gc 2', function() error('boom') end)\nfin('gc 3')\nos.exit(4, true)\n");
        write("gc-collect.lua", "local function report(when)\n"
                + "  for _, o in ipairs({'collect', 'step', 'count', 'isrunning', 'incremental', 'generational', 'stop', 'restart'}) do\n"
                + "    print(when, o, collectgarbage(o))\n  end\n  print(when, 'default', collectgarbage())\n"
                + "  print(pcall(collectgarbage, 'step', 'x'))\n  print(pcall(collectgarbage, 'bogus'))\nend\n"
                + "setmetatable({}, {__gc = function() report('collect') end})\ncollectgarbage()\n"
                + "local k = setmetatable({}, {__gc = function() report('close') end})\nprint('end')\n");
        write("comment.lua", "#!/usr/bin/env lua\nprint(select('#', ...))\n");
        write("nocomment.lua", "# comment without newline");
        Files.write(dir.resolve("bom.lua"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'p', 'r', 'i', 'n', 't', '(', '3', ')'});
        Files.write(dir.resolve("badbom.lua"), new byte[] {(byte) 0xEF, (byte) 0xBB, 'p', 'r', 'i', 'n', 't', '(', '3', ')'});
        write("repl.txt", "x = 1\n1 + 1\nfor i = 1, 2 do\nprint(i)\nend\nerror('e')\nerror({})\nreturn 1, nil, 3\n=x\n\n"
                + "local a =\n\n 3\nprint(a)\nt = {\n1,\n2}\n#t\n");
        write("repl-short.txt", "print(1)");
        write("one.txt", "1\n");
        write("prompt.txt", " --\na = 2\n");
        write("long.txt", "a = [[b\nc\nd\ne]]\n=a\n");
        write("debug.txt", "io.stderr:write(1000)\ncont\n");
        write("debug2.txt", "x = 1\nprint(x + 1)\nerror('e')\nx = = 2\n"
                + "error(setmetatable({}, {__tostring = function() return 'TS' end}))\n");
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** One run of both programs. */
    record Case(String name, List<String> args, String stdinFile, Map<String, String> env) {
        Case withEnv(String key, String value) {
            Map<String, String> e = new LinkedHashMap<>(env);
            e.put(key, value);
            return new Case(name, args, stdinFile, e);
        }

        Case withInput(String file) {
            return new Case(name, args, file, env);
        }
    }

    static Case run(String... args) {
        return new Case(String.join(" ", args), List.of(args), null, Map.of());
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // scripts and their arguments
        c.add(run("hello.lua"));
        c.add(run("hello.lua", "a", "b c"));
        c.add(run("args.lua", "x", "y"));
        c.add(run("--", "args.lua", "x"));
        c.add(run("-e", "x = 1", "--", "args.lua", "a"));
        c.add(run("-e ", "--", "args.lua", "a", "b", "c"));
        c.add(run("-W", "-e", "z = 1", "args.lua"));
        c.add(run("comment.lua", "1", "2"));
        c.add(run("nocomment.lua"));
        c.add(run("bom.lua"));
        c.add(run("badbom.lua"));
        c.add(run("no-such-file.lua"));
        c.add(run("."));
        // -e, in order, joined or apart
        c.add(run("-e", "print(1)"));
        c.add(run("-eprint(1)", "-ea=3", "-e", "print(a)"));
        c.add(run("-e", "for i = -3, 3 do print(i, arg[i]) end", "a", "b"));
        c.add(run("-e", "x = = 1"));
        c.add(run("-e", "a"));
        c.add(run("-e", "print(1)", "-e", "error('second')", "-e", "print('not reached')"));
        // errors and their reports
        c.add(run("fail.lua"));
        c.add(run("syntax.lua"));
        c.add(run("-e", "error({})"));
        c.add(run("-e", "error()"));
        c.add(run("-e", "error(42)"));
        c.add(run("-e", "error('no position', 0)"));
        c.add(run("-e", "error(setmetatable({}, {__tostring = function() return 'custom' end}))"));
        c.add(run("-e", "error(setmetatable({}, {__tostring = function() return 1 end}))"));
        c.add(run("-e", "local t = nil; print(t.x)"));
        // exit statuses and flushing
        c.add(run("exit.lua"));
        c.add(run("-e", "io.write('a'); os.exit(false)"));
        c.add(run("-e", "io.write('b'); os.exit(true)"));
        c.add(run("-e", "print('c'); os.exit()"));
        c.add(run("-e", "os.exit(0, true)"));
        for (String f : List.of("tbc-exit", "tbc-exit-co", "tbc-exit-noclose", "tbc-exit-errors", "tbc-exit-exit",
                "tbc-exit-exit-close", "gc-exit", "gc-exit-close", "gc-error", "gc-collect")) {
            c.add(run(f + ".lua"));
        }
        c.add(run("-W", "gc-error.lua"));
        // -l
        c.add(run("-l", "m1", "-lm2", "-lstring", "-l", "io").withEnv("LUA_PATH", "./?.lua"));
        c.add(run("-l", "str=string", "-lm=math", "-e", "print(m.sin(0), str.upper('a'))"));
        c.add(run("-l", "nomod").withEnv("LUA_PATH", "./?.lua").withEnv("LUA_CPATH", "./?.so"));
        c.add(run("-e", "print(1)", "-l", "nomod", "-e", "print(2)").withEnv("LUA_PATH", "./?.lua").withEnv("LUA_CPATH", "./?.so"));
        // option errors
        for (String bad : List.of("-x", "-h", "---", "--x", "-Ex", "-vv", "-iv", "-Wx", "-e", "-l")) c.add(run(bad));
        c.add(run("-e", "-x"));
        c.add(run("-l", "-e"));
        c.add(run("-e", "print(1)", "-q", "hello.lua"));
        // -v, -i and what runs when no script is given
        c.add(run("-v"));
        c.add(run("-v", "-e", "print('hello')"));
        c.add(run("-v", "hello.lua"));
        c.add(run().withInput("lines.txt"));
        c.add(run("-").withInput("lines.txt"));
        c.add(run("-", "-h", "x").withInput("lines.txt"));
        c.add(run("--").withInput("lines.txt"));
        c.add(run("--", "-").withInput("lines.txt"));
        c.add(run().withInput("bad.txt"));
        c.add(run("-").withInput("bad.txt"));
        c.add(run("-e", "arg[1] = 100", "-", "x").withInput("lines.txt"));
        c.add(run("-e", "arg = 1", "-").withInput("lines.txt"));
        c.add(run("-e", "x = 1").withInput("lines.txt"));
        // warnings
        c.add(run("-e", "warn('hidden')"));
        c.add(run("-W", "-e", "warn('shown', ' twice')"));
        c.add(run("-e", "warn('@on') warn('on now')"));
        c.add(run("-W", "-e", "warn('@off') warn('off now')"));
        // the environment
        c.add(run("px.lua", "3.2").withEnv("LUA_INIT", "X = tonumber(arg[1])"));
        c.add(run("px.lua").withEnv("LUA_INIT_5_4", "X = 10").withEnv("LUA_INIT", "X = 3"));
        c.add(run("counter.lua").withEnv("LUA_INIT", "@counter.lua"));
        c.add(run().withEnv("LUA_INIT", "error('msg')"));
        c.add(run("-e", "print(1)").withEnv("LUA_INIT", "@no-such-init.lua"));
        c.add(run("-E", "-e", "print(X)").withEnv("LUA_INIT", "X = 1"));
        c.add(run("-e", "print(package.path)").withEnv("LUA_PATH", "x"));
        c.add(run("-e", "print(package.path)").withEnv("LUA_PATH_5_4", "y").withEnv("LUA_PATH", "x"));
        c.add(run("-e", "print(package.cpath)").withEnv("LUA_CPATH", "xuxu"));
        c.add(run("-e", "print(package.cpath)").withEnv("LUA_CPATH_5_4", "yacc").withEnv("LUA_CPATH", "x"));
        c.add(run("-E", "-e", "print(package.path:find('xxx'), package.cpath:find('xxx'))")
                .withEnv("LUA_PATH", "xxx").withEnv("LUA_CPATH", "xxx"));
        // the REPL on input that is not a terminal
        c.add(run("-i").withInput("repl.txt"));
        c.add(run("-i").withInput("repl-short.txt"));
        c.add(run("-i", "hello.lua", "a").withInput("one.txt"));
        c.add(run("-e", "print = nil", "-i").withInput("one.txt"));
        c.add(run("-e", "_PROMPT = '' _PROMPT2 = ''", "-i").withInput("long.txt"));
        c.add(run("-e", "_PROMPT = 'P' _PROMPT2 = setmetatable({}, {__tostring = function() return 'Q' end})", "-i")
                .withInput("repl.txt"));
        c.add(run("-e", "local C = 0; _PROMPT = setmetatable({}, {__tostring = function() C = C + 1; return C end})", "-i")
                .withInput("prompt.txt"));
        c.add(run("-e", "_PROMPT = setmetatable({}, {__tostring = function() error('bad prompt') end})", "-i")
                .withInput("prompt.txt"));
        c.add(run("-i", "-e", "os.exit(7)"));
        // debug.debug reads standard input too
        c.add(run("-e", "require'debug'.debug()").withInput("debug.txt"));
        c.add(run("-e", "debug.debug() print('after')").withInput("debug2.txt"));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> sameAsTheReference() {
        Assumptions.assumeTrue(ProcessRun.onPath("lua5.4"), "lua5.4 is not installed: nothing to compare with");
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name().isEmpty() ? "(no arguments)" : c.name(), () -> compare(c)));
    }

    private static void compare(Case c) throws Exception {
        ProcessRun expected = run("lua5.4", c);
        ProcessRun actual = run(LAUNCHER.toString(), c);
        assertAll(c.name(),
                () -> assertEquals(expected.status(), actual.status(), "exit status"),
                () -> assertEquals(normalise(expected.out(), "lua5.4"), normalise(actual.out(), LAUNCHER.toString()), "stdout"),
                () -> assertEquals(normalise(expected.err(), "lua5.4"), normalise(actual.err(), LAUNCHER.toString()), "stderr"));
    }

    private static ProcessRun run(String program, Case c) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(c.args());
        return ProcessRun.of(command, dir, c.env(), c.stdinFile() == null ? null : dir.resolve(c.stdinFile()));
    }

    /** The program name and the version line of either interpreter, made alike. */
    static String normalise(String text, String program) {
        return text.replace(program, "PROG")
                .replaceAll("Lua 5\\.4\\.\\d+  \\S+ \\(C\\) [^\\n]*", "VERSION") // the reference's banner line
                .replace(Main.VERSION, "VERSION");
    }

    @Test
    void helpListsEveryOptionOnStandardOutput() throws Exception {
        ProcessRun r = ProcessRun.of(List.of(LAUNCHER.toString(), "--help"), dir, Map.of(), null);
        assertEquals(0, r.status());
        assertEquals("", r.err());
        for (String option : List.of("-e stat", "-i ", "-l mod", "-l g=mod", "-v ", "-E ", "-W ", "--  ", "-  ",
                "--max-heap SIZE", "--tokens", "--ast", "--emit-lua", "-bl", "-bx", "-b file out", "--help")) {
            assertTrue(r.out().contains(option), "missing " + option + " in\n" + r.out());
        }
    }

    @Test
    void theLowestArgumentIsTheLauncherSoAScriptCanRunItAgain() throws Exception {
        write("again.lua", "local i = 0\nwhile arg[i - 1] do i = i - 1 end\n"
                + "local p = io.popen and io.popen(arg[i] .. ' -e \"print(6 * 7)\"')\n"
                + "print(arg[i], p and p:read('a') or 'no popen')\n");
        ProcessRun r = ProcessRun.of(List.of(LAUNCHER.toString(), "-W", "again.lua"), dir, Map.of(), null);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith(LAUNCHER + "\t"), r.out());
        write("lowest.lua", "print(arg[-3], arg[-2], arg[-1], arg[0], arg[1])\n");
        ProcessRun direct = ProcessRun.of(List.of(LAUNCHER.toString(), "-e", "x = 1", "lowest.lua", "y"), dir, Map.of(), null);
        assertEquals(LAUNCHER + "\t-e\tx = 1\tlowest.lua\ty\n", direct.out());
    }

    @Test
    void maxHeapLimitsTheLuaHeap() throws Exception {
        String grow = "local t = {} print(pcall(function() for i = 1, 1e7 do t[i] = ('x'):rep(100) .. i end end))";
        ProcessRun limited = ProcessRun.of(List.of(LAUNCHER.toString(), "--max-heap", "8m", "-e", grow), dir, Map.of(), null);
        assertEquals("false\tnot enough memory\n", limited.out(), limited.err());
        ProcessRun unlimited = ProcessRun.of(List.of(LAUNCHER.toString(), "-e", grow.replace("1e7", "1e5")), dir, Map.of(), null);
        assertEquals("true\n", unlimited.out(), unlimited.err());
        ProcessRun fine = ProcessRun.of(List.of(LAUNCHER.toString(), "--max-heap=64m", "-e", "print(collectgarbage('count') < 65536)"),
                dir, Map.of(), null);
        assertEquals("true\n", fine.out());
        ProcessRun bad = ProcessRun.of(List.of(LAUNCHER.toString(), "--max-heap", "lots"), dir, Map.of(), null);
        assertEquals(1, bad.status());
        assertTrue(bad.err().startsWith(LAUNCHER + ": invalid heap size in '--max-heap lots'\nusage: "), bad.err());
        ProcessRun missing = ProcessRun.of(List.of(LAUNCHER.toString(), "--max-heap"), dir, Map.of(), null);
        assertTrue(missing.err().startsWith(LAUNCHER + ": '--max-heap' needs argument\n"), missing.err());
    }

    @Test
    void aModuleNameWithAVersionSuffixGoesToTheGlobalWithout() throws Exception {
        // Lua 5.4.8's rule (5.4.4 keeps the suffix in the global's name).
        write("vmod-v2.lua", "return 42\n");
        ProcessRun r = ProcessRun.of(List.of(LAUNCHER.toString(), "-l", "vmod-v2", "-e", "print(vmod)"), dir,
                Map.of("LUA_PATH", "./?.lua"), null);
        assertEquals("42\n", r.out(), r.err());
    }

    @Test
    void anIncompleteStatementAtTheEndOfInputIsReported() throws Exception {
        // Lua 5.4.8 reports the syntax error (5.4.4 loses the message).
        write("incomplete.txt", "x.\n");
        ProcessRun r = ProcessRun.of(List.of(LAUNCHER.toString(), "-i"), dir, Map.of(), dir.resolve("incomplete.txt"));
        assertEquals(0, r.status());
        assertEquals("stdin:1: <name> expected near <eof>\n", r.err());
        assertTrue(r.out().endsWith("> x.\n>> > \n"), r.out());
    }

    static void waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out");
        }
    }
}
