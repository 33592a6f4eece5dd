package org.panlua.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.panlua.core.ast.BinOp;
import org.panlua.core.ast.Expr;
import org.panlua.core.ast.TableField;
import org.panlua.core.ast.UnOp;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.core.lex.Token;
import org.panlua.core.lex.TokenKind;

/**
 * Expressions, by precedence climbing over the reference's priority table ({@link BinOp}):
 * {@code subexpr(limit)} reads an operand, then every binary operator whose left priority
 * exceeds {@code limit}, its right operand read with the operator's right priority (so
 * {@code ..} and {@code ^} group to the right).
 */
final class ExprParser {
    private final Parser parser;
    private final TokenStream tokens;
    private final ScopeCheck scopes;

    ExprParser(Parser parser, TokenStream tokens, ScopeCheck scopes) {
        this.parser = parser;
        this.tokens = tokens;
        this.scopes = scopes;
    }

    Expr expr() {
        return subExpr(0);
    }

    /** {@code expr {',' expr}}. */
    List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        while (tokens.accept(TokenKind.COMMA)) list.add(expr());
        return list;
    }

    private Expr subExpr(int limit) {
        tokens.enterLevel();
        Expr e;
        UnOp unary = unaryOp(tokens.kind());
        if (unary != null) {
            int line = tokens.tokenLine();
            tokens.next();
            e = new Expr.Unary(unary, subExpr(UnOp.PRIORITY), line);
        } else {
            e = simpleExpr();
        }
        BinOp op = binaryOp(tokens.kind());
        while (op != null && op.leftPriority() > limit) {
            int line = tokens.tokenLine();
            tokens.next();
            Expr right = subExpr(op.rightPriority());
            e = new Expr.Binary(op, e, right, line);
            op = binaryOp(tokens.kind());
        }
        tokens.leaveLevel();
        return e;
    }

    private static UnOp unaryOp(TokenKind kind) {
        return switch (kind) {
            case NOT -> UnOp.NOT;
            case MINUS -> UnOp.NEG;
            case TILDE -> UnOp.BNOT;
            case HASH -> UnOp.LEN;
            default -> null;
        };
    }

    private static BinOp binaryOp(TokenKind kind) {
        return switch (kind) {
            case PLUS -> BinOp.ADD;
            case MINUS -> BinOp.SUB;
            case STAR -> BinOp.MUL;
            case PERCENT -> BinOp.MOD;
            case CARET -> BinOp.POW;
            case SLASH -> BinOp.DIV;
            case DOUBLE_SLASH -> BinOp.IDIV;
            case AMPERSAND -> BinOp.BAND;
            case PIPE -> BinOp.BOR;
            case TILDE -> BinOp.BXOR;
            case SHIFT_LEFT -> BinOp.SHL;
            case SHIFT_RIGHT -> BinOp.SHR;
            case CONCAT -> BinOp.CONCAT;
            case NE -> BinOp.NE;
            case EQ -> BinOp.EQ;
            case LT -> BinOp.LT;
            case LE -> BinOp.LE;
            case GT -> BinOp.GT;
            case GE -> BinOp.GE;
            case AND -> BinOp.AND;
            case OR -> BinOp.OR;
            default -> null;
        };
    }

    /** Literals, {@code ...}, constructors, function expressions, or a suffixed expression. */
    private Expr simpleExpr() {
        Token t = tokens.current();
        int line = tokens.tokenLine();
        Expr e;
        switch (t.kind()) {
            case FLOAT -> e = new Expr.Flt(t.number(), line);
            case INTEGER -> e = new Expr.Int(t.integer(), line);
            case STRING -> e = new Expr.Str(t.bytes(), line);
            case NIL -> e = new Expr.Nil(line);
            case TRUE -> e = new Expr.Bool(true, line);
            case FALSE -> e = new Expr.Bool(false, line);
            case DOTS -> {
                if (!scopes.isVararg()) throw tokens.error("cannot use '...' outside a vararg function");
                e = new Expr.Vararg(line);
            }
            case LBRACE -> {
                return table();
            }
            case FUNCTION -> {
                tokens.next();
                return new Expr.Function(parser.functionBody(false, tokens.tokenLine()), line);
            }
            default -> {
                return suffixedExpr();
            }
        }
        tokens.next();
        return e;
    }

    /** {@code NAME} or {@code '(' expr ')'}. */
    private Expr primaryExpr() {
        int line = tokens.tokenLine();
        switch (tokens.kind()) {
            case LPAREN -> {
                tokens.next();
                Expr inner = expr();
                tokens.expectMatch(TokenKind.RPAREN, TokenKind.LPAREN, line);
                return new Expr.Paren(inner, line);
            }
            case NAME -> {
                return new Expr.Name(tokens.name(), line);
            }
            default -> throw tokens.error("unexpected symbol");
        }
    }

    /** A primary expression and its suffixes: {@code .name}, {@code [key]}, {@code :m(args)}, {@code (args)}. */
    Expr suffixedExpr() {
        Expr e = primaryExpr();
        for (;;) {
            int line = tokens.tokenLine();
            switch (tokens.kind()) {
                case DOT -> {
                    tokens.next();
                    e = new Expr.Index(e, nameKey(), line);
                }
                case LBRACKET -> e = new Expr.Index(e, bracketKey(), line);
                case COLON -> {
                    tokens.next();
                    String method = tokens.name();
                    int argsLine = tokens.tokenLine();
                    e = new Expr.MethodCall(e, method, callArgs(), argsLine);
                }
                case LPAREN, STRING, LBRACE -> e = new Expr.Call(e, callArgs(), line);
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr.Str nameKey() {
        int line = tokens.tokenLine();
        return new Expr.Str(LuaBytes.ascii(tokens.name()), line);
    }

    /** {@code '[' expr ']'}. */
    private Expr bracketKey() {
        tokens.next();
        Expr key = expr();
        tokens.expect(TokenKind.RBRACKET);
        return key;
    }

    private List<Expr> callArgs() {
        int line = tokens.tokenLine();
        switch (tokens.kind()) {
            case LPAREN -> {
                tokens.next();
                List<Expr> args = tokens.is(TokenKind.RPAREN) ? List.of() : exprList();
                tokens.expectMatch(TokenKind.RPAREN, TokenKind.LPAREN, line);
                return args;
            }
            case LBRACE -> {
                return List.of(table());
            }
            case STRING -> {
                Expr arg = new Expr.Str(tokens.current().bytes(), line);
                tokens.next();
                return List.of(arg);
            }
            default -> throw tokens.error("function arguments expected");
        }
    }

    /** <code>'{' [field {sep field} [sep]] '}'</code>. */
    private Expr table() {
        int line = tokens.tokenLine();
        tokens.expect(TokenKind.LBRACE);
        List<TableField> fields = new ArrayList<>();
        do {
            if (tokens.is(TokenKind.RBRACE)) break;
            fields.add(field());
        } while (tokens.accept(TokenKind.COMMA) || tokens.accept(TokenKind.SEMICOLON));
        tokens.expectMatch(TokenKind.RBRACE, TokenKind.LBRACE, line);
        return new Expr.Table(fields, line);
    }

    private TableField field() {
        int line = tokens.tokenLine();
        switch (tokens.kind()) {
            case NAME -> {
                if (tokens.peek() != TokenKind.ASSIGN) return new TableField.Item(expr(), line);
                Expr key = nameKey();
                tokens.expect(TokenKind.ASSIGN);
                return new TableField.Keyed(key, expr(), line);
            }
            case LBRACKET -> {
                Expr key = bracketKey();
                tokens.expect(TokenKind.ASSIGN);
                return new TableField.Keyed(key, expr(), line);
            }
            default -> {
                return new TableField.Item(expr(), line);
            }
        }
    }
}
