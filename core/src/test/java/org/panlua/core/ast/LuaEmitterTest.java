package org.panlua.core.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.core.parse.Parser;

class LuaEmitterTest {

    private static Chunk parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), "=t");
    }

    /** The source emitted for {@code source}, after checking that it round-trips. */
    private static String emit(String source) {
        return RoundTripTest.assertRoundTrip(parse(source));
    }

    private static Expr reparse(Expr e) {
        Stat.Return r = (Stat.Return) parse("return " + LuaEmitter.emit(e)).block().stats().getFirst();
        return r.values().getFirst();
    }

    @Test
    void statementsLookLikeLua() {
        assertEquals("local a <const>, b = 1, 2\n", emit("local a<const>,b=1,2"));
        assertEquals("a, b.c, d[1] = b, a\n", emit("a,b.c,d[1]=b,a"));
        assertEquals("if a then\n  b()\nelseif c then\nelse\nend\n", emit("if a then b() elseif c then else end"));
        assertEquals("for i = 1, 10, 2 do\n  print(i)\nend\n", emit("for i=1,10,2 do print(i) end"));
        assertEquals("function a.b:c(x, ...)\n  return self\nend\n", emit("function a.b:c(x,...) return self end"));
        assertEquals("local function f()\nend\n", emit("local function f() end"));
        assertEquals("do\n  goto x\n  ::x::\nend\n", emit("do goto x ::x:: end"));
        assertEquals("while true do\n  break\nend\n", emit("while true do break end"));
        assertEquals("repeat\n  local x = 1\nuntil x\n", emit("repeat local x = 1 until x"));
        assertEquals("for k, v in pairs(t) do\nend\n", emit("for k,v in pairs(t) do end"));
        assertEquals("return\n", emit("return;"));
    }

    @Test
    void statementsStartingWithAParenthesisGetASemicolon() {
        assertEquals("a = b\n;(f)()\n", emit("a = b; (f)()"));
        assertEquals(";(a).b = 1\n", emit("(a).b = 1"));
        assertEquals(";(f)():m()\n", emit("(f)():m()"));
    }

    @Test
    void expressionsKeepTheirParenthesesAndAddNone() {
        assertEquals("return (a + b) * c, a + b * c, a ^ b ^ c, (a ^ b) ^ c\n",
                emit("return (a+b)*c, a+b*c, a^b^c, (a^b)^c"));
        assertEquals("return -a ^ b, (-a) ^ b, 2 ^ -3, not a == b\n", emit("return -a^b, (-a)^b, 2^-3, not a==b"));
        assertEquals("return a .. b .. c, (a .. b) .. c, a - b - c, a - (b - c)\n",
                emit("return a..b..c, (a..b)..c, a-b-c, a-(b-c)"));
    }

    @Test
    void operatorsThatWouldTouchAreSeparated() {
        assertEquals("return - -a, a - -b, ~~a, - - -a\n", emit("return - -a, a - -b, ~ ~a, - - -a"));
        assertEquals("return 1 .. 2, #t, ~a\n", emit("return 1 .. 2, #t, ~a"));
        assertEquals("return not not a\n", emit("return not not a"));
    }

    @Test
    void suffixesAndArguments() {
        assertEquals("return a.b[c]:m(1)(\"s\")({})\n", emit("return a.b[c]:m(1)'s'{}"));
        assertEquals("return t[\"not a name\"], t[\"and\"], t.x1, t[1], t[\"\"]\n",
                emit("return t['not a name'], t['and'], t.x1, t[1], t['']"));
        assertEquals("return (\"x\"):rep(3), ({}).x, (f)\n", emit("return ('x'):rep(3), ({}).x, (f)"));
    }

    @Test
    void tables() {
        assertEquals("return {1, x = 2, [\"y z\"] = 3, [4] = 5, f()}\n", emit("return {1; x = 2, ['y z'] = 3, [4] = 5, f(),}"));
        assertEquals("return {}\n", emit("return {}"));
    }

    @Test
    void integersReadBackAsIntegers() {
        long[] values = {0, 1, 42, Long.MAX_VALUE, Long.MIN_VALUE, -1, -42, 1L << 53, (1L << 53) + 1};
        for (long v : values) {
            Expr e = reparse(new Expr.Int(v, 1));
            assertEquals(new Expr.Int(v, 1), e, () -> "integer " + v);
        }
        assertEquals("0xffffffffffffffff", LuaEmitter.integer(-1));
        assertEquals("0x8000000000000000", LuaEmitter.integer(Long.MIN_VALUE));
        assertEquals("return 9223372036854775807, 0xffffffffffffffff, 0x8000000000000000\n",
                emit("return 0x7fffffffffffffff, 0xffffffffffffffff, 0x8000000000000000"));
    }

    @Test
    void floatsReadBackExactly() {
        double[] values = {0.0, 0.1, 0.5, 1.0, 3.0, 1e22, 1e23, 1.7976931348623157e308, Double.MIN_VALUE,
                Double.MIN_NORMAL, 123456789012345678.0, Math.PI, 9.223372036854775808e18,
                Double.POSITIVE_INFINITY, 2.5e-310};
        for (double v : values) {
            Expr e = reparse(new Expr.Flt(v, 1));
            assertEquals(new Expr.Flt(v, 1), e, () -> "float " + v);
        }
        Random random = new Random(1);
        for (int i = 0; i < 5000; i++) {
            double v = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isNaN(v)) continue;
            assertEquals(new Expr.Flt(v, 1), reparse(new Expr.Flt(v, 1)), () -> "float " + v);
        }
        assertEquals("return 1e9999, 1.0, 1.0E100, 0.5\n", emit("return 1e400, 1.0, 1e100, .5"));
    }

    @Test
    void valuesWithoutNumeralsBecomeExpressions() {
        assertEquals("(0/0)", LuaEmitter.number(Double.NaN));
        assertEquals("(-1e9999)", LuaEmitter.number(Double.NEGATIVE_INFINITY));
        assertEquals("(-1.5)", LuaEmitter.number(-1.5));
        assertEquals("(-0.0)", LuaEmitter.number(-0.0));
        Expr.Paren p = assertInstanceOf(Expr.Paren.class, reparse(new Expr.Flt(-1.5, 1)));
        assertInstanceOf(Expr.Unary.class, p.inner());
    }

    @Test
    void everyByteOfAStringSurvives() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        Expr.Str s = new Expr.Str(LuaBytes.of(all), 1);
        assertEquals(s, reparse(s));
        Random random = new Random(2);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[random.nextInt(12)];
            random.nextBytes(b);
            Expr.Str r = new Expr.Str(LuaBytes.of(b), 1);
            assertEquals(r, reparse(r));
        }
    }

    @Test
    void stringEscapes() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\000\\0011\\127\"", LuaEmitter.quote(LuaBytes.of(
                new byte[] {'a', '"', 'b', '\\', 'c', '\n', '\r', '\t', 0, 1, '1', 127})));
        assertEquals("\"é日本🎉\"", LuaEmitter.quote(LuaBytes.of("é日本🎉")));
        assertEquals("\"\\255\\195\"", LuaEmitter.quote(LuaBytes.of(new byte[] {(byte) 0xFF, (byte) 0xC3})));
        assertEquals("\"'\"", LuaEmitter.quote(LuaBytes.ascii("'")));
    }

    @Test
    void treesBuiltByHandGetParenthesesWhereNeeded() {
        Expr a = new Expr.Name("a", 1);
        Expr b = new Expr.Name("b", 1);
        Expr c = new Expr.Name("c", 1);
        Expr sum = new Expr.Binary(BinOp.ADD, a, b, 1);
        assertEquals("(a + b) * c", LuaEmitter.emit(new Expr.Binary(BinOp.MUL, sum, c, 1)));
        assertEquals("c * (a + b)", LuaEmitter.emit(new Expr.Binary(BinOp.MUL, c, sum, 1)));
        assertEquals("a - (a + b)", LuaEmitter.emit(new Expr.Binary(BinOp.SUB, a, sum, 1)));
        assertEquals("-(a + b)", LuaEmitter.emit(new Expr.Unary(UnOp.NEG, sum, 1)));
        assertEquals("(-a) ^ b", LuaEmitter.emit(new Expr.Binary(BinOp.POW, new Expr.Unary(UnOp.NEG, a, 1), b, 1)));
        assertEquals("(1)(a)", LuaEmitter.emit(new Expr.Call(new Expr.Int(1, 1), List.of(a), 1)));
        assertEquals("(\"s\"):m()", LuaEmitter.emit(new Expr.MethodCall(new Expr.Str(LuaBytes.ascii("s"), 1), "m", List.of(), 1)));
    }
}
