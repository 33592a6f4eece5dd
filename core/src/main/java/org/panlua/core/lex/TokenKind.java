package org.panlua.core.lex;

import java.util.HashMap;
import java.util.Map;

/**
 * Every token of Lua 5.4. Reserved words and symbols have a fixed {@link #text()}; names,
 * numerals and strings carry a value in their {@link Token}; {@link #OTHER} is any other
 * single byte (the parser reports it as an unexpected symbol, as the reference does).
 */
public enum TokenKind {
    AND("and"),
    BREAK("break"),
    DO("do"),
    ELSE("else"),
    ELSEIF("elseif"),
    END("end"),
    FALSE("false"),
    FOR("for"),
    FUNCTION("function"),
    GOTO("goto"),
    IF("if"),
    IN("in"),
    LOCAL("local"),
    NIL("nil"),
    NOT("not"),
    OR("or"),
    REPEAT("repeat"),
    RETURN("return"),
    THEN("then"),
    TRUE("true"),
    UNTIL("until"),
    WHILE("while"),

    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    DOUBLE_SLASH("//"),
    PERCENT("%"),
    CARET("^"),
    HASH("#"),
    AMPERSAND("&"),
    TILDE("~"),
    PIPE("|"),
    SHIFT_LEFT("<<"),
    SHIFT_RIGHT(">>"),
    CONCAT(".."),
    DOTS("..."),
    EQ("=="),
    NE("~="),
    LE("<="),
    GE(">="),
    LT("<"),
    GT(">"),
    ASSIGN("="),
    LPAREN("("),
    RPAREN(")"),
    LBRACE("{"),
    RBRACE("}"),
    LBRACKET("["),
    RBRACKET("]"),
    DOUBLE_COLON("::"),
    SEMICOLON(";"),
    COLON(":"),
    COMMA(","),
    DOT("."),

    /** A name; the token's value is the name as a {@code String}. */
    NAME("<name>"),
    /** An integer numeral; the value is a {@code long}. */
    INTEGER("<integer>"),
    /** A float numeral; the value is a {@code double}. */
    FLOAT("<number>"),
    /** A string literal; the value is its bytes as {@code LuaBytes}. */
    STRING("<string>"),
    /** Any other single byte; the value is the byte (0..255) as an {@code Integer}. */
    OTHER("<other>"),
    /** The end of the source. */
    EOF("<eof>");

    private static final Map<String, TokenKind> RESERVED = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.isReserved()) RESERVED.put(k.text, k);
        }
    }

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    /** The source text of a reserved word or symbol; a placeholder such as {@code <name>} otherwise. */
    public String text() {
        return text;
    }

    /** Whether this is a reserved word ({@code and} ... {@code while}). */
    public boolean isReserved() {
        return ordinal() <= WHILE.ordinal();
    }

    /** Whether this token always has the same text (reserved words and symbols). */
    public boolean isFixed() {
        return ordinal() <= DOT.ordinal();
    }

    /** The reserved word spelled {@code name}, or null when {@code name} is not reserved. */
    public static TokenKind reserved(String name) {
        return RESERVED.get(name);
    }

    /**
     * The token as the reference names it in "expected" messages: fixed tokens quoted
     * ({@code 'end'}, {@code '='}), the others as placeholders ({@code <name>}, {@code <eof>}).
     */
    public String display() {
        return isFixed() ? "'" + text + "'" : text;
    }
}
