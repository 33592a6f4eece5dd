package org.panlua.core.ast;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.core.lex.TokenKind;
import org.panlua.memory.string.LuaStringCodec;

/**
 * Lua source from a tree, for {@code panlua --emit-lua}: parsing the output gives the same tree
 * except for lines ({@link AstPrinter#equalIgnoringLines}).
 *
 * <p>The output adds no parentheses to parsed trees (parentheses are {@link Expr.Paren} nodes),
 * uses {@code a.b} for string keys that are names, and puts a {@code ;} before a statement that
 * starts with {@code (}. Numbers re-read to the same value and kind: integers in decimal, or in
 * hexadecimal when negative (a wrapped-around hex numeral), floats in the shortest decimal form
 * that reads back exactly, infinity as {@code 1e9999}. Strings are quoted with escapes for
 * control bytes and for bytes that are not UTF-8, so every byte survives.
 *
 * <p>Trees that no parse produces are emitted as sensibly as Lua allows, but do not round-trip:
 * an operand that its operator would not group without parentheses gets them, a non-prefix
 * expression that is called or indexed gets them, and negative or NaN floats become
 * expressions ({@code (-1.5)}, {@code (0/0)}).
 */
public final class LuaEmitter {
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();
    private int depth;

    private LuaEmitter() {}

    /** The chunk as Lua source. */
    public static String emit(Chunk chunk) {
        return emit(chunk.block());
    }

    /** A block as Lua source, at the outermost level. */
    public static String emit(Block block) {
        LuaEmitter e = new LuaEmitter();
        e.statements(block);
        return e.out.toString();
    }

    /** The chunk as Lua source bytes (UTF-8; the text has no other non-ASCII content). */
    public static byte[] emitBytes(Chunk chunk) {
        return emit(chunk).getBytes(StandardCharsets.UTF_8);
    }

    /** One expression as Lua source. */
    public static String emit(Expr expr) {
        LuaEmitter e = new LuaEmitter();
        e.expr(expr);
        return e.out.toString();
    }

    // ---- statements -------------------------------------------------------------------------

    private void statements(Block block) {
        for (Stat s : block.stats()) {
            out.repeat(INDENT, depth);
            if (startsWithParen(s)) out.append(';');
            stat(s);
            out.append('\n');
        }
    }

    private void nestedBlock(Block block) {
        out.append('\n');
        depth++;
        statements(block);
        depth--;
        out.repeat(INDENT, depth);
    }

    private static boolean startsWithParen(Stat s) {
        Expr first = switch (s) {
            case Stat.CallStat c -> c.call();
            case Stat.Assign a -> a.targets().getFirst();
            default -> null;
        };
        while (first != null) {
            switch (first) {
                case Expr.Paren p -> {
                    return true;
                }
                case Expr.Index i -> first = i.object();
                case Expr.Call c -> first = c.function();
                case Expr.MethodCall m -> first = m.object();
                default -> first = null;
            }
        }
        return false;
    }

    private void stat(Stat stat) {
        switch (stat) {
            case Stat.Local s -> {
                out.append("local ");
                for (int i = 0; i < s.vars().size(); i++) {
                    if (i > 0) out.append(", ");
                    Stat.LocalVar v = s.vars().get(i);
                    out.append(v.name());
                    if (v.attrib() != Attrib.NONE) out.append(" <").append(v.attrib().word()).append('>');
                }
                if (!s.values().isEmpty()) {
                    out.append(" = ");
                    exprList(s.values());
                }
            }
            case Stat.Assign s -> {
                exprList(s.targets());
                out.append(" = ");
                exprList(s.values());
            }
            case Stat.CallStat s -> expr(s.call());
            case Stat.Do s -> {
                out.append("do");
                nestedBlock(s.body());
                out.append("end");
            }
            case Stat.While s -> {
                out.append("while ");
                expr(s.condition());
                out.append(" do");
                nestedBlock(s.body());
                out.append("end");
            }
            case Stat.Repeat s -> {
                out.append("repeat");
                nestedBlock(s.body());
                out.append("until ");
                expr(s.condition());
            }
            case Stat.If s -> {
                String keyword = "if ";
                for (Stat.If.Clause c : s.clauses()) {
                    out.append(keyword);
                    expr(c.condition());
                    out.append(" then");
                    nestedBlock(c.body());
                    keyword = "elseif ";
                }
                if (s.orElse() != null) {
                    out.append("else");
                    nestedBlock(s.orElse());
                }
                out.append("end");
            }
            case Stat.NumericFor s -> {
                out.append("for ").append(s.variable()).append(" = ");
                expr(s.start());
                out.append(", ");
                expr(s.limit());
                if (s.step() != null) {
                    out.append(", ");
                    expr(s.step());
                }
                out.append(" do");
                nestedBlock(s.body());
                out.append("end");
            }
            case Stat.GenericFor s -> {
                out.append("for ").append(String.join(", ", s.variables())).append(" in ");
                exprList(s.values());
                out.append(" do");
                nestedBlock(s.body());
                out.append("end");
            }
            case Stat.FunctionDef s -> {
                out.append("function ").append(String.join(".", s.path()));
                if (s.method() != null) out.append(':').append(s.method());
                functionBody(s.body());
            }
            case Stat.LocalFunction s -> {
                out.append("local function ").append(s.name());
                functionBody(s.body());
            }
            case Stat.Return s -> {
                out.append("return");
                if (!s.values().isEmpty()) {
                    out.append(' ');
                    exprList(s.values());
                }
            }
            case Stat.Break s -> out.append("break");
            case Stat.Goto s -> out.append("goto ").append(s.label());
            case Stat.Label s -> out.append("::").append(s.name()).append("::");
        }
    }

    /** {@code (params) body end}. */
    private void functionBody(FunctionBody f) {
        List<String> params = new ArrayList<>(f.params());
        if (f.isVararg()) params.add("...");
        out.append('(').append(String.join(", ", params)).append(')');
        nestedBlock(f.body());
        out.append("end");
    }

    // ---- expressions ------------------------------------------------------------------------

    private void exprList(List<? extends Expr> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) out.append(", ");
            expr(list.get(i));
        }
    }

    private void expr(Expr expr) {
        switch (expr) {
            case Expr.Nil e -> out.append("nil");
            case Expr.Bool e -> out.append(e.value());
            case Expr.Int e -> out.append(integer(e.value()));
            case Expr.Flt e -> out.append(number(e.value()));
            case Expr.Str e -> out.append(quote(e.value()));
            case Expr.Vararg e -> out.append("...");
            case Expr.Name e -> out.append(e.name());
            case Expr.Function e -> {
                out.append("function");
                functionBody(e.body());
            }
            case Expr.Table e -> table(e);
            case Expr.Paren e -> {
                out.append('(');
                expr(e.inner());
                out.append(')');
            }
            case Expr.Unary e -> unary(e);
            case Expr.Binary e -> binaryChain(e);
            case Expr.Index e -> suffixChain(e);
            case Expr.Call e -> suffixChain(e);
            case Expr.MethodCall e -> suffixChain(e);
        }
    }

    private void table(Expr.Table table) {
        out.append('{');
        for (int i = 0; i < table.fields().size(); i++) {
            if (i > 0) out.append(", ");
            switch (table.fields().get(i)) {
                case TableField.Item item -> expr(item.value());
                case TableField.Keyed keyed -> {
                    String name = nameKey(keyed.key());
                    if (name != null) {
                        out.append(name);
                    } else {
                        out.append('[');
                        expr(keyed.key());
                        out.append(']');
                    }
                    out.append(" = ");
                    expr(keyed.value());
                }
            }
        }
        out.append('}');
    }

    private void unary(Expr.Unary e) {
        out.append(e.op().symbol());
        if (e.op() == UnOp.NOT) out.append(' ');
        int at = out.length();
        Expr operand = e.operand();
        boolean bare = !(operand instanceof Expr.Binary b) || b.op().leftPriority() > UnOp.PRIORITY;
        operand(operand, bare);
        if (e.op() == UnOp.NEG && at < out.length() && out.charAt(at) == '-') out.insert(at, ' ');
    }

    /**
     * A left-leaning run of binary operations, written iteratively: the parser builds long ones
     * (a sum of thousands of terms) in a loop, so they must not cost recursion here.
     */
    private void binaryChain(Expr.Binary top) {
        List<Expr.Binary> spine = new ArrayList<>();
        Expr e = top;
        while (e instanceof Expr.Binary b) {
            spine.add(b);
            Expr left = b.left();
            if (!(left instanceof Expr.Binary l) || !leftBare(b.op(), l)) break;
            e = left;
        }
        Collections.reverse(spine);
        Expr.Binary innermost = spine.getFirst();
        Expr left = innermost.left();
        boolean bare = switch (left) {
            case Expr.Binary l -> leftBare(innermost.op(), l);
            case Expr.Unary u -> innermost.op().leftPriority() <= UnOp.PRIORITY;
            default -> true;
        };
        operand(left, bare);
        for (Expr.Binary b : spine) {
            out.append(' ').append(b.op().symbol()).append(' ');
            Expr right = b.right();
            boolean rightBare = !(right instanceof Expr.Binary r) || r.op().leftPriority() > b.op().rightPriority();
            operand(right, rightBare);
        }
    }

    /** Whether {@code left} groups as the left operand of {@code op} without parentheses. */
    private static boolean leftBare(BinOp op, Expr.Binary left) {
        return op.leftPriority() <= left.op().rightPriority();
    }

    private void operand(Expr e, boolean bare) {
        if (bare) {
            expr(e);
        } else {
            out.append('(');
            expr(e);
            out.append(')');
        }
    }

    /** A run of suffixes ({@code a.b[c]:m()(d)}), written iteratively. */
    private void suffixChain(Expr top) {
        List<Expr> spine = new ArrayList<>();
        Expr e = top;
        for (;;) {
            Expr next = switch (e) {
                case Expr.Index i -> i.object();
                case Expr.Call c -> c.function();
                case Expr.MethodCall m -> m.object();
                default -> null;
            };
            if (next == null) break;
            spine.add(e);
            e = next;
        }
        Collections.reverse(spine);
        operand(e, e instanceof Expr.Name || e instanceof Expr.Paren);
        for (Expr s : spine) {
            switch (s) {
                case Expr.Index i -> {
                    String name = nameKey(i.key());
                    if (name != null) {
                        out.append('.').append(name);
                    } else {
                        out.append('[');
                        expr(i.key());
                        out.append(']');
                    }
                }
                case Expr.Call c -> args(c.args());
                case Expr.MethodCall m -> {
                    out.append(':').append(m.method());
                    args(m.args());
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private void args(List<Expr> args) {
        out.append('(');
        exprList(args);
        out.append(')');
    }

    /** The key as a name when it is a string that is a valid, non-reserved name; else null. */
    private static String nameKey(Expr key) {
        if (!(key instanceof Expr.Str s) || s.value().length() == 0) return null;
        LuaBytes b = s.value();
        for (int i = 0; i < b.length(); i++) {
            int c = b.byteAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) return null;
        }
        String name = b.toString();
        return TokenKind.reserved(name) == null ? name : null;
    }

    // ---- literals ---------------------------------------------------------------------------

    /** An integer numeral that reads back as {@code value} (hexadecimal wraps around for negatives). */
    public static String integer(long value) {
        return value >= 0 ? Long.toString(value) : "0x" + Long.toHexString(value);
    }

    /** A float numeral (or, for values no numeral denotes, an expression) for {@code value}. */
    public static String number(double value) {
        if (Double.isNaN(value)) return "(0/0)";
        if (value == Double.POSITIVE_INFINITY) return "1e9999";
        if (value == Double.NEGATIVE_INFINITY) return "(-1e9999)";
        if (value < 0 || (value == 0 && 1 / value < 0)) return "(-" + Double.toString(-value) + ")";
        return Double.toString(value);
    }

    /**
     * A string literal in double quotes: printable ASCII as is ({@code "} and {@code \} escaped),
     * well-formed UTF-8 as is, {@code \n \r \t} and every other byte as an escape.
     */
    public static String quote(LuaBytes value) {
        String text = value.toString();
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        decimalEscape(b, c);
                    } else if (c >= 0xDC80 && c <= 0xDCFF && isLoneSurrogate(text, i)) {
                        decimalEscape(b, c - 0xDC00);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** {@link LuaStringCodec} gives a byte that is not UTF-8 as a lone low surrogate. */
    private static boolean isLoneSurrogate(String s, int i) {
        return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static void decimalEscape(StringBuilder b, int value) {
        b.append('\\');
        if (value < 100) b.append('0');
        if (value < 10) b.append('0');
        b.append(value);
    }
}
