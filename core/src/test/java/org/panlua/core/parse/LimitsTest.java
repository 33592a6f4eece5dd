package org.panlua.core.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.panlua.core.ast.AstPrinter;
import org.panlua.core.ast.Chunk;
import org.panlua.core.ast.LuaEmitter;
import org.panlua.core.compiler.LuaSyntaxException;
import org.panlua.core.lex.Lexer;

/**
 * Nesting is limited as the reference limits its C stack (200 levels, 1 in use by the caller
 * as for luac: the thresholds below are luac 5.4.8's); long flat constructs are not limited and
 * cost no deep recursion anywhere in the front end.
 */
class LimitsTest {

    private static Chunk parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), "=t");
    }

    private static void overflows(String source) {
        LuaSyntaxException e = assertThrows(LuaSyntaxException.class, () -> parse(source));
        assertEquals("C stack overflow", e.getMessage());
        assertEquals(-1, e.line());
    }

    private static void fits(String source) {
        assertDoesNotThrow(() -> parse(source));
    }

    /** {@code prefix + open*n + middle + close*n}, just under and at the limit. */
    private static void limit(String prefix, String open, String middle, String close, int firstFailing) {
        int ok = firstFailing - 1;
        fits(prefix + open.repeat(ok) + middle + close.repeat(ok));
        overflows(prefix + open.repeat(firstFailing) + middle + close.repeat(firstFailing));
    }

    @Test
    void nestingLimitsAsTheReference() {
        limit("return ", "(", "1", ")", 197);
        limit("local a = ", "{", "0", "}", 197);
        limit("", "do ", "", " end", 199);
        limit("", "while a do ", "", " end", 198);
        limit("local a; ", "if a then else ", "", " end", 198);
        limit("", "function foo () ", "", " end", 199);
        limit("", "return function () ", "", " end", 100);
        limit("local a; a", ",a", " = 1", "", 197);
        limit("local a = ''; return ", "a..", "'a'", "", 197);
        limit("local a = 1; return ", "a^", "a", "", 197);
        limit("return ", "- ", "1", "", 197);
        limit("return ", "not ", "1", "", 197);
        limit("local function a (x) return x end; return ", "a(", "2.2", ")", 197);
        limit("return a", "[a", "", "]", 197);
        limit("return ", "{(-", "1", ")}", 66);
    }

    /** Consecutive labels are read recursively by the reference, one level each. */
    @Test
    void consecutiveLabels() {
        StringBuilder labels = new StringBuilder();
        for (int i = 1; i <= 198; i++) labels.append("::l").append(i).append(":: ");
        fits(labels.toString());
        overflows(labels + "::l199::");
    }

    @Test
    void levelsInUseByTheCallerCount() {
        String source = "return " + "(".repeat(100) + "1" + ")".repeat(100);
        assertDoesNotThrow(() -> new Parser(new Lexer(source.getBytes(), "=t"), "=t", 90).parseChunk());
        assertThrows(LuaSyntaxException.class,
                () -> new Parser(new Lexer(source.getBytes(), "=t"), "=t", 99).parseChunk());
    }

    @Test
    void hugeNestingFailsCleanly() {
        overflows("return " + "(".repeat(100_000));
        overflows("x = " + "{".repeat(100_000));
        overflows("x = " + "- ".repeat(100_000) + "1");
        overflows("do ".repeat(100_000));
        overflows("x = " + "function() return ".repeat(100_000));
    }

    @Test
    void localVariables() {
        StringBuilder ok = new StringBuilder("local a1");
        for (int i = 2; i <= 200; i++) ok.append(", a").append(i);
        fits(ok.toString());
        assertEquals("t:1: too many local variables (limit is 200) in main function near '='",
                assertThrows(LuaSyntaxException.class, () -> parse(ok + ", a201 = 1")).getMessage());
        String inFunction = "local function f(x)\n" + "local v\n".repeat(200) + "end";
        assertEquals("t:202: too many local variables (limit is 200) in function at line 1 near 'end'",
                assertThrows(LuaSyntaxException.class, () -> parse(inFunction)).getMessage());
        fits("local function f()\n" + "local v\n".repeat(200) + "end");
        fits("for i = 1, 2 do\n" + "local v\n".repeat(196) + "end");
        assertThrows(LuaSyntaxException.class, () -> parse("for i = 1, 2 do\n" + "local v\n".repeat(197) + "end"));
        fits("do\n" + "local v\n".repeat(200) + "end\n" + "local w\n".repeat(200));
    }

    /** Long chains that the parser builds in loops: no limit, and no deep recursion anywhere. */
    @Test
    void longFlatConstructs() {
        int n = 100_000;
        assertFlat("return 1" + " + a".repeat(n));
        assertFlat("return a" + ".b".repeat(n));
        assertFlat("return f" + "()".repeat(n));
        assertFlat("return o" + ":m()".repeat(n));
        assertFlat("return t" + "[1]".repeat(n));
        assertFlat("x = 1\n".repeat(n));
        assertFlat("return {" + "1, ".repeat(n) + "}");
        assertFlat("return a" + " or b and c == d".repeat(n / 4));
        assertFlat("return '" + "x".repeat(1 << 20) + "'");
    }

    private static void assertFlat(String source) {
        Chunk chunk = parse(source);
        String emitted = LuaEmitter.emit(chunk);
        assertTrue(AstPrinter.equalIgnoringLines(chunk, parse(emitted)));
    }
}
