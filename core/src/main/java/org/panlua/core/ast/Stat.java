package org.panlua.core.ast;

import java.util.List;
import java.util.Objects;

/** Statements. Unless a record says otherwise, the line is that of the statement's first token. */
public sealed interface Stat extends Node {

    /** A local variable of a {@link Local} statement, with its attribute. */
    record LocalVar(String name, Attrib attrib) {
        public LocalVar {
            Objects.requireNonNull(name);
            Objects.requireNonNull(attrib);
        }
    }

    /** {@code local a <const>, b = e1, e2} (no values when there is no {@code =}). */
    record Local(List<LocalVar> vars, List<Expr> values, int line) implements Stat {
        public Local {
            vars = List.copyOf(vars);
            values = List.copyOf(values);
        }
    }

    /** {@code t1, t2 = e1, e2}. */
    record Assign(List<Expr.LValue> targets, List<Expr> values, int line) implements Stat {
        public Assign {
            targets = List.copyOf(targets);
            values = List.copyOf(values);
        }
    }

    /** A function call as a statement (its results are dropped). */
    record CallStat(Expr.CallExpr call, int line) implements Stat {
        public CallStat {
            Objects.requireNonNull(call);
        }
    }

    /** {@code do ... end}. */
    record Do(Block body, int line) implements Stat {
        public Do {
            Objects.requireNonNull(body);
        }
    }

    /** {@code while condition do ... end}. */
    record While(Expr condition, Block body, int line) implements Stat {
        public While {
            Objects.requireNonNull(condition);
            Objects.requireNonNull(body);
        }
    }

    /** {@code repeat ... until condition}; the condition sees the body's locals. */
    record Repeat(Block body, Expr condition, int line) implements Stat {
        public Repeat {
            Objects.requireNonNull(body);
            Objects.requireNonNull(condition);
        }
    }

    /**
     * {@code if c1 then ... elseif c2 then ... else ... end}: one clause per condition, and the
     * {@code else} block or null when there is no {@code else}.
     */
    record If(List<Clause> clauses, Block orElse, int line) implements Stat {
        public If {
            clauses = List.copyOf(clauses);
            if (clauses.isEmpty()) throw new IllegalArgumentException("an if needs a clause");
        }

        /** {@code condition then body}; the line is that of {@code if} or {@code elseif}. */
        /** {@code thenLine}: the line of {@code then}, where the reference puts the condition's jump. */
        public record Clause(Expr condition, Block body, int line, int thenLine) implements Node {
            public Clause {
                Objects.requireNonNull(condition);
                Objects.requireNonNull(body);
            }
        }
    }

    /** {@code for variable = start, limit, step do ... end}; {@code step} is null when absent. */
    record NumericFor(String variable, Expr start, Expr limit, Expr step, Block body, int line)
            implements Stat {
        public NumericFor {
            Objects.requireNonNull(variable);
            Objects.requireNonNull(start);
            Objects.requireNonNull(limit);
            Objects.requireNonNull(body);
        }
    }

    /**
     * {@code for v1, v2 in e1, e2 do ... end}; {@code callLine} is the line after {@code in},
     * which errors in calls of the iterator report.
     */
    record GenericFor(List<String> variables, List<Expr> values, Block body, int line, int callLine) implements Stat {
        public GenericFor {
            variables = List.copyOf(variables);
            values = List.copyOf(values);
            Objects.requireNonNull(body);
        }

        /** A loop whose iterator is called on the line of {@code for}. */
        public GenericFor(List<String> variables, List<Expr> values, Block body, int line) {
            this(variables, values, body, line, line);
        }
    }

    /**
     * {@code function a.b.c:m() ... end}: {@code path} is {@code [a, b, c]} (at least one name),
     * {@code method} is {@code m} or null. A method gets the hidden parameter {@code self}.
     */
    record FunctionDef(List<String> path, String method, FunctionBody body, int line) implements Stat {
        public FunctionDef {
            path = List.copyOf(path);
            if (path.isEmpty()) throw new IllegalArgumentException("a function name needs a name");
            Objects.requireNonNull(body);
        }
    }

    /** {@code local function name() ... end} (the name is in scope in the body). */
    record LocalFunction(String name, FunctionBody body, int line) implements Stat {
        public LocalFunction {
            Objects.requireNonNull(name);
            Objects.requireNonNull(body);
        }
    }

    /** {@code return e1, e2}; only the last statement of a block. */
    record Return(List<Expr> values, int line) implements Stat {
        public Return {
            values = List.copyOf(values);
        }
    }

    /** {@code break}. */
    record Break(int line) implements Stat {}

    /** {@code goto label}; the line is that of the label's name (the reference's line for it). */
    record Goto(String label, int line) implements Stat {
        public Goto {
            Objects.requireNonNull(label);
        }
    }

    /** {@code ::name::}. */
    record Label(String name, int line) implements Stat {
        public Label {
            Objects.requireNonNull(name);
        }
    }
}
