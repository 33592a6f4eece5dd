package org.panlua.core.lex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.core.compiler.LuaSyntaxException;

class LexerTest {

    private static List<Token> lex(String source) {
        return new Lexer(source.getBytes(StandardCharsets.ISO_8859_1), "=t").tokenize();
    }

    private static List<TokenKind> kinds(String source) {
        return lex(source).stream().map(Token::kind).toList();
    }

    private static Token single(String source) {
        List<Token> tokens = lex(source);
        assertEquals(2, tokens.size(), () -> "one token expected in " + tokens);
        return tokens.getFirst();
    }

    /** The bytes of the single string token in {@code source} (ISO-8859-1, so chars are bytes). */
    private static byte[] string(String source) {
        Token t = single(source);
        assertEquals(TokenKind.STRING, t.kind());
        return t.bytes().toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    private static String error(String source) {
        return assertThrows(LuaSyntaxException.class, () -> lex(source)).getMessage();
    }

    @Test
    void everyReservedWord() {
        String words = "and break do else elseif end false for function goto if in local nil not or repeat"
                + " return then true until while";
        List<TokenKind> expected = List.of(TokenKind.AND, TokenKind.BREAK, TokenKind.DO, TokenKind.ELSE,
                TokenKind.ELSEIF, TokenKind.END, TokenKind.FALSE, TokenKind.FOR, TokenKind.FUNCTION,
                TokenKind.GOTO, TokenKind.IF, TokenKind.IN, TokenKind.LOCAL, TokenKind.NIL, TokenKind.NOT,
                TokenKind.OR, TokenKind.REPEAT, TokenKind.RETURN, TokenKind.THEN, TokenKind.TRUE,
                TokenKind.UNTIL, TokenKind.WHILE, TokenKind.EOF);
        assertEquals(expected, kinds(words));
        for (TokenKind k : expected) {
            if (k != TokenKind.EOF) assertEquals(k, TokenKind.reserved(k.text()));
        }
    }

    @Test
    void everySymbol() {
        String symbols = "+ - * / // % ^ # & ~ | << >> .. ... == ~= <= >= < > = ( ) { } [ ] :: ; : , .";
        List<TokenKind> expected = List.of(TokenKind.PLUS, TokenKind.MINUS, TokenKind.STAR, TokenKind.SLASH,
                TokenKind.DOUBLE_SLASH, TokenKind.PERCENT, TokenKind.CARET, TokenKind.HASH, TokenKind.AMPERSAND,
                TokenKind.TILDE, TokenKind.PIPE, TokenKind.SHIFT_LEFT, TokenKind.SHIFT_RIGHT, TokenKind.CONCAT,
                TokenKind.DOTS, TokenKind.EQ, TokenKind.NE, TokenKind.LE, TokenKind.GE, TokenKind.LT, TokenKind.GT,
                TokenKind.ASSIGN, TokenKind.LPAREN, TokenKind.RPAREN, TokenKind.LBRACE, TokenKind.RBRACE,
                TokenKind.LBRACKET, TokenKind.RBRACKET, TokenKind.DOUBLE_COLON, TokenKind.SEMICOLON,
                TokenKind.COLON, TokenKind.COMMA, TokenKind.DOT, TokenKind.EOF);
        assertEquals(expected, kinds(symbols));
        for (TokenKind k : expected) {
            if (k != TokenKind.EOF) assertEquals(k.text(), single(k.text()).text());
        }
    }

    @Test
    void symbolsWithoutSpaces() {
        assertEquals(List.of(TokenKind.NAME, TokenKind.CONCAT, TokenKind.NAME, TokenKind.DOTS, TokenKind.DOT,
                TokenKind.DOUBLE_SLASH, TokenKind.SLASH, TokenKind.SHIFT_LEFT, TokenKind.LT, TokenKind.NE,
                TokenKind.NE, TokenKind.EQ, TokenKind.DOUBLE_COLON, TokenKind.COLON, TokenKind.EOF),
                kinds("a..b....///<<<~=~===:::"));
        assertEquals(List.of(TokenKind.TILDE, TokenKind.TILDE, TokenKind.NAME, TokenKind.EOF), kinds("~~a"));
        assertEquals(List.of(TokenKind.MINUS, TokenKind.NAME, TokenKind.EOF), kinds("-x--comment"));
        assertEquals(List.of(TokenKind.GE, TokenKind.SHIFT_RIGHT, TokenKind.GT, TokenKind.EOF), kinds(">=>>>"));
    }

    @Test
    void names() {
        Token t = single("_Abc_12");
        assertEquals(TokenKind.NAME, t.kind());
        assertEquals("_Abc_12", t.name());
        assertEquals("'_Abc_12'", t.near());
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOF), kinds("andy nil_"));
        assertEquals(TokenKind.NAME, single("goto_").kind());
        assertEquals(TokenKind.NAME, single("End").kind());
    }

    @Test
    void otherBytesAreSingleTokens() {
        Token at = single("@");
        assertEquals(TokenKind.OTHER, at.kind());
        assertEquals("'@'", at.near());
        assertEquals("'<\\1>'", single("\u0001").near());
        assertEquals("'<\\255>'", single("\u00ff").near());
        assertEquals(null, single("\u0000").near());
        assertEquals(List.of(TokenKind.OTHER, TokenKind.OTHER, TokenKind.OTHER, TokenKind.OTHER, TokenKind.EOF),
                kinds("$!?`"));
    }

    @Test
    void decimalIntegers() {
        assertEquals(0L, single("0").integer());
        assertEquals(42L, single("42").integer());
        assertEquals(8L, single("08").integer());
        assertEquals(Long.MAX_VALUE, single("9223372036854775807").integer());
        assertEquals("'42'", single("42").near());
    }

    @Test
    void decimalIntegersThatOverflowBecomeFloats() {
        Token t = single("9223372036854775808");
        assertEquals(TokenKind.FLOAT, t.kind());
        assertEquals(9.223372036854775808e18, t.number());
        assertEquals(1e20, single("100000000000000000000").number());
        assertEquals("'9223372036854775808'", t.near());
    }

    @Test
    void hexIntegersWrapAround() {
        assertEquals(16L, single("0x10").integer());
        assertEquals(0xABCDEFL, single("0XabcDEF").integer());
        assertEquals(Long.MAX_VALUE, single("0x7fffffffffffffff").integer());
        assertEquals(Long.MIN_VALUE, single("0x8000000000000000").integer());
        assertEquals(-1L, single("0xffffffffffffffff").integer());
        assertEquals(0L, single("0x10000000000000000").integer());
        assertEquals(1L, single("0x10000000000000001").integer());
        assertEquals(TokenKind.INTEGER, single("0x1ffffffffffffffff").kind());
    }

    @Test
    void decimalFloats() {
        assertEquals(3.0, single("3.0").number());
        assertEquals(3.1416, single("3.1416").number());
        assertEquals(3.1416, single("314.16e-2").number());
        assertEquals(3.1416, single("0.31416E1").number());
        assertEquals(340.0, single("34e1").number());
        assertEquals(0.5, single(".5").number());
        assertEquals(5.0, single("5.").number());
        assertEquals(300.0, single("3e+2").number());
        assertEquals(Double.POSITIVE_INFINITY, single("1e309").number());
        assertEquals(Double.MIN_VALUE, single("5e-324").number());
        assertEquals(0.0, single("1e-400").number());
        assertEquals(0.1, single("0.1").number());
        assertEquals(TokenKind.FLOAT, single("1e2").kind());
    }

    @Test
    void hexFloats() {
        assertEquals(0.1171875, single("0x0.1E").number());
        assertEquals(162.1875, single("0xA23p-4").number());
        assertEquals(Math.PI, single("0X1.921FB54442D18P+1").number());
        assertEquals(1.0, single("0x.8p1").number());
        assertEquals(10.0, single("0xA.").number());
        assertEquals(Double.MIN_VALUE, single("0x1p-1074").number());
        assertEquals(Double.POSITIVE_INFINITY, single("0x1p1024").number());
        assertEquals(TokenKind.FLOAT, single("0x1p4").kind());
        assertEquals(16.0, single("0x1p4").number());
        assertEquals(TokenKind.FLOAT, single("0x1.0").kind());
    }

    @Test
    void numeralsFollowedBySymbols() {
        assertEquals(List.of(TokenKind.INTEGER, TokenKind.CONCAT, TokenKind.INTEGER, TokenKind.EOF), kinds("1 .. 2"));
        assertEquals(List.of(TokenKind.INTEGER, TokenKind.PLUS, TokenKind.INTEGER, TokenKind.EOF), kinds("0x1e+5"));
        assertEquals(List.of(TokenKind.FLOAT, TokenKind.MINUS, TokenKind.INTEGER, TokenKind.EOF), kinds("1.5-2"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.FLOAT, TokenKind.EOF), kinds("a.5"));
    }

    @Test
    void malformedNumbers() {
        assertEquals("t:1: malformed number near '3x'", error("3x"));
        assertEquals("t:1: malformed number near '0x'", error("0x"));
        assertEquals("t:1: malformed number near '1e'", error("1e"));
        assertEquals("t:1: malformed number near '1e+'", error("1e+"));
        assertEquals("t:1: malformed number near '.5e'", error(".5e"));
        assertEquals("t:1: malformed number near '0x.p1'", error("0x.p1"));
        assertEquals("t:1: malformed number near '0x1p'", error("0x1p"));
        assertEquals("t:1: malformed number near '3..2'", error("3..2"));
        assertEquals("t:1: malformed number near '1.2.3'", error("1.2.3"));
        assertEquals("t:1: malformed number near '0xffz'", error("0xffz"));
        assertEquals("t:2: malformed number near '12abc'", error("\n12abc"));
        assertEquals("t:1: malformed number near '1_'", error("1_"));
    }

    @Test
    void shortStrings() {
        assertArrayEquals("abc".getBytes(), string("'abc'"));
        assertArrayEquals("it's".getBytes(), string("\"it's\""));
        assertArrayEquals("say \"hi\"".getBytes(), string("'say \"hi\"'"));
        assertArrayEquals(new byte[0], string("''"));
        Token t = single("\"abc\"");
        assertEquals("\"abc\"", t.text());
        assertEquals("'\"abc\"'", t.near());
        assertEquals(LuaBytes.ascii("abc"), t.bytes());
    }

    @Test
    void simpleEscapes() {
        assertArrayEquals(bytes(7, 8, 12, 10, 13, 9, 11, '\\', '"', '\''),
                string("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\""));
    }

    @Test
    void decimalEscapes() {
        assertArrayEquals(bytes(0, 1, 12, 123, 255), string("'\\0\\1\\12\\123\\255'"));
        assertArrayEquals(bytes('A', '1'), string("'\\0651'"));
        assertArrayEquals(bytes(0, '0'), string("'\\0000'"));
    }

    @Test
    void hexEscapes() {
        assertArrayEquals(bytes(0, 'A', 255, 255, 0x7f), string("'\\x00\\x41\\xff\\xFF\\x7f'"));
    }

    @Test
    void utf8Escapes() {
        assertArrayEquals(bytes(0), string("'\\u{0}'"));
        assertArrayEquals(bytes('A'), string("'\\u{41}'"));
        assertArrayEquals(bytes('A'), string("'\\u{000000041}'"));
        assertArrayEquals(bytes(0xDF, 0xBF), string("'\\u{7FF}'"));
        assertArrayEquals(bytes(0xE0, 0xA0, 0x80), string("'\\u{800}'"));
        assertArrayEquals(bytes(0xEF, 0xBF, 0xBF), string("'\\u{FFFF}'"));
        assertArrayEquals(bytes(0xF0, 0x90, 0x80, 0x80), string("'\\u{10000}'"));
        assertArrayEquals(bytes(0xF4, 0x8F, 0xBF, 0xBF), string("'\\u{10FFFF}'"));
        assertArrayEquals(bytes(0xED, 0xA0, 0x80), string("'\\u{D800}'"));
        assertArrayEquals(bytes(0xF8, 0x88, 0x80, 0x80, 0x80), string("'\\u{200000}'"));
        assertArrayEquals(bytes(0xFC, 0x84, 0x80, 0x80, 0x80, 0x80), string("'\\u{4000000}'"));
        assertArrayEquals(bytes(0xFD, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF), string("'\\u{7FFFFFFF}'"));
    }

    @Test
    void zapEscapeAndEscapedLineBreaks() {
        assertArrayEquals("ab".getBytes(), string("'a\\z  \n\t \r\n  b'"));
        assertArrayEquals("a".getBytes(), string("'a\\z'"));
        assertArrayEquals("a\nb".getBytes(), string("'a\\\nb'"));
        assertArrayEquals("a\nb".getBytes(), string("'a\\\r\nb'"));
        assertArrayEquals("a\nb".getBytes(), string("'a\\\rb'"));
        assertArrayEquals("a\n\nb".getBytes(), string("'a\\\n\\\rb'"));
        List<Token> tokens = lex("'a\\z\n\n' x");
        assertEquals(3, tokens.get(0).line());
        assertEquals(3, tokens.get(1).line());
    }

    @Test
    void rawBytesInStrings() {
        assertArrayEquals(bytes(0xC3, 0xA9, 0, 0xFF, 0x7F), string("'\u00c3\u00a9\u0000\u00ff\u007f'"));
    }

    @Test
    void escapeErrors() {
        assertEquals("t:1: invalid escape sequence near '\"\\q'", error("\"\\q\""));
        assertEquals("t:1: decimal escape too large near '\"\\256\"'", error("\"\\256\""));
        assertEquals("t:1: decimal escape too large near ''\\999'", error("'\\999"));
        assertEquals("t:1: hexadecimal digit expected near '\"\\xg'", error("\"\\xg\""));
        assertEquals("t:1: hexadecimal digit expected near '\"\\x5g'", error("\"\\x5g\""));
        assertEquals("t:1: hexadecimal digit expected near '\"\\x\"'", error("\"\\x\""));
        assertEquals("t:1: hexadecimal digit expected near '\"\\x'", error("\"\\x"));
        assertEquals("t:1: missing '{' near '\"\\u1'", error("\"\\u123\""));
        assertEquals("t:1: missing '}' near '\"\\u{12\"'", error("\"\\u{12\""));
        assertEquals("t:1: hexadecimal digit expected near '\"\\u{}'", error("\"\\u{}\""));
        assertEquals("t:1: UTF-8 value too large near '\"\\u{110000000'", error("\"\\u{110000000}\""));
        assertEquals("t:1: UTF-8 value too large near '\"\\u{80000000'", error("\"\\u{80000000}\""));
        assertEquals("t:1: invalid escape sequence near '\"abc\\ '", error("\"abc\\ \""));
        assertEquals("t:1: invalid escape sequence near '\"a\nb\\q'", error("\"a\\nb\\q\""));
    }

    @Test
    void unfinishedStrings() {
        assertEquals("t:1: unfinished string near '\"abc'", error("x = \"abc\ny"));
        assertEquals("t:1: unfinished string near <eof>", error("x = 'abc"));
        assertEquals("t:1: unfinished string near <eof>", error("x = 'abc\\"));
        assertEquals("t:1: unfinished string near ''abc'", error("'abc\r'"));
    }

    @Test
    void longStrings() {
        assertArrayEquals("long".getBytes(), string("[[long]]"));
        assertArrayEquals("first newline skipped".getBytes(), string("[[\nfirst newline skipped]]"));
        assertArrayEquals("crlf skipped".getBytes(), string("[[\r\ncrlf skipped]]"));
        assertArrayEquals("\nonly one skipped".getBytes(), string("[[\n\nonly one skipped]]"));
        assertArrayEquals("a ]] ]=] b".getBytes(), string("[==[a ]] ]=] b]==]"));
        assertArrayEquals("a\nb\nc\nd\ne".getBytes(), string("[=[a\r\nb\n\rc\rd\ne]=]"));
        assertArrayEquals("no \\escapes\\n".getBytes(), string("[[no \\escapes\\n]]"));
        assertArrayEquals(new byte[0], string("[[]]"));
        assertArrayEquals("]]".getBytes(), string("[=[]]]=]"));
        assertEquals(List.of(TokenKind.STRING, TokenKind.RBRACKET, TokenKind.EOF), kinds("[[]]]"));
        Token t = single("[==[\nx\ny]==]");
        assertEquals("[==[x\ny]==]", t.text());
        assertEquals(3, t.line());
    }

    @Test
    void longStringsOfEveryLevel() {
        for (int level = 0; level < 20; level++) {
            String eq = "=".repeat(level);
            String content = "x]" + "=".repeat(level + 1) + "]y";
            assertArrayEquals(content.getBytes(), string("[" + eq + "[" + content + "]" + eq + "]"));
        }
    }

    @Test
    void longStringErrors() {
        assertEquals("t:1: unfinished long string (starting at line 1) near <eof>", error("x = [[abc"));
        assertEquals("t:5: unfinished long string (starting at line 2) near <eof>", error("\nx = [==[abc\n\nfoo]=]\n"));
        assertEquals("t:2: unfinished long comment (starting at line 1) near <eof>", error("--[[ abc\n"));
        assertEquals("t:1: invalid long string delimiter near '[='", error("x = [="));
        assertEquals("t:1: invalid long string delimiter near '[=='", error("x = [==x"));
    }

    @Test
    void comments() {
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOF), kinds("a -- comment\nb"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOF), kinds("a --[[ long\ncomment ]] b"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOF), kinds("a --[==[ ]] ]==] b"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOF), kinds("a --[ short\nb"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOF), kinds("a --[= short\nb"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOF), kinds("a ---[[ short\nb"));
        assertEquals(List.of(TokenKind.NAME, TokenKind.EOF), kinds("a --"));
        assertEquals(List.of(TokenKind.EOF), kinds("--[[]]"));
    }

    @Test
    void lineCounting() {
        List<Token> tokens = lex("a\nb\rc\r\nd\n\re\n\nf\r\rg\n\r\n\rh");
        int[] lines = {1, 2, 3, 4, 5, 7, 9, 11, 11};
        for (int i = 0; i < lines.length; i++) assertEquals(lines[i], tokens.get(i).line(), "token " + i);
        List<Token> comment = lex("--[[\n\r\n]] x --\n y");
        assertEquals(3, comment.get(0).line());
        assertEquals(4, comment.get(1).line());
    }

    @Test
    void whitespace() {
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.EOF), kinds(" \t\u000b\fa \f\u000bb\t"));
    }

    @Test
    void endOfInputRepeats() {
        Lexer lexer = new Lexer(new byte[0], "=t");
        assertEquals(TokenKind.EOF, lexer.next().kind());
        assertEquals(TokenKind.EOF, lexer.next().kind());
        assertEquals("<eof>", lexer.next().near());
    }

    @Test
    void fileModeSkipsFirstLineStartingWithHash() {
        byte[] src = "#!/usr/bin/lua\nx".getBytes();
        List<Token> file = Lexer.forFile(src, "@f").tokenize();
        assertEquals(TokenKind.NAME, file.getFirst().kind());
        assertEquals(2, file.getFirst().line());
        assertEquals(TokenKind.HASH, new Lexer(src, "@f").next().kind());
        List<Token> bom = Lexer.forFile(bytes(0xEF, 0xBB, 0xBF, '#', ' ', '\n', 'y'), "@f").tokenize();
        assertEquals("y", bom.getFirst().name());
        assertEquals(2, bom.getFirst().line());
        List<Token> bomOnly = Lexer.forFile(bytes(0xEF, 0xBB, 0xBF, 'z'), "@f").tokenize();
        assertEquals("z", bomOnly.getFirst().name());
        assertEquals(List.of(TokenKind.EOF), Lexer.forFile("# only".getBytes(), "@f").tokenize().stream()
                .map(Token::kind).toList());
    }

    @Test
    void errorsCarryTheirParts() {
        LuaSyntaxException e = assertThrows(LuaSyntaxException.class,
                () -> new Lexer("\n\n3x".getBytes(), "@dir/file.lua").tokenize());
        assertEquals("dir/file.lua:3: malformed number near '3x'", e.getMessage());
        assertEquals("dir/file.lua", e.chunkId());
        assertEquals(3, e.line());
        assertEquals("malformed number", e.detail());
        assertEquals("'3x'", e.near());
    }

    @Test
    void stringChunkNames() {
        LuaSyntaxException e = assertThrows(LuaSyntaxException.class,
                () -> new Lexer("x = 3x".getBytes(), "x = 3x").tokenize());
        assertEquals("[string \"x = 3x\"]:1: malformed number near '3x'", e.getMessage());
    }
}
