package org.panlua.core.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.panlua.core.parse.Parser;

class AstPrinterTest {

    private static Chunk parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), "=t");
    }

    @Test
    void printsAnIndentedTreeWithLines() {
        String expected = """
                Chunk "=t"
                  Function(...) @0-0
                    Block @1-3
                      Local x <const> @1
                        Binary
                          Int 1 @1
                          + @1
                          Suffixed
                            Name f @1
                            Call @2
                              Str "a\\010" @2
                      If @3
                        Clause @3
                          Name x @3
                          Block @3-3
                            Return @3
                              Vararg @3
                """;
        assertEquals(expected, AstPrinter.print(parse("local x <const> = 1 + f\n('a\\n')\nif x then return ... end")));
    }

    @Test
    void withoutLines() {
        String expected = """
                Block
                  FunctionDef a.b:c
                    Function(x, ...)
                      Block
                  Assign
                    Suffixed
                      Name t
                      Index
                        Str "k"
                    =
                    Table
                      Item
                        Nil
                      Keyed
                        Int 2
                        Flt 0.5
                """;
        assertEquals(expected, AstPrinter.print(parse("function a.b:c(x, ...) end t.k = {nil, [2] = .5}").block(), false));
    }

    @Test
    void equalityIgnoringLines() {
        Chunk a = parse("local x = 1\nreturn x");
        Chunk b = parse("local x =\n\n 1 return\n x");
        Chunk c = parse("local x = 2 return x");
        assertTrue(AstPrinter.equalIgnoringLines(a, b));
        assertFalse(AstPrinter.equalIgnoringLines(a, c));
        assertFalse(a.equals(b));
        assertFalse(AstPrinter.equalIgnoringLines(parse("return a + b + c"), parse("return a + (b + c)")));
        assertFalse(AstPrinter.equalIgnoringLines(parse("return (a)"), parse("return a")));
        assertFalse(AstPrinter.equalIgnoringLines(parse("return 1"), parse("return 1.0")));
        assertFalse(AstPrinter.equalIgnoringLines(parse("return 'a'"), parse("return a")));
        assertTrue(AstPrinter.equalIgnoringLines(parse("return t.x"), parse("return t['x']")));
    }

    @Test
    void recordsCompareByValue() {
        assertEquals(parse("return {x = 'y'}"), parse("return {x = 'y'}"));
    }
}
