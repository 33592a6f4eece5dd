package org.panlua.core.lex;

import org.panlua.core.compiler.LuaBytes;

/**
 * One token.
 *
 * @param kind  what it is
 * @param line  the line the token ends on (the line the reference reports errors at while this
 *              token is current; the same as its first line except for multi-line strings)
 * @param value a {@code String} for {@link TokenKind#NAME}, a {@code Long} for
 *              {@link TokenKind#INTEGER}, a {@code Double} for {@link TokenKind#FLOAT},
 *              {@link LuaBytes} for {@link TokenKind#STRING}, an {@code Integer} byte for
 *              {@link TokenKind#OTHER}, null for the rest
 * @param text  the token as the reference shows it after {@code near} without quotes: the
 *              source text of names and numerals, the delimiters and (decoded) contents of
 *              strings; the fixed text of the other kinds
 */
public record Token(TokenKind kind, int line, Object value, String text) {

    /** The name of a {@link TokenKind#NAME} token. */
    public String name() {
        return (String) value;
    }

    /** The value of an {@link TokenKind#INTEGER} token. */
    public long integer() {
        return (Long) value;
    }

    /** The value of a {@link TokenKind#FLOAT} token. */
    public double number() {
        return (Double) value;
    }

    /** The contents of a {@link TokenKind#STRING} token. */
    public LuaBytes bytes() {
        return (LuaBytes) value;
    }

    /**
     * The token as the reference shows it in {@code near ...}: {@code <eof>}, or the text in
     * quotes (names, numerals and strings as written, cut at a NUL byte as a C string would be),
     * or {@code '<\N>'} for a control byte; null for a NUL byte (the reference's token 0, which
     * it does not show).
     */
    public String near() {
        return switch (kind) {
            case EOF -> "<eof>";
            case NAME, INTEGER, FLOAT, STRING -> {
                int nul = text.indexOf('\0');
                yield "'" + (nul < 0 ? text : text.substring(0, nul)) + "'";
            }
            case OTHER -> (Integer) value == 0 ? null : describeByte((Integer) value);
            default -> "'" + kind.text() + "'";
        };
    }

    /** A single byte as the reference shows it: {@code 'c'} when printable, else {@code '<\N>'}. */
    static String describeByte(int b) {
        return b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : "'<\\" + b + ">'";
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NAME, INTEGER, FLOAT, STRING -> line + " " + kind + " " + text;
            case OTHER -> line + " " + kind + " " + describeByte((Integer) value);
            default -> line + " " + kind.text();
        };
    }
}
