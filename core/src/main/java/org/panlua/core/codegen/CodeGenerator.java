package org.panlua.core.codegen;

import org.panlua.core.ast.Chunk;
import org.panlua.core.ast.FunctionBody;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.OpCode;
import org.panlua.core.code.Proto;
import org.panlua.core.code.UpvalueDesc;
import org.panlua.core.codegen.ExpDesc.Kind;
import org.panlua.core.codegen.FuncState.Var;
import org.panlua.core.codegen.FuncState.VarKind;
import org.panlua.core.compiler.ChunkId;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.core.compiler.LuaSyntaxException;

/**
 * Compiles a syntax tree to prototypes: the third stage of the compiler, after the lexer and
 * the parser. This class owns functions, scopes, variables and gotos; {@link StatementCompiler}
 * and {@link ExpressionCompiler} walk the tree; {@link Expressions} emits the instructions.
 */
public final class CodeGenerator {
    private final String chunkName;
    final StatementCompiler statements = new StatementCompiler(this);
    final ExpressionCompiler expressions = new ExpressionCompiler(this);

    private CodeGenerator(String chunkName) {
        this.chunkName = chunkName;
    }

    /** The main prototype of a parsed chunk. */
    public static Proto generate(Chunk chunk) {
        CodeGenerator g = new CodeGenerator(chunk.chunkName());
        FuncState fs = new FuncState(null, g, chunk.chunkName(), 0);
        fs.isVararg = true;
        fs.addUpvalue(new UpvalueDesc("_ENV", true, 0, 0));
        return g.functionBody(fs, chunk.main(), false);
    }

    LuaSyntaxException error(String message, int line) {
        return new LuaSyntaxException(ChunkId.format(chunkName), line, message, null);
    }

    // ---- Functions -------------------------------------------------------------------------
    /** Compiles the nested function {@code body} into {@code parent} and loads its closure into {@code e}. */
    void closure(FuncState parent, FunctionBody body, boolean isMethod, ExpDesc e) {
        FuncState fs = new FuncState(parent, this, parent.source, body.line());
        Proto p = functionBody(fs, body, isMethod);
        parent.protos.add(p);
        parent.line = body.endLine(); // made once its 'end' is read, as the reference does
        e.init(Kind.RELOC, parent.emitABx(OpCode.CLOSURE, 0, parent.protos.size() - 1));
        Expressions.exp2nextreg(parent, e);
    }

    private Proto functionBody(FuncState fs, FunctionBody body, boolean isMethod) {
        fs.lastLineDefined = body.endLine();
        openBlock(fs, false);
        if (isMethod) declareLocal(fs, "self", VarKind.REGULAR, body.line());
        for (String param : body.params()) declareLocal(fs, param, VarKind.REGULAR, body.line());
        activate(fs, fs.pending.size());
        fs.numParams = fs.activeRegisters();
        if (body.isVararg()) {
            fs.isVararg = true;
            if (body.line() == 0) fs.line = 1; // a main chunk: before any token
            fs.emitABC(OpCode.VARARGPREP, fs.numParams, 0, 0);
        }
        fs.reserveRegs(fs.numParams);
        statements.block(fs, body.body());
        fs.line = body.line() == 0 ? body.body().endLine() : body.endLine();
        Expressions.ret(fs, fs.activeRegisters(), 0);
        closeBlock(fs);
        finish(fs);
        return fs.toProto();
    }

    /** Final touches: returns that must close get k, jumps to jumps go straight to the target. */
    private static void finish(FuncState fs) {
        for (int pc = 0; pc < fs.pc; pc++) {
            long i = fs.instruction(pc);
            switch (Instruction.opCode(i)) {
                case RETURN0, RETURN1 -> {
                    if (fs.needsClose) {
                        int n = Instruction.opCode(i) == OpCode.RETURN0 ? 0 : 1;
                        fs.setInstruction(pc, Instruction.abc(OpCode.RETURN, Instruction.a(i), n + 1, 0, true));
                    }
                }
                case RETURN, TAILCALL -> {
                    if (fs.needsClose) fs.setInstruction(pc, Instruction.withK(i, true));
                }
                case JMP -> {
                    int target = finalTarget(fs, pc);
                    fs.setInstruction(pc, Instruction.withBx(i, target - (pc + 1)));
                }
                default -> { }
            }
        }
    }

    private static int finalTarget(FuncState fs, int pc) {
        int target = pc;
        for (int count = 0; count < 100; count++) {
            long i = fs.instruction(target);
            if (Instruction.opCode(i) != OpCode.JMP) break;
            int next = target + 1 + (int) Instruction.sbx(i);
            if (next == target) break;
            target = next;
        }
        return target;
    }

    // ---- Blocks ----------------------------------------------------------------------------
    void openBlock(FuncState fs, boolean isLoop) {
        FuncState.Block bl = new FuncState.Block(fs.block, fs.active.size(), fs.labels.size(), fs.gotos.size(), isLoop);
        bl.insideTbc = fs.block != null && fs.block.insideTbc;
        fs.block = bl;
    }

    void closeBlock(FuncState fs) {
        FuncState.Block bl = fs.block;
        int stackLevel = fs.registerLevel(bl.activeVars);
        // Gotos leaving the scope of this block's variables may need to close upvalues.
        for (int i = bl.firstGoto; i < fs.gotos.size(); i++) {
            FuncState.Jump gt = fs.gotos.get(i);
            if (fs.registerLevel(gt.activeVars) > stackLevel) gt.close |= bl.hasUpvalue;
            gt.activeVars = bl.activeVars;
        }
        removeVars(fs, bl.activeVars);
        boolean hasClose = false;
        if (bl.isLoop) hasClose = createLabel(fs, "break", 0, false);
        if (!hasClose && bl.previous != null && bl.hasUpvalue) {
            fs.emitABC(OpCode.CLOSE, stackLevel, 0, 0);
        }
        fs.freeReg = stackLevel;
        while (fs.labels.size() > bl.firstLabel) fs.labels.removeLast();
        fs.block = bl.previous;
        if (bl.previous == null && bl.firstGoto < fs.gotos.size()) {
            FuncState.Jump gt = fs.gotos.get(bl.firstGoto);
            throw gt.name.equals("break")
                    ? error("break outside loop at line " + gt.line, fs.line)
                    : error("no visible label '" + gt.name + "' for <goto> at line " + gt.line, fs.line);
        }
    }

    /** Marks the block declaring active variable {@code level} as having a captured local. */
    private static void markUpvalue(FuncState fs, int level) {
        FuncState.Block bl = fs.block;
        while (bl.activeVars > level) bl = bl.previous;
        bl.hasUpvalue = true;
        fs.needsClose = true;
    }

    void markToBeClosed(FuncState fs) {
        fs.block.hasUpvalue = true;
        fs.block.insideTbc = true;
        fs.needsClose = true;
    }

    // ---- Labels and gotos ------------------------------------------------------------------
    /** Declares a label here; answers whether a CLOSE had to be emitted for gotos reaching it. */
    boolean createLabel(FuncState fs, String name, int line, boolean last) {
        FuncState.Jump label = new FuncState.Jump(name, fs.label(), line, fs.active.size(), false);
        if (last) label.activeVars = fs.block.activeVars; // locals are out of scope at the end
        fs.labels.add(label);
        boolean needsClose = false;
        int i = fs.block.firstGoto;
        while (i < fs.gotos.size()) {
            FuncState.Jump gt = fs.gotos.get(i);
            if (gt.name.equals(name)) {
                needsClose |= gt.close;
                if (gt.activeVars < label.activeVars) {
                    String local = fs.active.get(gt.activeVars).name;
                    throw error("<goto " + gt.name + "> at line " + gt.line + " jumps into the scope of local '"
                            + local + "'", gt.line);
                }
                fs.patchList(gt.pc, label.pc);
                fs.gotos.remove(i);
            } else {
                i++;
            }
        }
        if (needsClose) {
            fs.emitABC(OpCode.CLOSE, fs.activeRegisters(), 0, 0);
            return true;
        }
        return false;
    }

    FuncState.Jump findLabel(FuncState fs, String name) {
        for (FuncState.Jump l : fs.labels) {
            if (l.name.equals(name)) return l;
        }
        return null;
    }

    void gotoStatement(FuncState fs, String name, int line) {
        FuncState.Jump label = findLabel(fs, name);
        if (label == null) {
            fs.gotos.add(new FuncState.Jump(name, fs.jump(), line, fs.active.size(), false));
        } else { // a backward jump
            int level = fs.registerLevel(label.activeVars);
            if (fs.activeRegisters() > level) fs.emitABC(OpCode.CLOSE, level, 0, 0);
            fs.patchList(fs.jump(), label.pc);
        }
    }

    void breakStatement(FuncState fs, int line) {
        fs.gotos.add(new FuncState.Jump("break", fs.jump(), line, fs.active.size(), false));
    }

    // ---- Variables -------------------------------------------------------------------------
    /** Declares a local that becomes visible at the next {@link #activate}. */
    Var declareLocal(FuncState fs, String name, VarKind kind, int line) {
        if (fs.active.size() + fs.pending.size() >= FuncState.MAX_VARS) {
            throw error("too many local variables (limit is " + FuncState.MAX_VARS + ") in " + fs.describe(), line);
        }
        Var v = new Var(name, kind);
        fs.pending.add(v);
        return v;
    }

    /** Makes the first {@code n} pending locals visible. */
    void activate(FuncState fs, int n) {
        for (int i = 0; i < n; i++) {
            Var v = fs.pending.removeFirst();
            if (v.kind != VarKind.COMPILE_TIME_CONST) {
                v.register = fs.activeRegisters();
                v.debugIndex = fs.registerLocal(v.name);
            }
            fs.active.add(v);
        }
    }

    private static void removeVars(FuncState fs, int toLevel) {
        while (fs.active.size() > toLevel) {
            Var v = fs.active.removeLast();
            if (v.debugIndex >= 0) fs.localRanges.get(v.debugIndex)[1] = fs.pc;
        }
    }

    /** Resolves a name: local, upvalue, or a field of {@code _ENV}. */
    void singleVar(FuncState fs, String name, ExpDesc e, int line) {
        singleVarAux(fs, name, e, true);
        if (e.kind == Kind.VOID) { // global: _ENV[name]
            singleVarAux(fs, "_ENV", e, true);
            Expressions.exp2anyregup(fs, e);
            Expressions.indexed(fs, e, ExpDesc.ofString(LuaBytes.ascii(name)));
        }
    }

    private void singleVarAux(FuncState fs, String name, ExpDesc e, boolean base) {
        if (fs == null) {
            e.init(Kind.VOID, 0);
            return;
        }
        for (int i = fs.active.size() - 1; i >= 0; i--) {
            Var v = fs.active.get(i);
            if (v.name.equals(name)) {
                if (v.kind == VarKind.COMPILE_TIME_CONST) {
                    e.init(Kind.CONST, i);
                    e.constant = v;
                } else {
                    e.init(Kind.LOCAL, v.register);
                    e.aux = i;
                    if (!base) markUpvalue(fs, i);
                }
                return;
            }
        }
        int index = fs.findUpvalue(name);
        if (index < 0) {
            singleVarAux(fs.parent, name, e, false);
            if (e.kind != Kind.LOCAL && e.kind != Kind.UPVAL) return; // global or compile-time constant
            index = newUpvalue(fs, name, e);
        }
        e.init(Kind.UPVAL, index);
    }

    private static int newUpvalue(FuncState fs, String name, ExpDesc v) {
        FuncState parent = fs.parent;
        if (v.kind == Kind.LOCAL) {
            Var var = parent.active.get(v.aux);
            return fs.addUpvalue(new UpvalueDesc(name, true, v.info, var.kind.ordinal()));
        }
        return fs.addUpvalue(new UpvalueDesc(name, false, v.info, parent.upvalues.get(v.info).kind()));
    }

    /** The variable an expression names, for the const check of assignments; null if none. */
    String readOnlyName(FuncState fs, ExpDesc e) {
        switch (e.kind) {
            case CONST -> {
                return e.constant.name;
            }
            case LOCAL -> {
                Var v = fs.active.get(e.aux);
                return v.kind == VarKind.REGULAR ? null : v.name;
            }
            case UPVAL -> {
                UpvalueDesc u = fs.upvalues.get(e.info);
                return u.kind() == VarKind.REGULAR.ordinal() ? null : u.name();
            }
            default -> {
                return null;
            }
        }
    }
}
