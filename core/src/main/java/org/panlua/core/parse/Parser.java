package org.panlua.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.panlua.core.ast.Attrib;
import org.panlua.core.ast.Block;
import org.panlua.core.ast.Chunk;
import org.panlua.core.ast.Expr;
import org.panlua.core.ast.FunctionBody;
import org.panlua.core.ast.Stat;
import org.panlua.core.compiler.LuaSyntaxException;
import org.panlua.core.lex.Lexer;
import org.panlua.core.lex.TokenKind;

/**
 * The parser of Lua 5.4: the grammar of the reference manual (section 9), read by recursive
 * descent with the reference's operator priorities, into an {@link org.panlua.core.ast} tree.
 * This class reads statements and blocks; {@link ExprParser} reads expressions;
 * {@link ScopeCheck} checks scopes as the reference's code generator does.
 *
 * <p>Errors are {@link LuaSyntaxException}s with the reference's messages. Nesting is limited
 * as the reference limits its C stack: every statement, every operand level of an expression
 * and every extra target of an assignment counts one level, on top of the levels already in
 * use by the caller (1 by default, as for {@code luac}); reaching 200 fails with
 * {@code C stack overflow}. No input makes the parser recurse deeper than that.
 */
public final class Parser {
    /** Levels in use when {@code luac} parses a file: its main function. */
    public static final int DEFAULT_LEVELS_IN_USE = 1;

    private final TokenStream tokens;
    private final ScopeCheck scopes;
    private final ExprParser exprs;
    private final String chunkName;

    /** A parser over {@code lexer}'s tokens; {@code chunkName} as given to the lexer. */
    public Parser(Lexer lexer, String chunkName) {
        this(lexer, chunkName, DEFAULT_LEVELS_IN_USE);
    }

    /**
     * A parser for a caller that already uses {@code levelsInUse} of the 200 nesting levels
     * (the reference counts the C calls in progress when {@code load} is called).
     */
    public Parser(Lexer lexer, String chunkName, int levelsInUse) {
        this.tokens = new TokenStream(lexer, levelsInUse);
        this.scopes = new ScopeCheck(tokens);
        this.exprs = new ExprParser(this, tokens, scopes);
        this.chunkName = chunkName;
    }

    /** Parses a chunk given as a string (as {@code load} does: nothing is skipped). */
    public static Chunk parse(byte[] source, String chunkName) {
        return new Parser(new Lexer(source, chunkName), chunkName).parseChunk();
    }

    /** Parses the contents of a file (a byte order mark and a {@code #} first line are skipped). */
    public static Chunk parseFile(byte[] source, String chunkName) {
        return new Parser(Lexer.forFile(source, chunkName), chunkName).parseChunk();
    }

    /** Parses the whole input as a main chunk. */
    public Chunk parseChunk() {
        tokens.start();
        scopes.openFunction(0);
        scopes.setVararg();
        Block block = statList();
        tokens.check(TokenKind.EOF);
        scopes.closeFunction();
        return new Chunk(chunkName, new FunctionBody(List.of(), true, block, 0, 0));
    }

    // ---- blocks -----------------------------------------------------------------------------

    private static boolean blockFollow(TokenKind kind, boolean withUntil) {
        return switch (kind) {
            case ELSE, ELSEIF, END, EOF -> true;
            case UNTIL -> withUntil;
            default -> false;
        };
    }

    /** Statements up to the end of a block, a {@code return} being the last. */
    private Block statList() {
        int line = tokens.tokenLine();
        List<Stat> stats = new ArrayList<>();
        while (!blockFollow(tokens.kind(), true)) {
            if (tokens.is(TokenKind.RETURN)) {
                statement(stats);
                break;
            }
            statement(stats);
        }
        return new Block(stats, line, tokens.lastLine());
    }

    /** A block in a scope of its own. */
    private Block block() {
        scopes.enterBlock(false);
        Block block = statList();
        scopes.leaveBlock();
        return block;
    }

    // ---- statements -------------------------------------------------------------------------

    private void statement(List<Stat> out) {
        int line = tokens.tokenLine();
        tokens.enterLevel();
        switch (tokens.kind()) {
            case SEMICOLON -> tokens.next();
            case IF -> out.add(ifStat(line));
            case WHILE -> out.add(whileStat(line));
            case DO -> {
                tokens.next();
                Block body = block();
                tokens.expectMatch(TokenKind.END, TokenKind.DO, line);
                out.add(new Stat.Do(body, line));
            }
            case FOR -> out.add(forStat(line));
            case REPEAT -> out.add(repeatStat(line));
            case FUNCTION -> out.add(functionStat(line));
            case LOCAL -> {
                tokens.next();
                if (tokens.accept(TokenKind.FUNCTION)) out.add(localFunction(line));
                else out.add(localStat(line));
            }
            case DOUBLE_COLON -> {
                tokens.next();
                labelStat(tokens.name(), line, out);
            }
            case RETURN -> {
                tokens.next();
                out.add(returnStat(line));
            }
            case BREAK -> {
                tokens.next();
                scopes.breakStatement(line);
                out.add(new Stat.Break(line));
            }
            case GOTO -> {
                tokens.next();
                int nameLine = tokens.tokenLine();
                String label = tokens.name();
                scopes.gotoStatement(label, nameLine);
                out.add(new Stat.Goto(label, nameLine));
            }
            default -> out.add(exprStat(line));
        }
        tokens.leaveLevel();
    }

    private Stat ifStat(int line) {
        List<Stat.If.Clause> clauses = new ArrayList<>();
        clauses.add(thenClause());
        while (tokens.is(TokenKind.ELSEIF)) clauses.add(thenClause());
        Block orElse = tokens.accept(TokenKind.ELSE) ? block() : null;
        tokens.expectMatch(TokenKind.END, TokenKind.IF, line);
        return new Stat.If(clauses, orElse, line);
    }

    /** {@code if|elseif condition then block}. */
    private Stat.If.Clause thenClause() {
        int line = tokens.tokenLine();
        tokens.next();
        Expr condition = exprs.expr();
        tokens.expect(TokenKind.THEN);
        int thenLine = tokens.lastLine();
        return new Stat.If.Clause(condition, block(), line, thenLine);
    }

    private Stat whileStat(int line) {
        tokens.next();
        Expr condition = exprs.expr();
        scopes.enterBlock(true);
        tokens.expect(TokenKind.DO);
        Block body = block();
        tokens.expectMatch(TokenKind.END, TokenKind.WHILE, line);
        scopes.leaveBlock();
        return new Stat.While(condition, body, line);
    }

    private Stat repeatStat(int line) {
        scopes.enterBlock(true);
        scopes.enterBlock(false);
        tokens.next();
        Block body = statList();
        tokens.expectMatch(TokenKind.UNTIL, TokenKind.REPEAT, line);
        Expr condition = exprs.expr();
        scopes.leaveBlock();
        scopes.leaveBlock();
        return new Stat.Repeat(body, condition, line);
    }

    private Stat forStat(int line) {
        scopes.enterBlock(true);
        tokens.next();
        String first = tokens.name();
        Stat result = switch (tokens.kind()) {
            case ASSIGN -> numericFor(first, line);
            case COMMA, IN -> genericFor(first, line);
            default -> throw tokens.error("'=' or 'in' expected");
        };
        scopes.leaveBlock();
        return result;
    }

    private Stat numericFor(String variable, int line) {
        for (int i = 0; i < 3; i++) scopes.declare("(for state)");
        scopes.declare(variable);
        tokens.expect(TokenKind.ASSIGN);
        Expr start = exprs.expr();
        tokens.expect(TokenKind.COMMA);
        Expr limit = exprs.expr();
        Expr step = tokens.accept(TokenKind.COMMA) ? exprs.expr() : null;
        scopes.activate(3);
        Block body = forBody(1, line);
        return new Stat.NumericFor(variable, start, limit, step, body, line);
    }

    private Stat genericFor(String first, int line) {
        for (int i = 0; i < 4; i++) scopes.declare("(for state)");
        List<String> names = new ArrayList<>();
        names.add(first);
        scopes.declare(first);
        while (tokens.accept(TokenKind.COMMA)) {
            String name = tokens.name();
            scopes.declare(name);
            names.add(name);
        }
        tokens.expect(TokenKind.IN);
        int callLine = tokens.line();
        List<Expr> values = exprs.exprList();
        scopes.activate(4);
        Block body = forBody(names.size(), line);
        return new Stat.GenericFor(names, values, body, line, callLine);
    }

    /** {@code do block end} of a loop whose {@code count} control variables come into scope. */
    private Block forBody(int count, int line) {
        tokens.expect(TokenKind.DO);
        scopes.enterBlock(false);
        scopes.activate(count);
        Block body = block();
        scopes.leaveBlock();
        tokens.expectMatch(TokenKind.END, TokenKind.FOR, line);
        return body;
    }

    private Stat functionStat(int line) {
        tokens.next();
        List<String> path = new ArrayList<>();
        path.add(tokens.name());
        String method = null;
        while (tokens.accept(TokenKind.DOT)) path.add(tokens.name());
        if (tokens.accept(TokenKind.COLON)) method = tokens.name();
        FunctionBody body = functionBody(method != null, line);
        if (path.size() == 1 && method == null) scopes.checkAssignable(path.getFirst());
        return new Stat.FunctionDef(path, method, body, line);
    }

    private Stat localFunction(int line) {
        String name = tokens.name();
        scopes.declare(name);
        scopes.activate(1);
        FunctionBody body = functionBody(false, tokens.tokenLine());
        return new Stat.LocalFunction(name, body, line);
    }

    private Stat localStat(int line) {
        List<Stat.LocalVar> vars = new ArrayList<>();
        boolean hasClose = false;
        do {
            String name = tokens.name();
            scopes.declare(name);
            Attrib attrib = attribute();
            scopes.setAttrib(attrib);
            if (attrib == Attrib.CLOSE) {
                if (hasClose) throw tokens.semanticError("multiple to-be-closed variables in local list");
                hasClose = true;
            }
            vars.add(new Stat.LocalVar(name, attrib));
        } while (tokens.accept(TokenKind.COMMA));
        List<Expr> values = tokens.accept(TokenKind.ASSIGN) ? exprs.exprList() : List.of();
        scopes.activate(vars.size());
        return new Stat.Local(vars, values, line);
    }

    private Attrib attribute() {
        if (!tokens.accept(TokenKind.LT)) return Attrib.NONE;
        String word = tokens.name();
        tokens.expect(TokenKind.GT);
        return switch (word) {
            case "const" -> Attrib.CONST;
            case "close" -> Attrib.CLOSE;
            default -> throw tokens.semanticError("unknown attribute '" + word + "'");
        };
    }

    /**
     * {@code ::name::}, then any empty statements and labels that follow it (they belong to the
     * same spot, which decides whether the label is the last statement of its block).
     */
    private void labelStat(String name, int line, List<Stat> out) {
        tokens.expect(TokenKind.DOUBLE_COLON);
        out.add(new Stat.Label(name, line));
        while (tokens.is(TokenKind.SEMICOLON) || tokens.is(TokenKind.DOUBLE_COLON)) statement(out);
        scopes.checkNewLabel(name);
        scopes.createLabel(name, line, blockFollow(tokens.kind(), false));
    }

    private Stat returnStat(int line) {
        List<Expr> values = blockFollow(tokens.kind(), true) || tokens.is(TokenKind.SEMICOLON)
                ? List.of()
                : exprs.exprList();
        tokens.accept(TokenKind.SEMICOLON);
        return new Stat.Return(values, line);
    }

    /** A call, or an assignment to one or more targets. */
    private Stat exprStat(int line) {
        Expr first = exprs.suffixedExpr();
        if (!tokens.is(TokenKind.ASSIGN) && !tokens.is(TokenKind.COMMA)) {
            if (first instanceof Expr.CallExpr call) return new Stat.CallStat(call, line);
            throw tokens.error("syntax error");
        }
        List<Expr.LValue> targets = new ArrayList<>();
        targets.add(assignable(first));
        int extraLevels = 0;
        try {
            while (tokens.accept(TokenKind.COMMA)) {
                Expr next = exprs.suffixedExpr();
                tokens.enterLevel();
                extraLevels++;
                targets.add(assignable(next));
            }
            tokens.expect(TokenKind.ASSIGN);
            List<Expr> values = exprs.exprList();
            return new Stat.Assign(targets, values, line);
        } finally {
            for (int i = 0; i < extraLevels; i++) tokens.leaveLevel();
        }
    }

    private Expr.LValue assignable(Expr target) {
        if (!(target instanceof Expr.LValue lvalue)) throw tokens.error("syntax error");
        if (lvalue instanceof Expr.Name name) scopes.checkAssignable(name.name());
        return lvalue;
    }

    // ---- functions --------------------------------------------------------------------------

    /**
     * Parameters and body up to {@code end}; {@code line} is the line reported as "line defined"
     * and in {@code (to close 'function' at line N)}.
     */
    FunctionBody functionBody(boolean method, int line) {
        scopes.openFunction(line);
        if (method) {
            scopes.declare("self");
            scopes.activate(1);
        }
        tokens.expect(TokenKind.LPAREN);
        List<String> params = new ArrayList<>();
        boolean vararg = false;
        if (!tokens.is(TokenKind.RPAREN)) {
            do {
                switch (tokens.kind()) {
                    case NAME -> {
                        String name = tokens.name();
                        scopes.declare(name);
                        params.add(name);
                    }
                    case DOTS -> {
                        tokens.next();
                        vararg = true;
                    }
                    default -> throw tokens.error("<name> or '...' expected");
                }
            } while (!vararg && tokens.accept(TokenKind.COMMA));
        }
        if (vararg) scopes.setVararg();
        scopes.activate(params.size());
        tokens.expect(TokenKind.RPAREN);
        Block body = statList();
        int endLine = tokens.tokenLine();
        tokens.expectMatch(TokenKind.END, TokenKind.FUNCTION, line);
        scopes.closeFunction();
        return new FunctionBody(params, vararg, body, line, endLine);
    }
}
