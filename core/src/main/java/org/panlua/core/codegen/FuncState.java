package org.panlua.core.codegen;

import org.panlua.core.code.Constant;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.LocalVar;
import org.panlua.core.code.OpCode;
import org.panlua.core.code.Proto;
import org.panlua.core.code.UpvalueDesc;
import org.panlua.core.compiler.LuaBytes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.panlua.core.codegen.ExpDesc.NO_JUMP;

/**
 * One function being compiled: its code with line numbers, constants, registers, active local
 * variables, upvalues, nested functions and scopes. The instruction-level work (emitting,
 * jump lists, register allocation) lives here; {@link Expressions} builds on it.
 */
final class FuncState {
    /** Most registers a frame may use. */
    static final int MAX_REGISTERS = 255;
    static final int MAX_VARS = 200;
    static final int MAX_UPVALUES = 255;

    /** How a local variable lives. */
    enum VarKind { REGULAR, CONST, CLOSE, COMPILE_TIME_CONST }

    /** An active local variable. */
    static final class Var {
        final String name;
        final VarKind kind;
        int register;
        int debugIndex = -1;
        /** For COMPILE_TIME_CONST: the value. */
        ExpDesc value;

        Var(String name, VarKind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    /** A scope: a block, a loop body or the function itself. */
    static final class Block {
        final Block previous;
        final int activeVars;   // active variables when the block was entered
        final int firstLabel;   // index of its first label in the function's label list
        final int firstGoto;    // index of its first pending goto
        final boolean isLoop;
        boolean hasUpvalue;     // some local of the block is captured by a closure
        boolean insideTbc;      // inside the scope of a to-be-closed variable

        Block(Block previous, int activeVars, int firstLabel, int firstGoto, boolean isLoop) {
            this.previous = previous;
            this.activeVars = activeVars;
            this.firstLabel = firstLabel;
            this.firstGoto = firstGoto;
            this.isLoop = isLoop;
        }
    }

    /** A label, or a goto waiting for its label. */
    static final class Jump {
        final String name;
        int pc;
        final int line;
        int activeVars;
        boolean close;

        Jump(String name, int pc, int line, int activeVars, boolean close) {
            this.name = name;
            this.pc = pc;
            this.line = line;
            this.activeVars = activeVars;
            this.close = close;
        }
    }

    final FuncState parent;
    final CodeGenerator generator;
    final String source;
    final int lineDefined;
    int lastLineDefined;
    int numParams;
    boolean isVararg;
    boolean needsClose;

    private long[] code = new long[32];
    private int[] lines = new int[32];
    int pc;
    /** The last pc that is a jump target (instructions before it cannot be merged with it). */
    int lastTarget;
    /** Line given to the instructions emitted now. */
    int line;

    final List<Constant> constants = new ArrayList<>();
    private final Map<Constant, Integer> constantIndex = new HashMap<>();
    final List<Proto> protos = new ArrayList<>();
    final List<UpvalueDesc> upvalues = new ArrayList<>();
    /** Debug records of every local, in order of declaration. */
    final List<int[]> localRanges = new ArrayList<>();
    final List<String> localNames = new ArrayList<>();
    final List<Var> active = new ArrayList<>();
    /** Declared locals not yet in scope (their initialisers are being compiled). */
    final List<Var> pending = new ArrayList<>();
    final List<Jump> labels = new ArrayList<>();
    final List<Jump> gotos = new ArrayList<>();
    Block block;
    int freeReg;
    int maxStack = 2;

    FuncState(FuncState parent, CodeGenerator generator, String source, int lineDefined) {
        this.parent = parent;
        this.generator = generator;
        this.source = source;
        this.lineDefined = lineDefined;
        this.line = lineDefined;
    }

    // ---- Emitting --------------------------------------------------------------------------
    int emit(long instruction) {
        if (pc == code.length) {
            code = Arrays.copyOf(code, pc * 2);
            lines = Arrays.copyOf(lines, pc * 2);
        }
        code[pc] = instruction;
        lines[pc] = line;
        return pc++;
    }

    int emitABC(OpCode op, int a, int b, int c, boolean k) {
        return emit(Instruction.abc(op, a, b, c, k));
    }

    int emitABC(OpCode op, int a, int b, int c) {
        return emit(Instruction.abc(op, a, b, c, false));
    }

    int emitABx(OpCode op, int a, long bx) {
        return emit(Instruction.abx(op, a, bx));
    }

    long instruction(int at) {
        return code[at];
    }

    void setInstruction(int at, long instruction) {
        code[at] = instruction;
    }

    /** Moves the line of the last instruction (for instructions whose position is known late). */
    void fixLine(int line) {
        lines[pc - 1] = line;
    }

    /** Marks the current pc as a jump target and answers it. */
    int label() {
        lastTarget = pc;
        return pc;
    }

    // ---- Jump lists: pending jumps chained through their own offsets ------------------------
    int jump() {
        return emitABx(OpCode.JMP, 0, NO_JUMP);
    }

    /** A test instruction followed by the jump it controls; answers the jump's pc. */
    int conditionalJump(OpCode op, int a, int b, int c, boolean k) {
        emitABC(op, a, b, c, k);
        return jump();
    }

    private int jumpTarget(int at) {
        long offset = Instruction.sbx(code[at]);
        return offset == NO_JUMP ? NO_JUMP : at + 1 + (int) offset;
    }

    private void setJumpTarget(int at, int target) {
        code[at] = Instruction.withBx(code[at], target - (at + 1));
    }

    /** The list {@code l1} followed by {@code l2}. */
    int concat(int l1, int l2) {
        if (l2 == NO_JUMP) return l1;
        if (l1 == NO_JUMP) return l2;
        int list = l1;
        int next;
        while ((next = jumpTarget(list)) != NO_JUMP) list = next;
        setJumpTarget(list, l2);
        return l1;
    }

    /** The instruction controlling the jump at {@code at}: its test, or the jump itself. */
    private int controlPc(int at) {
        if (at >= 1 && Instruction.opCode(code[at - 1]).isTest()) return at - 1;
        return at;
    }

    /**
     * Makes a TESTSET controlling the jump at {@code at} store into {@code reg}, or turns it into
     * a TEST when there is no register to store to (or it would store into itself). Answers
     * false when the jump is not controlled by a TESTSET.
     */
    private boolean patchTestReg(int at, int reg) {
        int control = controlPc(at);
        long i = code[control];
        if (Instruction.opCode(i) != OpCode.TESTSET) return false;
        int b = Instruction.b(i);
        if (reg != NO_REG && reg != b) {
            code[control] = Instruction.withA(i, reg);
        } else {
            code[control] = Instruction.abc(OpCode.TEST, b, 0, 0, Instruction.k(i));
        }
        return true;
    }

    static final int NO_REG = Instruction.MAX_A;

    /** Patches every jump of {@code list}: value-producing ones to {@code valueTarget} with {@code reg}, others to {@code defaultTarget}. */
    private void patchListAux(int list, int valueTarget, int reg, int defaultTarget) {
        while (list != NO_JUMP) {
            int next = jumpTarget(list);
            if (patchTestReg(list, reg)) setJumpTarget(list, valueTarget);
            else setJumpTarget(list, defaultTarget);
            list = next;
        }
    }

    void patchList(int list, int target) {
        patchListAux(list, target, NO_REG, target);
    }

    void patchToHere(int list) {
        int here = label();
        patchList(list, here);
    }

    void patchValues(int list, int valueTarget, int reg, int defaultTarget) {
        patchListAux(list, valueTarget, reg, defaultTarget);
    }

    /** Makes every TESTSET of {@code list} a TEST: the jumps no longer carry a value. */
    void removeValues(int list) {
        for (; list != NO_JUMP; list = jumpTarget(list)) patchTestReg(list, NO_REG);
    }

    /** True when some jump of {@code list} does not come from a TESTSET (so it produces no value). */
    boolean needsValue(int list) {
        for (; list != NO_JUMP; list = jumpTarget(list)) {
            if (Instruction.opCode(code[controlPc(list)]) != OpCode.TESTSET) return true;
        }
        return false;
    }

    /** Inverts the condition of the test controlling jump {@code e.info}. */
    void negateCondition(int jumpPc) {
        int control = controlPc(jumpPc);
        code[control] = Instruction.withK(code[control], !Instruction.k(code[control]));
    }

    // ---- Registers -------------------------------------------------------------------------
    void checkStack(int n) {
        int needed = freeReg + n;
        if (needed > maxStack) {
            if (needed > MAX_REGISTERS) throw generator.error("function or expression needs too many registers", line);
            maxStack = needed;
        }
    }

    void reserveRegs(int n) {
        checkStack(n);
        freeReg += n;
    }

    /** Frees register {@code reg} when it is a temporary (above the local variables). */
    void freeRegister(int reg) {
        if (reg >= activeRegisters()) {
            freeReg--;
            assert reg == freeReg : "free of register " + reg + " but top is " + freeReg;
        }
    }

    void freeExp(ExpDesc e) {
        if (e.kind == ExpDesc.Kind.NONRELOC) freeRegister(e.info);
    }

    /** Frees the registers of two expressions, higher one first. */
    void freeExps(ExpDesc e1, ExpDesc e2) {
        int r1 = e1.kind == ExpDesc.Kind.NONRELOC ? e1.info : -1;
        int r2 = e2.kind == ExpDesc.Kind.NONRELOC ? e2.info : -1;
        if (r1 > r2) {
            freeRegister(r1);
            if (r2 >= 0) freeRegister(r2);
        } else {
            if (r2 >= 0) freeRegister(r2);
            if (r1 >= 0) freeRegister(r1);
        }
    }

    // ---- Constants -------------------------------------------------------------------------
    int constant(Constant k) {
        Integer index = constantIndex.get(k);
        if (index != null) return index;
        int i = constants.size();
        constants.add(k);
        constantIndex.put(k, i);
        return i;
    }

    int stringConstant(LuaBytes s) {
        return constant(new Constant.Str(s));
    }

    // ---- Variables -------------------------------------------------------------------------
    /** Registers taken by the first {@code n} active variables. */
    int registerLevel(int n) {
        while (n > 0) {
            Var v = active.get(n - 1);
            if (v.kind != VarKind.COMPILE_TIME_CONST) return v.register + 1;
            n--;
        }
        return 0;
    }

    /** Registers taken by all active variables. */
    int activeRegisters() {
        return registerLevel(active.size());
    }

    /** Records a local's debug entry, live from now on; answers its index. */
    int registerLocal(String name) {
        localNames.add(name);
        localRanges.add(new int[] {pc, pc});
        return localNames.size() - 1;
    }

    /** Index of upvalue {@code name}, or -1. */
    int findUpvalue(String name) {
        for (int i = 0; i < upvalues.size(); i++) {
            if (name.equals(upvalues.get(i).name())) return i;
        }
        return -1;
    }

    int addUpvalue(UpvalueDesc u) {
        if (upvalues.size() >= MAX_UPVALUES) {
            throw generator.error("too many upvalues (limit is " + MAX_UPVALUES + ") in " + describe(), line);
        }
        upvalues.add(u);
        return upvalues.size() - 1;
    }

    String describe() {
        return lineDefined == 0 ? "main function" : "function at line " + lineDefined;
    }

    // ---- Result ----------------------------------------------------------------------------
    Proto toProto() {
        LocalVar[] locals = new LocalVar[localNames.size()];
        for (int i = 0; i < locals.length; i++) {
            locals[i] = new LocalVar(localNames.get(i), localRanges.get(i)[0], localRanges.get(i)[1]);
        }
        return new Proto(source, lineDefined, lastLineDefined, numParams, isVararg, maxStack,
                Arrays.copyOf(code, pc), Arrays.copyOf(lines, pc), constants.toArray(new Constant[0]),
                upvalues.toArray(new UpvalueDesc[0]), protos.toArray(new Proto[0]), locals);
    }
}
