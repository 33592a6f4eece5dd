package org.panlua.core.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.panlua.core.compiler.LuaBytes;

/**
 * Prints a tree as indented text, one node per line, for {@code panlua --ast} and for comparing
 * trees: two trees are equal ignoring lines exactly when their prints without lines are equal
 * ({@link #equalIgnoringLines}).
 *
 * <p>Chains are printed flat, so that long ones (which the parser builds in loops) cost neither
 * deep recursion nor deep indentation: a left-leaning run of binary operators
 * {@code a + b - c} prints as {@code Binary} with its operands and operators as children in
 * source order, and a run of suffixes {@code a.b[c]:m(d)(e)} as {@code Suffixed} with the
 * base expression followed by each suffix.
 */
public final class AstPrinter {
    private final boolean lines;
    private final StringBuilder out = new StringBuilder();
    private int depth;

    private AstPrinter(boolean lines) {
        this.lines = lines;
    }

    /** The chunk's tree with lines ({@code @3} after each node). */
    public static String print(Chunk chunk) {
        return print(chunk, true);
    }

    /** The chunk's tree, with or without lines. */
    public static String print(Chunk chunk, boolean withLines) {
        AstPrinter p = new AstPrinter(withLines);
        p.line("Chunk " + quote(LuaBytes.of(chunk.chunkName())));
        p.depth++;
        p.function(chunk.main());
        return p.out.toString();
    }

    /** Any node's tree. */
    public static String print(Node node, boolean withLines) {
        AstPrinter p = new AstPrinter(withLines);
        p.node(node);
        return p.out.toString();
    }

    /** Whether two chunks are the same tree when lines are ignored (chunk names are ignored too). */
    public static boolean equalIgnoringLines(Chunk a, Chunk b) {
        return print(a.main(), false).equals(print(b.main(), false));
    }

    /** Whether two nodes are the same tree when lines are ignored. */
    public static boolean equalIgnoringLines(Node a, Node b) {
        return print(a, false).equals(print(b, false));
    }

    // ---- output -----------------------------------------------------------------------------

    private void line(String text) {
        out.repeat(' ', depth * 2).append(text).append('\n');
    }

    private void line(String text, int line) {
        line(lines ? text + " @" + line : text);
    }

    // ---- nodes ------------------------------------------------------------------------------

    private void node(Node node) {
        switch (node) {
            case Expr e -> expr(e);
            case Stat s -> stat(s);
            case TableField f -> field(f);
            case Block b -> block(b);
            case FunctionBody f -> function(f);
            case Stat.If.Clause c -> clause(c);
        }
    }

    private void block(Block block) {
        line(lines ? "Block @" + block.line() + "-" + block.endLine() : "Block");
        depth++;
        for (var child : block.stats()) stat(child);
        depth--;
    }

    private void function(FunctionBody f) {
        List<String> params = new ArrayList<>(f.params());
        if (f.isVararg()) params.add("...");
        String header = "Function(" + String.join(", ", params) + ")";
        line(lines ? header + " @" + f.line() + "-" + f.endLine() : header);
        depth++;
        block(f.body());
        depth--;
    }

    private void clause(Stat.If.Clause c) {
        line("Clause", c.line());
        depth++;
        expr(c.condition());
        block(c.body());
        depth--;
    }

    private void field(TableField field) {
        switch (field) {
            case TableField.Item item -> {
                line("Item", item.line());
                depth++;
                expr(item.value());
                depth--;
            }
            case TableField.Keyed keyed -> {
                line("Keyed", keyed.line());
                depth++;
                expr(keyed.key());
                expr(keyed.value());
                depth--;
            }
        }
    }

    private void stat(Stat stat) {
        switch (stat) {
            case Stat.Local s -> {
                List<String> vars = new ArrayList<>();
                for (Stat.LocalVar v : s.vars()) {
                    vars.add(v.attrib() == Attrib.NONE ? v.name() : v.name() + " <" + v.attrib().word() + ">");
                }
                line("Local " + String.join(", ", vars), s.line());
                depth++;
                for (var child : s.values()) expr(child);
                depth--;
            }
            case Stat.Assign s -> {
                line("Assign", s.line());
                depth++;
                for (var child : s.targets()) expr(child);
                line("=");
                for (var child : s.values()) expr(child);
                depth--;
            }
            case Stat.CallStat s -> {
                line("CallStat", s.line());
                depth++;
                expr(s.call());
                depth--;
            }
            case Stat.Do s -> {
                line("Do", s.line());
                depth++;
                block(s.body());
                depth--;
            }
            case Stat.While s -> {
                line("While", s.line());
                depth++;
                expr(s.condition());
                block(s.body());
                depth--;
            }
            case Stat.Repeat s -> {
                line("Repeat", s.line());
                depth++;
                block(s.body());
                expr(s.condition());
                depth--;
            }
            case Stat.If s -> {
                line("If", s.line());
                depth++;
                for (var child : s.clauses()) clause(child);
                if (s.orElse() != null) {
                    line("Else");
                    depth++;
                    block(s.orElse());
                    depth--;
                }
                depth--;
            }
            case Stat.NumericFor s -> {
                line("NumericFor " + s.variable(), s.line());
                depth++;
                expr(s.start());
                expr(s.limit());
                if (s.step() != null) expr(s.step());
                block(s.body());
                depth--;
            }
            case Stat.GenericFor s -> {
                line("GenericFor " + String.join(", ", s.variables()), s.line());
                depth++;
                for (var child : s.values()) expr(child);
                block(s.body());
                depth--;
            }
            case Stat.FunctionDef s -> {
                String name = String.join(".", s.path()) + (s.method() == null ? "" : ":" + s.method());
                line("FunctionDef " + name, s.line());
                depth++;
                function(s.body());
                depth--;
            }
            case Stat.LocalFunction s -> {
                line("LocalFunction " + s.name(), s.line());
                depth++;
                function(s.body());
                depth--;
            }
            case Stat.Return s -> {
                line("Return", s.line());
                depth++;
                for (var child : s.values()) expr(child);
                depth--;
            }
            case Stat.Break s -> line("Break", s.line());
            case Stat.Goto s -> line("Goto " + s.label(), s.line());
            case Stat.Label s -> line("Label " + s.name(), s.line());
        }
    }

    private void expr(Expr expr) {
        switch (expr) {
            case Expr.Nil e -> line("Nil", e.line());
            case Expr.Bool e -> line(e.value() ? "True" : "False", e.line());
            case Expr.Int e -> line("Int " + e.value(), e.line());
            case Expr.Flt e -> line("Flt " + e.value(), e.line());
            case Expr.Str e -> line("Str " + quote(e.value()), e.line());
            case Expr.Vararg e -> line("Vararg", e.line());
            case Expr.Name e -> line("Name " + e.name(), e.line());
            case Expr.Function e -> {
                line("FunctionExpr", e.line());
                depth++;
                function(e.body());
                depth--;
            }
            case Expr.Table e -> {
                line("Table", e.line());
                depth++;
                for (var child : e.fields()) field(child);
                depth--;
            }
            case Expr.Unary e -> {
                line("Unary " + e.op().symbol(), e.line());
                depth++;
                expr(e.operand());
                depth--;
            }
            case Expr.Paren e -> {
                line("Paren", e.line());
                depth++;
                expr(e.inner());
                depth--;
            }
            case Expr.Binary e -> binaryChain(e);
            case Expr.Index e -> suffixChain(e);
            case Expr.Call e -> suffixChain(e);
            case Expr.MethodCall e -> suffixChain(e);
        }
    }

    /** A left-leaning run of binary operations, printed flat: operand, operator, operand, .... */
    private void binaryChain(Expr.Binary top) {
        List<Expr.Binary> spine = new ArrayList<>();
        Expr e = top;
        while (e instanceof Expr.Binary b) {
            spine.add(b);
            e = b.left();
        }
        Collections.reverse(spine);
        Expr base = e;
        line("Binary");
        depth++;
        expr(base);
        for (Expr.Binary b : spine) {
            line(b.op().symbol(), b.line());
            expr(b.right());
        }
        depth--;
    }

    /** A run of suffixes, printed flat: the base expression, then each suffix in source order. */
    private void suffixChain(Expr top) {
        List<Expr> spine = new ArrayList<>();
        Expr e = top;
        for (;;) {
            switch (e) {
                case Expr.Index i -> {
                    spine.add(i);
                    e = i.object();
                }
                case Expr.Call c -> {
                    spine.add(c);
                    e = c.function();
                }
                case Expr.MethodCall m -> {
                    spine.add(m);
                    e = m.object();
                }
                default -> {
                    Collections.reverse(spine);
                    printSuffixes(e, spine);
                    return;
                }
            }
        }
    }

    private void printSuffixes(Expr base, List<Expr> suffixes) {
        line("Suffixed");
        depth++;
        expr(base);
        for (Expr s : suffixes) {
            switch (s) {
                case Expr.Index i -> {
                    line("Index", i.line());
                    depth++;
                    expr(i.key());
                    depth--;
                }
                case Expr.Call c -> {
                    line("Call", c.line());
                    depth++;
                    for (var child : c.args()) expr(child);
                    depth--;
                }
                case Expr.MethodCall m -> {
                    line("MethodCall " + m.method(), m.line());
                    depth++;
                    for (var child : m.args()) expr(child);
                    depth--;
                }
                default -> throw new IllegalStateException();
            }
        }
        depth--;
    }

    /** A string in double quotes, printable ASCII as is and every other byte as {@code \ddd}. */
    static String quote(LuaBytes s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            int c = s.byteAt(i);
            if (c == '"' || c == '\\') b.append('\\').append((char) c);
            else if (c >= 0x20 && c < 0x7F) b.append((char) c);
            else b.append('\\').append(String.format("%03d", c));
        }
        return b.append('"').toString();
    }
}
