package org.panlua.core.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The scope rules: what the reference accepts (each case checked with luac5.4) and what it
 * rejects, with its message. More rejected cases are in {@link ErrorMessagesTest}.
 */
class ScopeCheckTest {

    private static void accepts(String source) {
        assertDoesNotThrow(() -> ParserTest.parse(source), source);
    }

    private static void rejects(String source, String message) {
        assertEquals(message, ParserTest.error(source), source);
    }

    @Test
    void gotoForwardAndBackward() {
        accepts("do goto l1 end ::l1::");
        accepts("::l1:: goto l1");
        accepts("::l1:: do goto l1 end");
        accepts("do ::l1:: goto l1 end");
        rejects("goto l1; do ::l1:: end", "t:1: no visible label 'l1' for <goto> at line 1");
        rejects("do ::l1:: end goto l1", "t:1: no visible label 'l1' for <goto> at line 1");
    }

    @Test
    void labelAtTheEndOfABlockIsOutsideItsLocals() {
        accepts("local x goto l1 local y ::l1::");
        accepts("goto l1 local y ::l1:: ;;");
        accepts("goto l1 local y ::l1:: ::l2::");
        accepts("while true do goto cont local z = 1 ::cont:: end");
        accepts("for i = 1, 10 do goto cont local z = 1 ::cont:: end");
        accepts("for k, v in pairs(t) do if k then goto cont end local z = 1 ::cont:: end");
        accepts("do goto e local a ::e:: end");
        rejects("goto l1 local y ::l1:: x = 1", "t:1: <goto l1> at line 1 jumps into the scope of local 'y'");
        rejects("repeat goto l1 local y ::l1:: until y",
                "t:1: <goto l1> at line 1 jumps into the scope of local 'y'");
        rejects("repeat goto l1 local y ::l1:: ; until y",
                "t:1: <goto l1> at line 1 jumps into the scope of local 'y'");
    }

    @Test
    void jumpIntoScopeNamesTheFirstLocal() {
        rejects("goto f local a, b local c ::f:: print(c)",
                "t:1: <goto f> at line 1 jumps into the scope of local 'a'");
        rejects("local x do goto f end local y ::f:: print(y)",
                "t:1: <goto f> at line 1 jumps into the scope of local 'y'");
    }

    @Test
    void labelsAreLocalToFunctionsAndBlocks() {
        accepts("do ::a:: end ::a::");
        accepts("if x then ::a:: else ::a:: end");
        accepts("::a:: local function f() ::a:: end");
        rejects("local function f() goto l1 end ::l1::", "t:1: no visible label 'l1' for <goto> at line 1");
        rejects("::l1:: local function f() goto l1 end", "t:1: no visible label 'l1' for <goto> at line 1");
        rejects("local function f() ::l1:: ::l1:: end", "t:1: label 'l1' already defined on line 1");
        rejects("::a:: ::b:: ::a::", "t:1: label 'a' already defined on line 1");
        rejects("::a:: do ::a:: end", "t:1: label 'a' already defined on line 1");
        rejects("::a::\n::b::\n::a::\n", "t:4: label 'a' already defined on line 3");
    }

    @Test
    void breakNeedsALoop() {
        accepts("while x do if y then break end end");
        accepts("repeat break until x");
        accepts("for i = 1, 2 do do break end end");
        accepts("for k in x do break end");
        rejects("break", "t:1: break outside loop at line 1");
        rejects("if x then break end", "t:1: break outside loop at line 1");
        rejects("while x do local function f() break end end", "t:1: break outside loop at line 1");
        rejects("\n\nbreak\n\n", "t:5: break outside loop at line 3");
    }

    @Test
    void unresolvedGotoIsReportedWhenItsFunctionEnds() {
        rejects("local function f()\n goto x\nend\n\nlocal y", "t:5: no visible label 'x' for <goto> at line 2");
        rejects("do goto x end\n\nlocal a", "t:3: no visible label 'x' for <goto> at line 1");
    }

    @Test
    void constAndCloseVariablesAreReadOnly() {
        accepts("local x <const> = 1; do local x = 2; x = 3 end");
        accepts("local x <const> = 1; local x = 2; x = 3");
        accepts("local x <const> = 1; function x.y() end");
        accepts("local x <const> = {}; x.y = 2");
        accepts("local x <const> = 1; local function f(x) x = 2 end");
        accepts("local x = x; local y <const> = 1; local z = function() local y; y = 1 end");
        rejects("local x <const> = 1; x = 2", "t:1: attempt to assign to const variable 'x'");
        rejects("local x <close> = nil; x = 1", "t:1: attempt to assign to const variable 'x'");
        rejects("local x <const> = 1; function f() x = 2 end", "t:1: attempt to assign to const variable 'x'");
        rejects("local x <const> = 1; function x() end", "t:1: attempt to assign to const variable 'x'");
        rejects("local a <const>, b = 1, 2; b, a = 3, 4", "t:1: attempt to assign to const variable 'a'");
        rejects("local x <const> = 1\nx\n=\n2", "t:3: attempt to assign to const variable 'x'");
    }

    @Test
    void attributes() {
        accepts("local x < const > = 1");
        accepts("local a <close>, b <const> = nil, 1");
        rejects("local x <nope> = 1", "t:1: unknown attribute 'nope'");
        rejects("local x <const", "t:1: '>' expected near <eof>");
        rejects("local x <close>, y <const>, z <close> = 1", "t:1: multiple to-be-closed variables in local list");
    }

    @Test
    void varargOnlyInVarargFunctions() {
        accepts("return ...");
        accepts("function f(a, ...) local t = {...} end");
        rejects("function f() return ... end",
                "t:1: cannot use '...' outside a vararg function near '...'");
        rejects("function f(...) return function() return ... end end",
                "t:1: cannot use '...' outside a vararg function near '...'");
    }
}
