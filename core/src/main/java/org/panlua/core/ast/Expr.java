package org.panlua.core.ast;

import java.util.List;
import java.util.Objects;
import org.panlua.core.compiler.LuaBytes;

/**
 * Expressions. Unless a record says otherwise, its line is the line of its first token.
 * Numerals are never negative in parsed trees ({@code -1} is {@link Unary} of {@link Int}),
 * except hexadecimal integers that wrap around ({@code 0xffffffffffffffff} is {@code -1}).
 */
public sealed interface Expr extends Node {

    /** Expressions that can be assigned to: {@link Name} and {@link Index}. */
    sealed interface LValue extends Expr permits Name, Index {}

    /** Function calls, which may also stand as statements: {@link Call} and {@link MethodCall}. */
    sealed interface CallExpr extends Expr permits Call, MethodCall {
        /** The argument expressions. */
        List<Expr> args();
    }

    /** {@code nil}. */
    record Nil(int line) implements Expr {}

    /** {@code true} or {@code false}. */
    record Bool(boolean value, int line) implements Expr {}

    /** An integer numeral. */
    record Int(long value, int line) implements Expr {}

    /** A float numeral (compared with {@link Double#compare}, so {@code NaN} equals itself). */
    record Flt(double value, int line) implements Expr {}

    /** A string literal, by its bytes. */
    record Str(LuaBytes value, int line) implements Expr {
        public Str {
            Objects.requireNonNull(value);
        }
    }

    /** {@code ...} (only inside vararg functions). */
    record Vararg(int line) implements Expr {}

    /** A function expression; the line is that of {@code function}. */
    record Function(FunctionBody body, int line) implements Expr {
        public Function {
            Objects.requireNonNull(body);
        }
    }

    /** A table constructor; the line is that of <code>{</code>. */
    record Table(List<TableField> fields, int line) implements Expr {
        public Table {
            fields = List.copyOf(fields);
        }
    }

    /** A binary operation; the line is that of the operator (the reference's line for it). */
    record Binary(BinOp op, Expr left, Expr right, int line) implements Expr {
        public Binary {
            Objects.requireNonNull(op);
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }
    }

    /** A unary operation; the line is that of the operator. */
    record Unary(UnOp op, Expr operand, int line) implements Expr {
        public Unary {
            Objects.requireNonNull(op);
            Objects.requireNonNull(operand);
        }
    }

    /**
     * An expression in parentheses. It matters: it cuts a call or {@code ...} to one value and
     * is not assignable. The line is that of {@code (}.
     */
    record Paren(Expr inner, int line) implements Expr {
        public Paren {
            Objects.requireNonNull(inner);
        }
    }

    /** A variable: local, upvalue or global, as scoping decides. */
    record Name(String name, int line) implements LValue {
        public Name {
            Objects.requireNonNull(name);
        }
    }

    /**
     * Indexing: {@code object[key]}, and {@code object.name} with a {@link Str} key. The line is
     * that of {@code [} or {@code .}.
     */
    record Index(Expr object, Expr key, int line) implements LValue {
        public Index {
            Objects.requireNonNull(object);
            Objects.requireNonNull(key);
        }
    }

    /**
     * A call {@code function(args)}; {@code f"s"} and <code>f{...}</code> have one argument. The
     * line is that of the token that opens the arguments (the reference's line for the call).
     */
    record Call(Expr function, List<Expr> args, int line) implements CallExpr {
        public Call {
            Objects.requireNonNull(function);
            args = List.copyOf(args);
        }
    }

    /**
     * A method call {@code object:method(args)}. The line is that of the token that opens the
     * arguments.
     */
    record MethodCall(Expr object, String method, List<Expr> args, int line) implements CallExpr {
        public MethodCall {
            Objects.requireNonNull(object);
            Objects.requireNonNull(method);
            args = List.copyOf(args);
        }
    }
}
