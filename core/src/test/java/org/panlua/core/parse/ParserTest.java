package org.panlua.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panlua.core.ast.Attrib;
import org.panlua.core.ast.BinOp;
import org.panlua.core.ast.Block;
import org.panlua.core.ast.Chunk;
import org.panlua.core.ast.Expr;
import org.panlua.core.ast.FunctionBody;
import org.panlua.core.ast.Stat;
import org.panlua.core.ast.TableField;
import org.panlua.core.ast.UnOp;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.core.compiler.LuaSyntaxException;

/** Every construct of the grammar, to the tree it gives. */
class ParserTest {

    static Chunk parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), "=t");
    }

    static List<Stat> stats(String source) {
        return parse(source).block().stats();
    }

    static Stat stat(String source) {
        List<Stat> stats = stats(source);
        assertEquals(1, stats.size(), () -> "one statement expected: " + stats);
        return stats.getFirst();
    }

    static Expr expr(String source) {
        Stat.Return r = (Stat.Return) stat("return " + source);
        assertEquals(1, r.values().size());
        return r.values().getFirst();
    }

    static String error(String source) {
        return assertThrows(LuaSyntaxException.class, () -> parse(source)).getMessage();
    }

    static Expr.Name name(Expr e) {
        return assertInstanceOf(Expr.Name.class, e);
    }

    static Expr.Str str(String s) {
        return new Expr.Str(LuaBytes.of(s), 1);
    }

    // ---- statements -------------------------------------------------------------------------

    @Test
    void localStatements() {
        Stat.Local plain = (Stat.Local) stat("local a");
        assertEquals(List.of(new Stat.LocalVar("a", Attrib.NONE)), plain.vars());
        assertTrue(plain.values().isEmpty());

        Stat.Local attribs = (Stat.Local) stat("local a <const>, b, c <close> = 1, 2");
        assertEquals(List.of(new Stat.LocalVar("a", Attrib.CONST), new Stat.LocalVar("b", Attrib.NONE),
                new Stat.LocalVar("c", Attrib.CLOSE)), attribs.vars());
        assertEquals(List.of(new Expr.Int(1, 1), new Expr.Int(2, 1)), attribs.values());
    }

    @Test
    void assignments() {
        Stat.Assign a = (Stat.Assign) stat("a, b.c, d[1] = 1, 2");
        assertEquals(3, a.targets().size());
        assertEquals("a", name(a.targets().get(0)).name());
        Expr.Index field = assertInstanceOf(Expr.Index.class, a.targets().get(1));
        assertEquals(str("c"), field.key());
        Expr.Index index = assertInstanceOf(Expr.Index.class, a.targets().get(2));
        assertEquals(new Expr.Int(1, 1), index.key());
        assertEquals(2, a.values().size());
        assertInstanceOf(Stat.Assign.class, stat("(a).b = 1"));
        assertInstanceOf(Stat.Assign.class, stat("f().x = 1"));
        assertInstanceOf(Stat.Assign.class, stat("a:m().x = 1"));
    }

    @Test
    void callStatements() {
        Stat.CallStat c = (Stat.CallStat) stat("print(1, 2)");
        Expr.Call call = assertInstanceOf(Expr.Call.class, c.call());
        assertEquals("print", name(call.function()).name());
        assertEquals(2, call.args().size());

        Expr.MethodCall m = assertInstanceOf(Expr.MethodCall.class, ((Stat.CallStat) stat("obj:m 'x'")).call());
        assertEquals("m", m.method());
        assertEquals(List.of(str("x")), m.args());

        Expr.Call table = assertInstanceOf(Expr.Call.class, ((Stat.CallStat) stat("f{1}")).call());
        assertInstanceOf(Expr.Table.class, table.args().getFirst());
        Expr.Call longString = assertInstanceOf(Expr.Call.class, ((Stat.CallStat) stat("f[[x]]")).call());
        assertEquals(List.of(str("x")), longString.args());
        assertInstanceOf(Stat.CallStat.class, stat("f()()"));
        assertInstanceOf(Stat.CallStat.class, stat("(f)()"));
    }

    @Test
    void callAcrossLinesIsOneStatement() {
        List<Stat> s = stats("a = b\n(f)()");
        assertEquals(1, s.size());
        Stat.Assign a = (Stat.Assign) s.getFirst();
        assertInstanceOf(Expr.Call.class, a.values().getFirst());
        assertEquals(2, stats("a = b;\n(f)()").size());
    }

    @Test
    void emptyStatementsAreDropped() {
        assertEquals(2, stats(";;a = 1;;; b = 2;").size());
        assertTrue(stats(";").isEmpty());
    }

    @Test
    void doWhileRepeat() {
        Stat.Do d = (Stat.Do) stat("do local x end");
        assertEquals(1, d.body().stats().size());
        Stat.While w = (Stat.While) stat("while x do y() end");
        assertEquals("x", name(w.condition()).name());
        assertEquals(1, w.body().stats().size());
        Stat.Repeat r = (Stat.Repeat) stat("repeat local z = 1 until z");
        assertEquals("z", name(r.condition()).name());
        assertEquals(1, r.body().stats().size());
    }

    @Test
    void ifStatements() {
        Stat.If plain = (Stat.If) stat("if a then b() end");
        assertEquals(1, plain.clauses().size());
        assertNull(plain.orElse());

        Stat.If full = (Stat.If) stat("if a then elseif b then x() elseif c then else y() end");
        assertEquals(3, full.clauses().size());
        assertEquals("c", name(full.clauses().get(2).condition()).name());
        assertEquals(1, full.orElse().stats().size());

        Stat.If emptyElse = (Stat.If) stat("if a then else end");
        assertTrue(emptyElse.orElse().stats().isEmpty());

        Stat.If nested = (Stat.If) stat("if a then else if b then end end");
        assertInstanceOf(Stat.If.class, nested.orElse().stats().getFirst());
    }

    @Test
    void forLoops() {
        Stat.NumericFor n = (Stat.NumericFor) stat("for i = 1, 10 do end");
        assertEquals("i", n.variable());
        assertEquals(new Expr.Int(1, 1), n.start());
        assertEquals(new Expr.Int(10, 1), n.limit());
        assertNull(n.step());
        Stat.NumericFor step = (Stat.NumericFor) stat("for i = 10, 1, -1 do end");
        assertInstanceOf(Expr.Unary.class, step.step());

        Stat.GenericFor g = (Stat.GenericFor) stat("for k, v in next, t, nil do end");
        assertEquals(List.of("k", "v"), g.variables());
        assertEquals(3, g.values().size());
        assertEquals(List.of("x"), ((Stat.GenericFor) stat("for x in f() do end")).variables());
    }

    @Test
    void functionStatements() {
        Stat.FunctionDef f = (Stat.FunctionDef) stat("function f(a, b) end");
        assertEquals(List.of("f"), f.path());
        assertNull(f.method());
        assertEquals(List.of("a", "b"), f.body().params());
        assertFalse(f.body().isVararg());

        Stat.FunctionDef m = (Stat.FunctionDef) stat("function a.b.c:m(...) return ... end");
        assertEquals(List.of("a", "b", "c"), m.path());
        assertEquals("m", m.method());
        assertTrue(m.body().params().isEmpty());
        assertTrue(m.body().isVararg());

        Stat.FunctionDef field = (Stat.FunctionDef) stat("function t.f(x, ...) end");
        assertEquals(List.of("t", "f"), field.path());
        assertEquals(List.of("x"), field.body().params());
        assertTrue(field.body().isVararg());

        Stat.LocalFunction lf = (Stat.LocalFunction) stat("local function g() return g end");
        assertEquals("g", lf.name());
        assertEquals(1, lf.body().body().stats().size());
    }

    @Test
    void returnStatements() {
        assertTrue(((Stat.Return) stat("return")).values().isEmpty());
        assertTrue(((Stat.Return) stat("return;")).values().isEmpty());
        assertEquals(2, ((Stat.Return) stat("return 1, 2;")).values().size());
        Stat.Do d = (Stat.Do) stat("do return end");
        assertInstanceOf(Stat.Return.class, d.body().stats().getFirst());
        assertEquals("t:1: <eof> expected near 'x'", error("return 1 x = 2"));
        assertEquals("t:1: 'end' expected near '='", error("do return x = 1 end"));
        Stat.Repeat r = (Stat.Repeat) stat("repeat return until x");
        assertInstanceOf(Stat.Return.class, r.body().stats().getFirst());
    }

    @Test
    void gotoLabelsAndBreak() {
        List<Stat> s = stats("::top:: goto top");
        assertEquals(new Stat.Label("top", 1), s.get(0));
        assertEquals(new Stat.Goto("top", 1), s.get(1));
        Stat.While w = (Stat.While) stat("while true do break end");
        assertInstanceOf(Stat.Break.class, w.body().stats().getFirst());
        List<Stat> labels = stats("do goto b; ::a:: ; ::b:: end");
        assertEquals(3, ((Stat.Do) labels.getFirst()).body().stats().size());
    }

    // ---- expressions ------------------------------------------------------------------------

    @Test
    void literals() {
        assertInstanceOf(Expr.Nil.class, expr("nil"));
        assertEquals(new Expr.Bool(true, 1), expr("true"));
        assertEquals(new Expr.Bool(false, 1), expr("false"));
        assertEquals(new Expr.Int(42, 1), expr("42"));
        assertEquals(new Expr.Int(-1, 1), expr("0xffffffffffffffff"));
        assertEquals(new Expr.Flt(0.5, 1), expr(".5"));
        assertEquals(new Expr.Flt(1e300, 1), expr("1e300"));
        assertEquals(str("a\nb"), expr("'a\\nb'"));
        assertInstanceOf(Expr.Vararg.class, expr("..."));
        Expr.Unary neg = assertInstanceOf(Expr.Unary.class, expr("-1"));
        assertEquals(UnOp.NEG, neg.op());
        assertEquals(new Expr.Int(1, 1), neg.operand());
    }

    @Test
    void functionExpressions() {
        Expr.Function f = assertInstanceOf(Expr.Function.class, expr("function(a, ...) return a end"));
        assertEquals(List.of("a"), f.body().params());
        assertTrue(f.body().isVararg());
        assertTrue(assertInstanceOf(Expr.Function.class, expr("function(...) end")).body().params().isEmpty());
    }

    @Test
    void tableConstructors() {
        Expr.Table t = assertInstanceOf(Expr.Table.class,
                expr("{1, x = 2; [3] = 4, y, y == 1, f(), ...; }"));
        List<TableField> f = t.fields();
        assertEquals(7, f.size());
        assertEquals(new TableField.Item(new Expr.Int(1, 1), 1), f.get(0));
        assertEquals(new TableField.Keyed(str("x"), new Expr.Int(2, 1), 1), f.get(1));
        assertEquals(new TableField.Keyed(new Expr.Int(3, 1), new Expr.Int(4, 1), 1), f.get(2));
        assertEquals(new TableField.Item(new Expr.Name("y", 1), 1), f.get(3));
        assertInstanceOf(Expr.Binary.class, ((TableField.Item) f.get(4)).value());
        assertInstanceOf(Expr.Call.class, ((TableField.Item) f.get(5)).value());
        assertInstanceOf(Expr.Vararg.class, ((TableField.Item) f.get(6)).value());
        assertTrue(assertInstanceOf(Expr.Table.class, expr("{}")).fields().isEmpty());
        assertEquals("t:1: unexpected symbol near ','", error("return {,}"));
        assertEquals("t:1: '}' expected near '2'", error("return {1 2}"));
    }

    @Test
    void suffixes() {
        Expr e = expr("a.b[c]:m(1)(2)'s'{}");
        Expr.Call c3 = assertInstanceOf(Expr.Call.class, e);
        assertInstanceOf(Expr.Table.class, c3.args().getFirst());
        Expr.Call c2 = assertInstanceOf(Expr.Call.class, c3.function());
        assertEquals(List.of(str("s")), c2.args());
        Expr.Call c1 = assertInstanceOf(Expr.Call.class, c2.function());
        assertEquals(List.of(new Expr.Int(2, 1)), c1.args());
        Expr.MethodCall m = assertInstanceOf(Expr.MethodCall.class, c1.function());
        assertEquals("m", m.method());
        Expr.Index i2 = assertInstanceOf(Expr.Index.class, m.object());
        assertEquals("c", name(i2.key()).name());
        Expr.Index i1 = assertInstanceOf(Expr.Index.class, i2.object());
        assertEquals(str("b"), i1.key());
        assertEquals("a", name(i1.object()).name());
    }

    @Test
    void parenthesesAreKept() {
        Expr.Paren p = assertInstanceOf(Expr.Paren.class, expr("(f())"));
        assertInstanceOf(Expr.Call.class, p.inner());
        assertInstanceOf(Expr.Paren.class, expr("((1))"));
        assertInstanceOf(Expr.Paren.class, expr("(...)"));
        Expr.Index idx = assertInstanceOf(Expr.Index.class, expr("(\"x\").len"));
        assertInstanceOf(Expr.Paren.class, idx.object());
    }

    /** Fully parenthesised form of an expression, to show grouping. */
    static String grouping(Expr e) {
        return switch (e) {
            case Expr.Binary b -> "(" + grouping(b.left()) + " " + b.op().symbol() + " " + grouping(b.right()) + ")";
            case Expr.Unary u -> "(" + u.op().symbol() + " " + grouping(u.operand()) + ")";
            case Expr.Name n -> n.name();
            case Expr.Int i -> Long.toString(i.value());
            case Expr.Paren p -> "[" + grouping(p.inner()) + "]";
            default -> e.getClass().getSimpleName();
        };
    }

    @Test
    void priorities() {
        String[][] cases = {
            {"a + b * c", "(a + (b * c))"},
            {"a * b + c", "((a * b) + c)"},
            {"a - b - c", "((a - b) - c)"},
            {"a ^ b ^ c", "(a ^ (b ^ c))"},
            {"a .. b .. c", "(a .. (b .. c))"},
            {"-a ^ b", "(- (a ^ b))"},
            {"-a ^ -b", "(- (a ^ (- b)))"},
            {"2 ^ -3 ^ 2", "(2 ^ (- (3 ^ 2)))"},
            {"not a == b", "((not a) == b)"},
            {"a or b and c", "(a or (b and c))"},
            {"a and b or c", "((a and b) or c)"},
            {"a < b == c", "((a < b) == c)"},
            {"a | b ~ c & d", "(a | (b ~ (c & d)))"},
            {"a & b << c", "(a & (b << c))"},
            {"a << b .. c", "(a << (b .. c))"},
            {"a .. b + c", "(a .. (b + c))"},
            {"a + b .. c + d", "((a + b) .. (c + d))"},
            {"a // b % c * d / e", "((((a // b) % c) * d) / e)"},
            {"#a + 1", "((# a) + 1)"},
            {"~a & b", "((~ a) & b)"},
            {"- - a", "(- (- a))"},
            {"not not a", "(not (not a))"},
            {"a == b ~= c <= d >= e < f > g", "((((((a == b) ~= c) <= d) >= e) < f) > g)"},
            {"a or b or c", "((a or b) or c)"},
            {"(a + b) * c", "([(a + b)] * c)"},
            {"a .. b == c .. d", "((a .. b) == (c .. d))"},
            {"1 + 2 .. 3 ^ 4 ^ 5 // 6", "((1 + 2) .. ((3 ^ (4 ^ 5)) // 6))"},
        };
        for (String[] c : cases) assertEquals(c[1], grouping(expr(c[0])), c[0]);
    }

    @Test
    void operators() {
        for (BinOp op : BinOp.values()) {
            Expr.Binary b = assertInstanceOf(Expr.Binary.class, expr("x " + op.symbol() + " y"));
            assertEquals(op, b.op());
        }
        for (UnOp op : UnOp.values()) {
            Expr.Unary u = assertInstanceOf(Expr.Unary.class, expr(op.symbol() + " y"));
            assertEquals(op, u.op());
        }
    }

    // ---- lines ------------------------------------------------------------------------------

    @Test
    void linesOfNodes() {
        Stat.Local l = (Stat.Local) stat("local x =\n a\n +\n f\n (\n 1)");
        Expr.Binary b = (Expr.Binary) l.values().getFirst();
        assertEquals(1, l.line());
        assertEquals(3, b.line());
        assertEquals(2, b.left().line());
        Expr.Call call = (Expr.Call) b.right();
        assertEquals(5, call.line());
        assertEquals(4, call.function().line());
    }

    @Test
    void linesOfFunctions() {
        Stat.FunctionDef f = (Stat.FunctionDef) stat("\nfunction\nf\n(\n)\nend");
        assertEquals(2, f.line());
        assertEquals(2, f.body().line());
        assertEquals(6, f.body().endLine());

        Stat.LocalFunction lf = (Stat.LocalFunction) stat("local function g\n()\n\nend");
        assertEquals(1, lf.line());
        assertEquals(2, lf.body().line());
        assertEquals(4, lf.body().endLine());

        Stat.Local anon = (Stat.Local) stat("local h = function\n\n(a) end");
        Expr.Function fn = (Expr.Function) anon.values().getFirst();
        assertEquals(1, fn.line());
        assertEquals(3, fn.body().line());
        assertEquals(3, fn.body().endLine());

        FunctionBody main = parse("x = 1").main();
        assertEquals(0, main.line());
        assertEquals(0, main.endLine());
        assertTrue(main.isVararg());
    }

    @Test
    void linesOfBlocks() {
        Block main = parse("\nx = 1\n\ny = 2\n\n").block();
        assertEquals(2, main.line());
        assertEquals(4, main.endLine());
        Stat.Do d = (Stat.Do) stat("do\n\nend");
        assertEquals(3, d.body().line());
        assertEquals(1, d.body().endLine());
    }

    @Test
    void lineOfGotoIsThatOfTheLabelName() {
        Stat.Goto g = (Stat.Goto) stats("goto\n\nx ::x::").getFirst();
        assertEquals(3, g.line());
    }

    @Test
    void linesOfIfClauses() {
        Stat.If s = (Stat.If) stat("if a then\nelseif b then\n\nelseif c then end");
        assertEquals(List.of(1, 2, 4), s.clauses().stream().map(Stat.If.Clause::line).toList());
    }

    // ---- entry points -----------------------------------------------------------------------

    @Test
    void fileModeSkipsTheFirstLineComment() {
        byte[] src = "#!/usr/bin/env lua\nreturn 1".getBytes(StandardCharsets.US_ASCII);
        Chunk c = Parser.parseFile(src, "@f.lua");
        assertEquals(2, c.block().stats().getFirst().line());
        assertEquals("@f.lua", c.chunkName());
        assertEquals("[string \"#!/usr/bin/env lua...\"]:1: unexpected symbol near '#'",
                assertThrows(LuaSyntaxException.class,
                        () -> Parser.parse(src, "#!/usr/bin/env lua\nreturn 1")).getMessage());
    }

    @Test
    void emptyChunk() {
        assertTrue(stats("").isEmpty());
        assertTrue(stats("-- only a comment").isEmpty());
    }
}
