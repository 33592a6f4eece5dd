package org.panlua.core.codegen;

import org.panlua.core.ast.Expr;
import org.panlua.core.ast.TableField;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.OpCode;
import org.panlua.core.codegen.ExpDesc.Kind;

import java.util.List;

/** Compiles expressions of the syntax tree into expression descriptors. */
final class ExpressionCompiler {
    /** Table items stored by one SETLIST. */
    static final int FIELDS_PER_FLUSH = 50;

    private final CodeGenerator g;

    ExpressionCompiler(CodeGenerator g) {
        this.g = g;
    }

    /**
     * Compiles one expression into {@code e}. The cases are ordered by how often they occur in
     * ordinary code (they are tested in order: instanceof tests rather than a pattern switch, whose
     * class is spun at run time at every start, docs/cli.md), and each sets the current line
     * from its own record, which avoids a megamorphic call to {@code line()}.
     */
    void expr(FuncState fs, Expr node, ExpDesc e) {
        if (node instanceof Expr.Name n) {
            fs.line = n.line();
            g.singleVar(fs, n.name(), e, n.line());
        } else if (node instanceof Expr.Index ix) {
            expr(fs, ix.object(), e);
            fs.line = ix.line();
            Expressions.exp2anyregup(fs, e);
            ExpDesc key = new ExpDesc();
            expr(fs, ix.key(), key);
            Expressions.exp2val(fs, key);
            Expressions.indexed(fs, e, key);
        } else if (node instanceof Expr.Str s) {
            e.copyFrom(ExpDesc.ofString(s.value()));
        } else if (node instanceof Expr.Int i) {
            e.copyFrom(ExpDesc.ofInteger(i.value()));
        } else if (node instanceof Expr.Call c) {
            expr(fs, c.function(), e);
            fs.line = c.line();
            Expressions.exp2nextreg(fs, e);
            callArguments(fs, e, c.args(), c.line());
        } else if (node instanceof Expr.Binary b) {
            binary(fs, b, e);
        } else if (node instanceof Expr.MethodCall m) {
            expr(fs, m.object(), e);
            fs.line = m.line();
            Expressions.self(fs, e, ExpDesc.ofString(org.panlua.core.compiler.LuaBytes.ascii(m.method())));
            callArguments(fs, e, m.args(), m.line());
        } else if (node instanceof Expr.Table t) {
            fs.line = t.line();
            table(fs, t, e);
        } else if (node instanceof Expr.Function f) {
            g.closure(fs, f.body(), false, e);
        } else if (node instanceof Expr.Unary u) {
            expr(fs, u.operand(), e);
            fs.line = u.line();
            Expressions.prefix(fs, u.op(), e, u.line());
        } else if (node instanceof Expr.Paren p) {
            expr(fs, p.inner(), e);
            fs.line = p.line();
            Expressions.dischargeVars(fs, e);
        } else if (node instanceof Expr.Nil n) {
            e.init(Kind.NIL, 0);
        } else if (node instanceof Expr.Bool b) {
            e.init(b.value() ? Kind.TRUE : Kind.FALSE, 0);
        } else if (node instanceof Expr.Flt f) {
            e.copyFrom(ExpDesc.ofFloat(f.value()));
        } else if (node instanceof Expr.Vararg v) {
            fs.line = v.line();
            if (!fs.isVararg) throw g.error("cannot use '...' outside a vararg function", v.line());
            e.init(Kind.VARARG, fs.emitABC(OpCode.VARARG, 0, 0, 1));
        }
    }

    /** A binary operator: the first operand is prepared before the second is compiled. */
    private void binary(FuncState fs, Expr.Binary b, ExpDesc e) {
        expr(fs, b.left(), e);
        fs.line = b.line();
        Expressions.infix(fs, b.op(), e);
        ExpDesc right = new ExpDesc();
        expr(fs, b.right(), right);
        // the right operand is loaded on the line it ended on; posfix puts an arithmetic
        // instruction itself on the operator's line, as the reference does
        Expressions.posfix(fs, b.op(), e, right, b.line());
    }

    /** Arguments of a call whose function is in register {@code f.info}; leaves the CALL in {@code f}. */
    private void callArguments(FuncState fs, ExpDesc f, List<Expr> args, int line) {
        ExpDesc last = new ExpDesc();
        int n = explist(fs, args, last);
        boolean multi = last.isMultiResult();
        if (multi) {
            Expressions.setMultiReturn(fs, last);
        } else if (n > 0) {
            Expressions.exp2nextreg(fs, last);
        }
        int base = f.info;
        int nparams = multi ? -1 : fs.freeReg - (base + 1);
        fs.line = line;
        f.init(Kind.CALL, fs.emitABC(OpCode.CALL, base, nparams + 1, 2));
        fs.freeReg = base + 1; // the call leaves one result by default
    }

    /**
     * Compiles a list of expressions: all but the last into consecutive registers, the last left
     * in {@code last} (VOID for an empty list). Answers the count.
     */
    int explist(FuncState fs, List<Expr> list, ExpDesc last) {
        last.init(Kind.VOID, 0);
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) Expressions.exp2nextreg(fs, last);
            last.init(Kind.VOID, 0);
            expr(fs, list.get(i), last);
        }
        return list.size();
    }

    // ---- Table constructors ----------------------------------------------------------------
    private void table(FuncState fs, Expr.Table node, ExpDesc t) {
        int pc = fs.emitABC(OpCode.NEWTABLE, 0, 0, 0);
        t.init(Kind.NONRELOC, fs.freeReg);
        fs.reserveRegs(1);
        ExpDesc pendingItem = new ExpDesc();
        int arrayItems = 0;  // items already stored
        int toStore = 0;     // items waiting in registers
        int hashItems = 0;
        for (TableField field : node.fields()) {
            if (pendingItem.kind != Kind.VOID) { // close the previous list item
                Expressions.exp2nextreg(fs, pendingItem);
                pendingItem.init(Kind.VOID, 0);
                if (toStore == FIELDS_PER_FLUSH) {
                    setList(fs, t.info, arrayItems, toStore);
                    arrayItems += toStore;
                    toStore = 0;
                }
            }
            if (field instanceof TableField.Keyed k) {
                hashItems++;
                int reg = fs.freeReg;
                ExpDesc tab = new ExpDesc();
                tab.copyFrom(t);
                ExpDesc key = new ExpDesc();
                expr(fs, k.key(), key);
                Expressions.exp2val(fs, key);
                Expressions.indexed(fs, tab, key);
                ExpDesc value = new ExpDesc();
                expr(fs, k.value(), value);
                fs.line = k.line();
                Expressions.storeVar(fs, tab, value);
                fs.freeReg = reg;
            } else if (field instanceof TableField.Item item) {
                expr(fs, item.value(), pendingItem);
                toStore++;
            }
        }
        if (toStore > 0) {
            if (pendingItem.isMultiResult()) {
                Expressions.setMultiReturn(fs, pendingItem);
                setList(fs, t.info, arrayItems, -1);
                // luac leaves the last item out of the size: it may give any number of values.
                // Counting it as one sizes {f(), g()} for what it nearly always holds, where
                // luac's size makes SETLIST grow the array part (a new array, a copy, a free).
            } else {
                if (pendingItem.kind != Kind.VOID) Expressions.exp2nextreg(fs, pendingItem);
                setList(fs, t.info, arrayItems, toStore);
            }
            arrayItems += toStore;
        }
        fs.setInstruction(pc, Instruction.abc(OpCode.NEWTABLE, t.info,
                Math.min(arrayItems, Instruction.MAX_B), Math.min(hashItems, Instruction.MAX_C)));
    }

    /** Stores {@code count} items (-1: up to the top) after the {@code stored} ones. */
    private static void setList(FuncState fs, int base, int stored, int count) {
        int b = count < 0 ? 0 : count;
        if (stored <= Instruction.MAX_C) {
            fs.emitABC(OpCode.SETLIST, base, b, stored);
        } else {
            fs.emitABC(OpCode.SETLIST, base, b, 0, true);
            fs.emitABx(OpCode.EXTRAARG, 0, stored);
        }
        fs.freeReg = base + 1;
    }
}
