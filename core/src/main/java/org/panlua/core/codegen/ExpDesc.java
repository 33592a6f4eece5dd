package org.panlua.core.codegen;

import org.panlua.core.compiler.LuaBytes;

/**
 * What the code generator knows about an expression that is not yet in a register (the
 * reference compiler's idea): a constant, a variable, a table access, a pending call, or a
 * jump waiting for its target. Mutable: compiling an expression moves it from kind to kind
 * until it lands where it is needed.
 */
final class ExpDesc {
    enum Kind {
        /** No value (an empty expression list). */
        VOID,
        NIL, TRUE, FALSE,
        /** Constant {@code info} of the prototype. */
        K,
        /** Float constant {@code number}. */
        KFLT,
        /** Integer constant {@code integer}. */
        KINT,
        /** String constant {@code string}. */
        KSTR,
        /** A value in register {@code info}, not a variable. */
        NONRELOC,
        /** Local variable in register {@code info}; {@code aux} is its index among active variables. */
        LOCAL,
        /** Upvalue {@code info}. */
        UPVAL,
        /** Compile-time constant local {@code constant} (of this or an enclosing function). */
        CONST,
        /** {@code R[info][R[aux]]}. */
        INDEXED,
        /** {@code U[info][K[aux]]}, K a short string. */
        INDEXUP,
        /** {@code R[info][aux]}, aux an integer. */
        INDEXI,
        /** {@code R[info][K[aux]]}, K a short string. */
        INDEXSTR,
        /** A test-and-jump at pc {@code info}. */
        JMP,
        /** An instruction at pc {@code info} whose target register is still to be chosen. */
        RELOC,
        /** A call at pc {@code info}. */
        CALL,
        /** A VARARG at pc {@code info}. */
        VARARG
    }

    static final int NO_JUMP = -1;

    Kind kind;
    int info;
    int aux;
    long integer;
    double number;
    LuaBytes string;
    /** For CONST: the variable whose value this is. */
    FuncState.Var constant;
    /** Jumps to patch when the expression is true / false. */
    int t = NO_JUMP;
    int f = NO_JUMP;

    ExpDesc() {
        this(Kind.VOID, 0);
    }

    ExpDesc(Kind kind, int info) {
        init(kind, info);
    }

    ExpDesc init(Kind kind, int info) {
        this.kind = kind;
        this.info = info;
        this.t = NO_JUMP;
        this.f = NO_JUMP;
        return this;
    }

    static ExpDesc ofInteger(long v) {
        ExpDesc e = new ExpDesc(Kind.KINT, 0);
        e.integer = v;
        return e;
    }

    static ExpDesc ofFloat(double v) {
        ExpDesc e = new ExpDesc(Kind.KFLT, 0);
        e.number = v;
        return e;
    }

    static ExpDesc ofString(LuaBytes s) {
        ExpDesc e = new ExpDesc(Kind.KSTR, 0);
        e.string = s;
        return e;
    }

    void copyFrom(ExpDesc o) {
        kind = o.kind;
        info = o.info;
        aux = o.aux;
        integer = o.integer;
        number = o.number;
        string = o.string;
        constant = o.constant;
        t = o.t;
        f = o.f;
    }

    /** Exchanges the contents of two descriptors. */
    static void swap(ExpDesc a, ExpDesc b) {
        ExpDesc t = new ExpDesc();
        t.copyFrom(a);
        a.copyFrom(b);
        b.copyFrom(t);
    }

    boolean hasJumps() {
        return t != f;
    }

    /** A numeral constant with no pending jumps. */
    boolean isNumeral() {
        return !hasJumps() && (kind == Kind.KINT || kind == Kind.KFLT);
    }

    boolean isMultiResult() {
        return kind == Kind.CALL || kind == Kind.VARARG;
    }

    boolean isVariable() {
        return kind.ordinal() >= Kind.LOCAL.ordinal() && kind.ordinal() <= Kind.INDEXSTR.ordinal();
    }
}
