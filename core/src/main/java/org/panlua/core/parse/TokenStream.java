package org.panlua.core.parse;

import org.panlua.core.compiler.LuaSyntaxException;
import org.panlua.core.lex.Lexer;
import org.panlua.core.lex.Token;
import org.panlua.core.lex.TokenKind;

/**
 * The parser's view of the tokens: the current token, one token of lookahead, the line of the
 * last token consumed, error helpers worded as the reference's, and the nesting-level count
 * that stands for the reference's C-stack limit.
 */
final class TokenStream {
    /** The reference's {@code LUAI_MAXCCALLS}: parsing fails when the level count reaches it. */
    static final int MAX_LEVELS = 200;

    private final Lexer lexer;
    private Token current;
    private Token lookahead;
    private int lastLine = 1;
    private int level;

    TokenStream(Lexer lexer, int levelsInUse) {
        this.lexer = lexer;
        this.level = levelsInUse;
    }

    /** Reads the first token. */
    void start() {
        current = lexer.next();
    }

    Token current() {
        return current;
    }

    TokenKind kind() {
        return current.kind();
    }

    boolean is(TokenKind kind) {
        return current.kind() == kind;
    }

    /** The line of the current token (the lexer's line, as the reference reports errors). */
    int line() {
        return lexer.line();
    }

    /** The line of the current token itself (the line recorded in tree nodes). */
    int tokenLine() {
        return current.line();
    }

    /** The line of the last token consumed. */
    int lastLine() {
        return lastLine;
    }

    /** Consumes the current token. */
    void next() {
        lastLine = current.line();
        if (lookahead != null) {
            current = lookahead;
            lookahead = null;
        } else {
            current = lexer.next();
        }
    }

    /** The token after the current one. */
    TokenKind peek() {
        if (lookahead == null) lookahead = lexer.next();
        return lookahead.kind();
    }

    /** Consumes the current token when it is of {@code kind}. */
    boolean accept(TokenKind kind) {
        if (current.kind() != kind) return false;
        next();
        return true;
    }

    /** Fails with {@code 'x' expected} unless the current token is of {@code kind}. */
    void check(TokenKind kind) {
        if (current.kind() != kind) throw expected(kind);
    }

    /** Consumes a token of {@code kind} or fails with {@code 'x' expected}. */
    void expect(TokenKind kind) {
        check(kind);
        next();
    }

    /**
     * Consumes {@code what}, which closes {@code who} opened at line {@code where}; the message
     * names the opening token when it was on another line.
     */
    void expectMatch(TokenKind what, TokenKind who, int where) {
        if (accept(what)) return;
        if (where == line()) throw expected(what);
        throw error(what.display() + " expected (to close " + who.display() + " at line " + where + ")");
    }

    /** Consumes a name and returns it, or fails with {@code <name> expected}. */
    String name() {
        check(TokenKind.NAME);
        String name = current.name();
        next();
        return name;
    }

    LuaSyntaxException expected(TokenKind kind) {
        return error(kind.display() + " expected");
    }

    /** A syntax error near the current token. */
    LuaSyntaxException error(String message) {
        return new LuaSyntaxException(lexer.chunkId(), line(), message, current.near());
    }

    /** An error that names no token (the reference's semantic errors). */
    LuaSyntaxException semanticError(String message) {
        return new LuaSyntaxException(lexer.chunkId(), line(), message, null);
    }

    /** One more level of nesting; fails as the reference's C stack check does. */
    void enterLevel() {
        if (++level >= MAX_LEVELS) throw LuaSyntaxException.withoutPosition("C stack overflow");
    }

    void leaveLevel() {
        level--;
    }
}
