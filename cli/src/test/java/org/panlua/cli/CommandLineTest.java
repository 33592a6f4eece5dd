package org.panlua.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Reading the command line the way the reference's {@code collectargs} does. */
class CommandLineTest {
    private static CommandLine parse(String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "panlua";
        System.arraycopy(args, 0, argv, 1, args.length);
        return CommandLine.parse(argv);
    }

    @Test
    void theScriptIsTheFirstArgumentThatIsNotAnOption() {
        CommandLine c = parse("-e", "x=1", "-W", "s.lua", "-v", "a");
        assertFalse(c.badOption());
        assertEquals(4, c.script());
        assertEquals(4, c.optionLimit());
        assertTrue(c.execute());
        assertFalse(c.version(), "options after the script belong to it");
    }

    @Test
    void withoutAScriptTheIndexIsZero() {
        CommandLine c = parse("-i", "-E");
        assertEquals(0, c.script());
        assertEquals(3, c.optionLimit());
        assertTrue(c.interactive() && c.version() && c.noEnv());
        assertEquals(0, parse("--").script(), "'--' with nothing after it names no script");
    }

    @Test
    void dashIsStandardInputAndDoubleDashEndsTheOptions() {
        assertEquals(1, parse("-", "x").script());
        CommandLine c = parse("--", "-v");
        assertEquals(2, c.script());
        assertFalse(c.version());
    }

    @Test
    void optionErrorsNameTheOffendingArgument() {
        assertEquals("unrecognized option '-x'", parse("-x").badOptionMessage());
        assertEquals("unrecognized option '-vv'", parse("-vv").badOptionMessage());
        assertEquals("unrecognized option '---'", parse("---").badOptionMessage());
        assertEquals("unrecognized option '-Ex'", parse("-Ex").badOptionMessage());
        assertEquals("'-e' needs argument", parse("-e").badOptionMessage());
        assertEquals("'-e' needs argument", parse("-e", "-v").badOptionMessage());
        assertEquals("'-l' needs argument", parse("-v", "-l").badOptionMessage());
        assertEquals(2, parse("-v", "-l").script());
    }

    @Test
    void joinedArgumentsOfEAndL() {
        CommandLine c = parse("-eprint(1)", "-lmod", "s.lua");
        assertFalse(c.badOption());
        assertEquals(3, c.script());
    }

    @Test
    void maxHeapTakesASize() {
        assertEquals(64L << 20, parse("--max-heap", "64m", "s.lua").maxHeap());
        assertEquals(2L << 30, parse("--max-heap=2g").maxHeap());
        assertEquals(3, parse("--max-heap", "1k", "s.lua").script());
        assertEquals("'--max-heap' needs argument", parse("--max-heap").badOptionMessage());
        assertEquals("invalid heap size in '--max-heap 12q'", parse("--max-heap", "12q").badOptionMessage());
        assertEquals("invalid heap size in '--max-heap=0'", parse("--max-heap=0").badOptionMessage());
    }

    @Test
    void heapSizes() {
        assertEquals(65536, HeapSize.parse("65536"));
        assertEquals(512 * 1024, HeapSize.parse("512k"));
        assertEquals(64L << 20, HeapSize.parse("64M"));
        assertEquals(2L << 30, HeapSize.parse("2g"));
        assertEquals(-1, HeapSize.parse(""));
        assertEquals(-1, HeapSize.parse("m"));
        assertEquals(-1, HeapSize.parse("1.5g"));
        assertEquals(-1, HeapSize.parse("-4m"));
        assertEquals(-1, HeapSize.parse("99999999999t"));
    }
}
