package org.panlua.core.codegen;

import org.junit.jupiter.api.Test;
import org.panlua.core.compiler.Compiler;
import org.panlua.core.compiler.LuaSyntaxException;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** Errors found while generating code, with the reference's wording. */
class CodeGeneratorErrorTest {
    private static String error(String source) {
        LuaSyntaxException e = assertThrows(LuaSyntaxException.class,
                () -> Compiler.compile(source.getBytes(StandardCharsets.UTF_8), "=t"));
        return e.getMessage();
    }

    @Test
    void assignmentToConstants() {
        assertEquals("t:1: attempt to assign to const variable 'x'", error("local x <const> = 1; x = 2"));
        assertEquals("t:1: attempt to assign to const variable 'x'", error("local x <close> = nil; x = 2"));
        assertTrue(error("local x <const> = {}; function f() x = 1 end").contains("const variable 'x'"));
    }

    @Test
    void gotoAndBreak() {
        assertTrue(error("goto nowhere").contains("no visible label 'nowhere' for <goto> at line 1"), error("goto nowhere"));
        assertTrue(error("break").contains("break outside loop at line 1"), error("break"));
        assertTrue(error("goto l; local x; ::l:: print(x)").contains("jumps into the scope of local 'x'"));
        assertTrue(error("::a:: ::a::").contains("label 'a' already defined on line 1"));
    }

    @Test
    void tooManyRegistersIsAnError() {
        StringBuilder s = new StringBuilder("local t = {");
        for (int i = 0; i < 300; i++) s.append("f(), ");
        s.append("f()} ");
        // a table constructor flushes every 50 items, so it never runs out of registers
        assertDoesNotThrow(() -> Compiler.compile(s.toString().getBytes(StandardCharsets.UTF_8), "=t"));
        StringBuilder call = new StringBuilder("f(");
        for (int i = 0; i < 300; i++) call.append(i).append(", ");
        call.append("0)");
        assertTrue(error(call.toString()).contains("too many registers"), error(call.toString()));
    }
}
