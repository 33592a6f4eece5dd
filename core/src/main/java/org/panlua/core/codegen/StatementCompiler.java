package org.panlua.core.codegen;

import org.panlua.core.ast.Attrib;
import org.panlua.core.ast.Block;
import org.panlua.core.ast.Expr;
import org.panlua.core.ast.Stat;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.OpCode;
import org.panlua.core.codegen.ExpDesc.Kind;
import org.panlua.core.codegen.FuncState.Var;
import org.panlua.core.codegen.FuncState.VarKind;
import org.panlua.core.compiler.LuaBytes;

import java.util.ArrayList;
import java.util.List;

import static org.panlua.core.codegen.ExpDesc.NO_JUMP;

/** Compiles statements and blocks. */
final class StatementCompiler {
    private final CodeGenerator g;

    StatementCompiler(CodeGenerator g) {
        this.g = g;
    }

    private ExpressionCompiler ex() {
        return g.expressions;
    }

    /** The statements of a block, in the current scope. */
    void block(FuncState fs, Block block) {
        List<Stat> stats = block.stats();
        int trailingLabels = stats.size(); // labels from here on end the block (goto scoping)
        while (trailingLabels > 0 && stats.get(trailingLabels - 1) instanceof Stat.Label) trailingLabels--;
        for (int i = 0; i < stats.size(); i++) {
            statement(fs, stats.get(i), i >= trailingLabels);
            fs.freeReg = fs.activeRegisters(); // statements leave no temporaries
        }
    }

    private void scopedBlock(FuncState fs, Block block, boolean isLoop) {
        g.openBlock(fs, isLoop);
        block(fs, block);
        g.closeBlock(fs);
    }

    private void statement(FuncState fs, Stat stat, boolean lastInBlock) {
        switch (stat) { // each case sets the line from its own record: no megamorphic line() call
            case Stat.Local s -> {
                fs.line = s.line();
                local(fs, s);
            }
            case Stat.Assign s -> {
                fs.line = s.line();
                assign(fs, s);
            }
            case Stat.CallStat s -> {
                fs.line = s.line();
                ExpDesc e = new ExpDesc();
                ex().expr(fs, s.call(), e);
                long call = fs.instruction(e.info);
                fs.setInstruction(e.info, Instruction.abc(OpCode.CALL, Instruction.a(call), Instruction.b(call), 1));
            }
            case Stat.Do s -> {
                fs.line = s.line();
                scopedBlock(fs, s.body(), false);
            }
            case Stat.While s -> {
                fs.line = s.line();
                whileLoop(fs, s);
            }
            case Stat.Repeat s -> {
                fs.line = s.line();
                repeatLoop(fs, s);
            }
            case Stat.If s -> {
                fs.line = s.line();
                ifStatement(fs, s);
            }
            case Stat.NumericFor s -> {
                fs.line = s.line();
                numericFor(fs, s);
            }
            case Stat.GenericFor s -> {
                fs.line = s.line();
                genericFor(fs, s);
            }
            case Stat.FunctionDef s -> {
                fs.line = s.line();
                functionDef(fs, s);
            }
            case Stat.LocalFunction s -> {
                fs.line = s.line();
                g.declareLocal(fs, s.name(), VarKind.REGULAR, s.line());
                g.activate(fs, 1);
                Var v = fs.active.getLast();
                ExpDesc e = new ExpDesc();
                g.closure(fs, s.body(), false, e);
                fs.localRanges.get(v.debugIndex)[0] = fs.pc; // the debug info sees it after the closure
            }
            case Stat.Return s -> {
                fs.line = s.line();
                returnStatement(fs, s);
            }
            case Stat.Break s -> {
                fs.line = s.line();
                g.breakStatement(fs, s.line());
            }
            case Stat.Goto s -> {
                fs.line = s.line();
                g.gotoStatement(fs, s.label(), s.line());
            }
            case Stat.Label s -> {
                fs.line = s.line();
                FuncState.Jump existing = g.findLabel(fs, s.name());
                if (existing != null) {
                    throw g.error("label '" + s.name() + "' already defined on line " + existing.line, s.line());
                }
                g.createLabel(fs, s.name(), s.line(), lastInBlock);
            }
        }
    }

    // ---- Locals and assignment -------------------------------------------------------------
    private void local(FuncState fs, Stat.Local s) {
        int toClose = -1;
        List<Var> vars = new ArrayList<>();
        for (Stat.LocalVar lv : s.vars()) {
            VarKind kind = switch (lv.attrib()) {
                case NONE -> VarKind.REGULAR;
                case CONST -> VarKind.CONST;
                case CLOSE -> VarKind.CLOSE;
            };
            if (lv.attrib() == Attrib.CLOSE) {
                if (toClose != -1) throw g.error("multiple to-be-closed variables in local list", s.line());
                toClose = fs.active.size() + vars.size();
            }
            vars.add(g.declareLocal(fs, lv.name(), kind, s.line()));
        }
        ExpDesc e = new ExpDesc();
        int nexps = ex().explist(fs, s.values(), e);
        int nvars = vars.size();
        Var last = vars.getLast();
        if (nvars == nexps && last.kind == VarKind.CONST && compileTimeConstant(fs, e)) {
            Var constant = new Var(last.name, VarKind.COMPILE_TIME_CONST);
            constant.value = new ExpDesc();
            constant.value.copyFrom(e);
            fs.pending.set(nvars - 1, constant);
            g.activate(fs, nvars);
        } else {
            adjustAssign(fs, nvars, nexps, e);
            g.activate(fs, nvars);
        }
        if (toClose != -1) {
            g.markToBeClosed(fs);
            fs.emitABC(OpCode.TBC, fs.registerLevel(toClose), 0, 0);
        }
    }

    /** True (and {@code e} made a plain constant) when {@code e} is known at compile time. */
    private static boolean compileTimeConstant(FuncState fs, ExpDesc e) {
        if (e.hasJumps()) return false;
        if (e.kind == Kind.CONST) {
            e.copyFrom(e.constant.value);
            return true;
        }
        return switch (e.kind) {
            case NIL, TRUE, FALSE, KINT, KFLT, KSTR -> true;
            default -> false;
        };
    }

    /** Makes {@code nexps} values (the last one in {@code e}) fill exactly {@code nvars} registers. */
    void adjustAssign(FuncState fs, int nvars, int nexps, ExpDesc e) {
        int needed = nvars - nexps;
        if (e.isMultiResult()) {
            int extra = Math.max(needed + 1, 0);
            Expressions.setReturns(fs, e, extra);
        } else {
            if (e.kind != Kind.VOID) Expressions.exp2nextreg(fs, e);
            if (needed > 0) Expressions.loadNil(fs, fs.freeReg, needed);
        }
        if (needed > 0) fs.reserveRegs(needed);
        else fs.freeReg += needed; // drop the extra values
    }

    private void assign(FuncState fs, Stat.Assign s) {
        List<ExpDesc> targets = new ArrayList<>();
        for (Expr.LValue target : s.targets()) {
            ExpDesc v = new ExpDesc();
            ex().expr(fs, target, v);
            if (!v.isVariable()) throw g.error("syntax error", s.line());
            String readOnly = g.readOnlyName(fs, v);
            if (readOnly != null) throw g.error("attempt to assign to const variable '" + readOnly + "'", target.line());
            if (!targets.isEmpty() && (v.kind == Kind.LOCAL || v.kind == Kind.UPVAL)) checkConflict(fs, targets, v);
            targets.add(v);
        }
        fs.line = s.line();
        ExpDesc e = new ExpDesc();
        int nexps = ex().explist(fs, s.values(), e);
        int nvars = targets.size();
        // the stores keep the line the values ended on, as the reference's do
        if (nexps == nvars) {
            Expressions.setOneReturn(fs, e);
            Expressions.storeVar(fs, targets.getLast(), e);
        } else {
            adjustAssign(fs, nvars, nexps, e);
            Expressions.storeVar(fs, targets.getLast(), new ExpDesc(Kind.NONRELOC, fs.freeReg - 1));
        }
        for (int i = nvars - 2; i >= 0; i--) {
            Expressions.storeVar(fs, targets.get(i), new ExpDesc(Kind.NONRELOC, fs.freeReg - 1));
        }
    }

    /**
     * In {@code a[i], i = ...}, the table or key of an earlier target may be the local (or
     * upvalue) a later target assigns; that earlier target must then use a copy made first.
     */
    private static void checkConflict(FuncState fs, List<ExpDesc> targets, ExpDesc v) {
        int extra = fs.freeReg;
        boolean conflict = false;
        for (ExpDesc t : targets) {
            if (t.kind == Kind.INDEXUP) {
                if (v.kind == Kind.UPVAL && t.info == v.info) {
                    conflict = true;
                    t.kind = Kind.INDEXSTR;
                    t.info = extra;
                }
            } else if (t.kind == Kind.INDEXED || t.kind == Kind.INDEXI || t.kind == Kind.INDEXSTR) {
                if (v.kind == Kind.LOCAL && t.info == v.info) {
                    conflict = true;
                    t.info = extra;
                }
                if (t.kind == Kind.INDEXED && v.kind == Kind.LOCAL && t.aux == v.info) {
                    conflict = true;
                    t.aux = extra;
                }
            }
        }
        if (conflict) {
            if (v.kind == Kind.LOCAL) fs.emitABC(OpCode.MOVE, extra, v.info, 0);
            else fs.emitABC(OpCode.GETUPVAL, extra, v.info, 0);
            fs.reserveRegs(1);
        }
    }

    private void functionDef(FuncState fs, Stat.FunctionDef s) {
        ExpDesc v = new ExpDesc();
        List<String> path = s.path();
        g.singleVar(fs, path.getFirst(), v, s.line());
        for (int i = 1; i < path.size(); i++) field(fs, v, path.get(i));
        boolean isMethod = s.method() != null;
        if (isMethod) field(fs, v, s.method());
        ExpDesc body = new ExpDesc();
        g.closure(fs, s.body(), isMethod, body);
        fs.line = s.line();
        Expressions.storeVar(fs, v, body);
        fs.fixLine(s.line());
    }

    private static void field(FuncState fs, ExpDesc v, String name) {
        Expressions.exp2anyregup(fs, v);
        Expressions.indexed(fs, v, ExpDesc.ofString(LuaBytes.ascii(name)));
    }

    // ---- Control structures ----------------------------------------------------------------
    /** Compiles a condition; answers the jumps taken when it is false. */
    private int condition(FuncState fs, Expr cond) {
        return condition(fs, cond, -1);
    }

    /** As {@link #condition(FuncState, Expr)}, the test and jump on line {@code jumpLine} (when not -1). */
    private int condition(FuncState fs, Expr cond, int jumpLine) {
        ExpDesc e = new ExpDesc();
        ex().expr(fs, cond, e);
        if (jumpLine >= 0) fs.line = jumpLine;
        if (e.kind == Kind.NIL) e.kind = Kind.FALSE;
        Expressions.goIfTrue(fs, e);
        return e.f;
    }

    private void whileLoop(FuncState fs, Stat.While s) {
        int start = fs.label();
        int exit = condition(fs, s.condition());
        g.openBlock(fs, true);
        scopedBlock(fs, s.body(), false); // its own scope: captured locals are closed every iteration
        fs.line = s.body().endLine(); // the jump back belongs to the body's last token, as in the reference
        fs.patchList(fs.jump(), start);
        g.closeBlock(fs);
        fs.patchToHere(exit);
    }

    private void repeatLoop(FuncState fs, Stat.Repeat s) {
        int start = fs.label();
        g.openBlock(fs, true);  // the loop
        g.openBlock(fs, false); // the scope of the body, which the condition sees
        FuncState.Block scope = fs.block;
        block(fs, s.body());
        int exit = condition(fs, s.condition());
        if (scope.hasUpvalue) { // the next iteration must close the body's upvalues first
            int out = fs.jump();
            fs.patchToHere(exit);
            fs.emitABC(OpCode.CLOSE, fs.registerLevel(scope.activeVars), 0, 0);
            exit = fs.jump();
            fs.patchToHere(out);
        }
        fs.patchList(exit, start);
        g.closeBlock(fs);
        g.closeBlock(fs);
    }

    private void ifStatement(FuncState fs, Stat.If s) {
        int escape = NO_JUMP;
        List<Stat.If.Clause> clauses = s.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Stat.If.Clause c = clauses.get(i);
            fs.line = c.line();
            int exit = condition(fs, c.condition(), c.thenLine());
            scopedBlock(fs, c.body(), false);
            boolean more = i + 1 < clauses.size() || s.orElse() != null;
            if (more) escape = fs.concat(escape, fs.jump());
            fs.patchToHere(exit);
        }
        if (s.orElse() != null) scopedBlock(fs, s.orElse(), false);
        fs.patchToHere(escape);
    }

    private void numericFor(FuncState fs, Stat.NumericFor s) {
        g.openBlock(fs, true);
        int base = fs.freeReg;
        for (int i = 0; i < 3; i++) g.declareLocal(fs, "(for state)", VarKind.REGULAR, s.line());
        g.declareLocal(fs, s.variable(), VarKind.REGULAR, s.line());
        forExpression(fs, s.start());
        forExpression(fs, s.limit());
        if (s.step() != null) {
            forExpression(fs, s.step());
        } else {
            fs.emitABx(OpCode.LOADI, fs.freeReg, 1);
            fs.reserveRegs(1);
        }
        g.activate(fs, 3);
        fs.line = s.line();
        forBody(fs, base, s.line(), 1, false, s.body());
        g.closeBlock(fs);
    }

    private void forExpression(FuncState fs, Expr e) {
        ExpDesc d = new ExpDesc();
        ex().expr(fs, e, d);
        Expressions.exp2nextreg(fs, d);
    }

    private void genericFor(FuncState fs, Stat.GenericFor s) {
        g.openBlock(fs, true);
        int base = fs.freeReg;
        for (int i = 0; i < 4; i++) g.declareLocal(fs, "(for state)", VarKind.REGULAR, s.line());
        for (String name : s.variables()) g.declareLocal(fs, name, VarKind.REGULAR, s.line());
        ExpDesc e = new ExpDesc();
        int nexps = ex().explist(fs, s.values(), e);
        fs.line = s.line();
        adjustAssign(fs, 4, nexps, e);
        g.activate(fs, 4);
        g.markToBeClosed(fs); // the fourth control variable is closed when the loop ends
        fs.checkStack(3);      // room to call the iterator
        forBody(fs, base, s.callLine(), s.variables().size(), true, s.body());
        g.closeBlock(fs);
    }

    private void forBody(FuncState fs, int base, int line, int nvars, boolean generic, Block body) {
        int prep = generic ? fs.emitABx(OpCode.TFORPREP, base, 0) : fs.emitABx(OpCode.FORPREP, base, 0);
        g.openBlock(fs, false);
        g.activate(fs, nvars);
        fs.reserveRegs(nvars);
        block(fs, body);
        g.closeBlock(fs);
        fs.line = line;
        int end;
        if (generic) {
            setJump(fs, prep, fs.label()); // TFORPREP goes to the TFORCALL
            fs.emitABC(OpCode.TFORCALL, base, 0, nvars);
            end = fs.emitABx(OpCode.TFORLOOP, base, 0);
        } else {
            end = fs.emitABx(OpCode.FORLOOP, base, 0);
            setJump(fs, prep, end + 1); // FORPREP skips past the FORLOOP when the loop does not run
        }
        setJump(fs, end, prep + 1);
        fs.label();
    }

    private static void setJump(FuncState fs, int at, int target) {
        fs.setInstruction(at, Instruction.withBx(fs.instruction(at), target - (at + 1)));
    }

    private void returnStatement(FuncState fs, Stat.Return s) {
        int first = fs.activeRegisters();
        int n;
        ExpDesc e = new ExpDesc();
        if (s.values().isEmpty()) {
            n = 0;
        } else {
            n = ex().explist(fs, s.values(), e);
            if (e.isMultiResult()) {
                Expressions.setMultiReturn(fs, e);
                if (e.kind == Kind.CALL && n == 1 && !fs.block.insideTbc) { // a tail call
                    long call = fs.instruction(e.info);
                    fs.setInstruction(e.info, Instruction.abc(OpCode.TAILCALL, Instruction.a(call), Instruction.b(call), 0));
                }
                n = -1;
            } else if (n == 1) {
                first = Expressions.exp2anyreg(fs, e);
            } else {
                Expressions.exp2nextreg(fs, e);
            }
        }
        fs.line = s.line();
        Expressions.ret(fs, first, n);
    }
}
