package org.panlua.core.codegen;

import org.panlua.core.ast.BinOp;
import org.panlua.core.ast.UnOp;
import org.panlua.core.code.Constant;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.OpCode;
import org.panlua.core.codegen.ExpDesc.Kind;
import org.panlua.memory.string.StringTable;

import static org.panlua.core.codegen.ExpDesc.NO_JUMP;

/**
 * Turns expression descriptors into instructions: discharging values into registers, stores,
 * table indexing, unary and binary operators (with constant folding and the immediate and
 * constant forms of instructions), and conditions compiled to jumps.
 */
final class Expressions {
    private Expressions() {}

    // ---- Loading constants -----------------------------------------------------------------
    /** Sets {@code n} registers from {@code from} to nil, merging with a LOADNIL just before. */
    static void loadNil(FuncState fs, int from, int n) {
        if (fs.pc > fs.lastTarget && fs.pc > 0) {
            long previous = fs.instruction(fs.pc - 1);
            if (Instruction.opCode(previous) == OpCode.LOADNIL) {
                int pFrom = Instruction.a(previous);
                int pLast = pFrom + Instruction.b(previous);
                int last = from + n - 1;
                if ((pFrom <= from && from <= pLast + 1) || (from <= pFrom && pFrom <= last + 1)) {
                    int newFrom = Math.min(from, pFrom);
                    int newLast = Math.max(last, pLast);
                    fs.setInstruction(fs.pc - 1, Instruction.abc(OpCode.LOADNIL, newFrom, newLast - newFrom, 0));
                    return;
                }
            }
        }
        fs.emitABC(OpCode.LOADNIL, from, n - 1, 0);
    }

    private static void loadInteger(FuncState fs, int reg, long v) {
        if (v >= Instruction.MIN_SBX && v <= Instruction.MAX_SBX) fs.emitABx(OpCode.LOADI, reg, v);
        else fs.emitABx(OpCode.LOADK, reg, fs.constant(new Constant.Int(v)));
    }

    private static void loadFloat(FuncState fs, int reg, double v) {
        if (v == Math.rint(v) && v >= Instruction.MIN_SBX && v <= Instruction.MAX_SBX
                && !(v == 0 && 1 / v < 0)) {
            fs.emitABx(OpCode.LOADF, reg, (long) v);
        } else {
            fs.emitABx(OpCode.LOADK, reg, fs.constant(new Constant.Flt(v)));
        }
    }

    // ---- Multiple results ------------------------------------------------------------------
    /** Makes a call or vararg expression produce {@code n} results (-1: all of them). */
    static void setReturns(FuncState fs, ExpDesc e, int n) {
        long i = fs.instruction(e.info);
        if (e.kind == Kind.CALL) {
            fs.setInstruction(e.info, Instruction.abc(OpCode.CALL, Instruction.a(i), Instruction.b(i), n + 1));
        } else {
            fs.setInstruction(e.info, Instruction.abc(OpCode.VARARG, fs.freeReg, 0, n + 1));
            fs.reserveRegs(1);
        }
    }

    static void setMultiReturn(FuncState fs, ExpDesc e) {
        setReturns(fs, e, -1);
    }

    /** Makes a call or vararg expression produce exactly one value. */
    static void setOneReturn(FuncState fs, ExpDesc e) {
        if (e.kind == Kind.CALL) {
            e.kind = Kind.NONRELOC;
            e.info = Instruction.a(fs.instruction(e.info));
        } else if (e.kind == Kind.VARARG) {
            fs.setInstruction(e.info, Instruction.abc(OpCode.VARARG, 0, 0, 2));
            e.kind = Kind.RELOC;
        }
    }

    // ---- Discharging -----------------------------------------------------------------------
    /** Turns a variable or pending call into a value (in a register or relocatable). */
    static void dischargeVars(FuncState fs, ExpDesc e) {
        switch (e.kind) {
            case CONST -> {
                ExpDesc value = e.constant.value;
                int t = e.t;
                int f = e.f;
                e.copyFrom(value);
                e.t = t;
                e.f = f;
            }
            case LOCAL -> e.kind = Kind.NONRELOC;
            case UPVAL -> relocatable(fs, e, fs.emitABC(OpCode.GETUPVAL, 0, e.info, 0));
            case INDEXUP -> relocatable(fs, e, fs.emitABC(OpCode.GETTABUP, 0, e.info, e.aux));
            case INDEXI -> {
                fs.freeRegister(e.info);
                relocatable(fs, e, fs.emitABC(OpCode.GETI, 0, e.info, e.aux));
            }
            case INDEXSTR -> {
                fs.freeRegister(e.info);
                relocatable(fs, e, fs.emitABC(OpCode.GETFIELD, 0, e.info, e.aux));
            }
            case INDEXED -> {
                freeRegisters(fs, e.info, e.aux);
                relocatable(fs, e, fs.emitABC(OpCode.GETTABLE, 0, e.info, e.aux));
            }
            case VARARG, CALL -> setOneReturn(fs, e);
            default -> { }
        }
    }

    private static void relocatable(FuncState fs, ExpDesc e, int pc) {
        e.kind = Kind.RELOC;
        e.info = pc;
    }

    private static void freeRegisters(FuncState fs, int r1, int r2) {
        if (r1 > r2) {
            fs.freeRegister(r1);
            fs.freeRegister(r2);
        } else {
            fs.freeRegister(r2);
            fs.freeRegister(r1);
        }
    }

    private static void discharge2reg(FuncState fs, ExpDesc e, int reg) {
        dischargeVars(fs, e);
        switch (e.kind) {
            case NIL -> loadNil(fs, reg, 1);
            case FALSE -> fs.emitABC(OpCode.LOADFALSE, reg, 0, 0);
            case TRUE -> fs.emitABC(OpCode.LOADTRUE, reg, 0, 0);
            case KSTR -> fs.emitABx(OpCode.LOADK, reg, fs.stringConstant(e.string));
            case K -> fs.emitABx(OpCode.LOADK, reg, e.info);
            case KFLT -> loadFloat(fs, reg, e.number);
            case KINT -> loadInteger(fs, reg, e.integer);
            case RELOC -> fs.setInstruction(e.info, Instruction.withA(fs.instruction(e.info), reg));
            case NONRELOC -> {
                if (reg != e.info) fs.emitABC(OpCode.MOVE, reg, e.info, 0);
            }
            default -> {
                assert e.kind == Kind.JMP : e.kind;
                return; // nothing to do: the jumps are handled by exp2reg
            }
        }
        e.kind = Kind.NONRELOC;
        e.info = reg;
    }

    private static void discharge2anyreg(FuncState fs, ExpDesc e) {
        if (e.kind != Kind.NONRELOC) {
            fs.reserveRegs(1);
            discharge2reg(fs, e, fs.freeReg - 1);
        }
    }

    /** Puts the value of {@code e} (jumps included) into register {@code reg}. */
    static void exp2reg(FuncState fs, ExpDesc e, int reg) {
        discharge2reg(fs, e, reg);
        if (e.kind == Kind.JMP) e.t = fs.concat(e.t, e.info);
        if (e.hasJumps()) {
            int loadFalse = NO_JUMP;
            int loadTrue = NO_JUMP;
            if (fs.needsValue(e.t) || fs.needsValue(e.f)) {
                int skip = e.kind == Kind.JMP ? NO_JUMP : fs.jump();
                loadFalse = fs.label();
                fs.emitABC(OpCode.LFALSESKIP, reg, 0, 0);
                loadTrue = fs.label();
                fs.emitABC(OpCode.LOADTRUE, reg, 0, 0);
                fs.patchToHere(skip);
            }
            int end = fs.label();
            fs.patchValues(e.f, end, reg, loadFalse);
            fs.patchValues(e.t, end, reg, loadTrue);
        }
        e.t = NO_JUMP;
        e.f = NO_JUMP;
        e.kind = Kind.NONRELOC;
        e.info = reg;
    }

    /** Puts the value of {@code e} into the next free register. */
    static void exp2nextreg(FuncState fs, ExpDesc e) {
        dischargeVars(fs, e);
        fs.freeExp(e);
        fs.reserveRegs(1);
        exp2reg(fs, e, fs.freeReg - 1);
    }

    /** Puts the value of {@code e} into some register and answers it. */
    static int exp2anyreg(FuncState fs, ExpDesc e) {
        dischargeVars(fs, e);
        if (e.kind == Kind.NONRELOC) {
            if (!e.hasJumps()) return e.info;
            if (e.info >= fs.activeRegisters()) { // a temporary: can hold the final value
                exp2reg(fs, e, e.info);
                return e.info;
            }
        }
        exp2nextreg(fs, e);
        return e.info;
    }

    /** Like {@link #exp2anyreg} but leaves a plain upvalue alone (GETTABUP can index it). */
    static void exp2anyregup(FuncState fs, ExpDesc e) {
        if (e.kind != Kind.UPVAL || e.hasJumps()) exp2anyreg(fs, e);
    }

    /** Makes {@code e} a value: in a register, or a constant. */
    static void exp2val(FuncState fs, ExpDesc e) {
        // A comparison (JMP kind) is a value only once in a register, before anything after it
        // (such as an upvalue table it indexes) is loaded.
        if (e.kind == Kind.JMP || e.hasJumps()) exp2anyreg(fs, e);
        else dischargeVars(fs, e);
    }

    /** Makes {@code e} a K expression when it is a constant that fits an operand. */
    private static boolean exp2K(FuncState fs, ExpDesc e) {
        if (e.hasJumps()) return false;
        int k;
        switch (e.kind) {
            case TRUE -> k = fs.constant(Constant.TRUE);
            case FALSE -> k = fs.constant(Constant.FALSE);
            case NIL -> k = fs.constant(Constant.NIL);
            case KINT -> k = fs.constant(new Constant.Int(e.integer));
            case KFLT -> k = fs.constant(new Constant.Flt(e.number));
            case KSTR -> k = fs.stringConstant(e.string);
            case K -> k = e.info;
            default -> {
                return false;
            }
        }
        if (k > Instruction.MAX_C) return false;
        e.kind = Kind.K;
        e.info = k;
        return true;
    }

    /** A register or constant operand: answers true for a constant (the k flag). */
    static boolean exp2RK(FuncState fs, ExpDesc e) {
        if (exp2K(fs, e)) return true;
        exp2anyreg(fs, e);
        return false;
    }

    private static void codeABRK(FuncState fs, OpCode op, int a, int b, ExpDesc c) {
        boolean k = exp2RK(fs, c);
        fs.emitABC(op, a, b, c.info, k);
    }

    // ---- Variables and tables --------------------------------------------------------------
    /** Stores the value of {@code ex} into the variable {@code var}. */
    static void storeVar(FuncState fs, ExpDesc var, ExpDesc ex) {
        switch (var.kind) {
            case LOCAL -> {
                fs.freeExp(ex);
                exp2reg(fs, ex, var.info);
                return;
            }
            case UPVAL -> {
                int r = exp2anyreg(fs, ex);
                fs.emitABC(OpCode.SETUPVAL, r, var.info, 0);
            }
            case INDEXUP -> codeABRK(fs, OpCode.SETTABUP, var.info, var.aux, ex);
            case INDEXI -> codeABRK(fs, OpCode.SETI, var.info, var.aux, ex);
            case INDEXSTR -> codeABRK(fs, OpCode.SETFIELD, var.info, var.aux, ex);
            case INDEXED -> codeABRK(fs, OpCode.SETTABLE, var.info, var.aux, ex);
            default -> throw new IllegalStateException("store into " + var.kind);
        }
        fs.freeExp(ex);
    }

    /** {@code e:key(...)}: the method in a fresh register, the object after it. */
    static void self(FuncState fs, ExpDesc e, ExpDesc key) {
        exp2anyreg(fs, e);
        int object = e.info;
        fs.freeExp(e);
        e.kind = Kind.NONRELOC;
        e.info = fs.freeReg;
        fs.reserveRegs(2);
        codeABRK(fs, OpCode.SELF, e.info, object, key);
        fs.freeExp(key);
    }

    private static boolean isShortStringConstant(FuncState fs, ExpDesc e) {
        return e.kind == Kind.K && !e.hasJumps() && e.info <= Instruction.MAX_B
                && fs.constants.get(e.info) instanceof Constant.Str s && s.value().length() <= StringTable.MAX_SHORT;
    }

    /** Makes {@code t} the table access {@code t[k]}; {@code t} is already in a register or an upvalue. */
    static void indexed(FuncState fs, ExpDesc t, ExpDesc k) {
        if (k.kind == Kind.KSTR) {
            k.info = fs.stringConstant(k.string);
            k.kind = Kind.K;
        }
        if (t.kind == Kind.UPVAL && !isShortStringConstant(fs, k)) exp2anyreg(fs, t);
        if (t.kind == Kind.UPVAL) {
            t.aux = k.info;
            t.kind = Kind.INDEXUP;
            return;
        }
        if (isShortStringConstant(fs, k)) {
            t.aux = k.info;
            t.kind = Kind.INDEXSTR;
        } else if (k.kind == Kind.KINT && !k.hasJumps() && k.integer >= 0 && k.integer <= Instruction.MAX_B) {
            t.aux = (int) k.integer;
            t.kind = Kind.INDEXI;
        } else {
            t.aux = exp2anyreg(fs, k);
            t.kind = Kind.INDEXED;
        }
    }

    // ---- Conditions ------------------------------------------------------------------------
    private static int jumpOnCondition(FuncState fs, ExpDesc e, boolean cond) {
        if (e.kind == Kind.RELOC) {
            long ie = fs.instruction(e.info);
            if (Instruction.opCode(ie) == OpCode.NOT) {
                fs.pc--; // drop the NOT and test its operand the other way
                return fs.conditionalJump(OpCode.TEST, Instruction.b(ie), 0, 0, !cond);
            }
        }
        discharge2anyreg(fs, e);
        fs.freeExp(e);
        return fs.conditionalJump(OpCode.TESTSET, FuncState.NO_REG, e.info, 0, cond);
    }

    /** Code that goes on when {@code e} is true and jumps (list {@code e.f}) when it is false. */
    static void goIfTrue(FuncState fs, ExpDesc e) {
        dischargeVars(fs, e);
        int pc = switch (e.kind) {
            case JMP -> {
                fs.negateCondition(e.info);
                yield e.info;
            }
            case K, KFLT, KINT, KSTR, TRUE -> NO_JUMP; // always true
            default -> jumpOnCondition(fs, e, false);
        };
        e.f = fs.concat(e.f, pc);
        fs.patchToHere(e.t);
        e.t = NO_JUMP;
    }

    /** Code that goes on when {@code e} is false and jumps (list {@code e.t}) when it is true. */
    static void goIfFalse(FuncState fs, ExpDesc e) {
        dischargeVars(fs, e);
        int pc = switch (e.kind) {
            case JMP -> e.info;
            case NIL, FALSE -> NO_JUMP; // always false
            default -> jumpOnCondition(fs, e, true);
        };
        e.t = fs.concat(e.t, pc);
        fs.patchToHere(e.f);
        e.f = NO_JUMP;
    }

    private static void codeNot(FuncState fs, ExpDesc e) {
        switch (e.kind) {
            case NIL, FALSE -> e.kind = Kind.TRUE;
            case K, KFLT, KINT, KSTR, TRUE -> e.kind = Kind.FALSE;
            case JMP -> fs.negateCondition(e.info);
            case RELOC, NONRELOC -> {
                discharge2anyreg(fs, e);
                fs.freeExp(e);
                relocatable(fs, e, fs.emitABC(OpCode.NOT, 0, e.info, 0));
            }
            default -> throw new IllegalStateException("not of " + e.kind);
        }
        int t = e.f;
        e.f = e.t;
        e.t = t;
        fs.removeValues(e.f);
        fs.removeValues(e.t);
    }

    // ---- Operators -------------------------------------------------------------------------
    static void prefix(FuncState fs, UnOp op, ExpDesc e, int line) {
        dischargeVars(fs, e);
        switch (op) {
            case NEG, BNOT -> {
                if (Folding.foldUnary(op, e)) return;
                unary(fs, op == UnOp.NEG ? OpCode.UNM : OpCode.BNOT, e, line);
            }
            case LEN -> unary(fs, OpCode.LEN, e, line);
            case NOT -> codeNot(fs, e);
        }
    }

    private static void unary(FuncState fs, OpCode op, ExpDesc e, int line) {
        int r = exp2anyreg(fs, e);
        fs.freeExp(e);
        relocatable(fs, e, fs.emitABC(op, 0, r, 0));
        fs.fixLine(line);
    }

    /** Prepares the first operand before the second is compiled. */
    static void infix(FuncState fs, BinOp op, ExpDesc v) {
        switch (op) {
            case AND -> goIfTrue(fs, v);
            case OR -> goIfFalse(fs, v);
            case CONCAT -> exp2nextreg(fs, v);
            case ADD, SUB, MUL, DIV, MOD, IDIV, POW, BAND, BOR, BXOR, SHL, SHR -> {
                if (!v.isNumeral()) exp2anyreg(fs, v);
            }
            case EQ, NE -> {
                if (!v.isNumeral()) exp2RK(fs, v);
            }
            case LT, LE, GT, GE -> {
                if (immediate(v) == null) exp2anyreg(fs, v);
            }
        }
    }

    /** Finishes {@code e1 op e2}, leaving the result in {@code e1}. */
    static void posfix(FuncState fs, BinOp op, ExpDesc e1, ExpDesc e2, int line) {
        dischargeVars(fs, e2);
        if (Folding.foldBinary(op, e1, e2)) return;
        switch (op) {
            case AND -> {
                e2.f = fs.concat(e2.f, e1.f);
                e1.copyFrom(e2);
            }
            case OR -> {
                e2.t = fs.concat(e2.t, e1.t);
                e1.copyFrom(e2);
            }
            case CONCAT -> {
                exp2nextreg(fs, e2);
                long last = fs.instruction(fs.pc - 1);
                if (Instruction.opCode(last) == OpCode.CONCAT && Instruction.a(last) == e1.info + 1) {
                    int n = Instruction.b(last);
                    fs.freeExp(e2);
                    fs.setInstruction(fs.pc - 1, Instruction.abc(OpCode.CONCAT, e1.info, n + 1, 0));
                } else {
                    fs.emitABC(OpCode.CONCAT, e1.info, 2, 0);
                    fs.freeExp(e2);
                    fs.fixLine(line);
                }
            }
            case ADD, MUL -> commutative(fs, op, e1, e2, line);
            // x - c stays a subtraction (SUBK), not ADDI with -c: a metamethod must see "sub"
            // and c, and this instruction set has no separate MMBIN instruction to say so.
            case SUB -> arith(fs, op, e1, e2, false, line);
            case DIV, IDIV, MOD, POW, BAND, BOR, BXOR -> arith(fs, op, e1, e2, false, line);
            case SHL -> {
                Integer c1 = smallInteger(e1, false);
                if (c1 != null) {
                    // c << x: SHLI with the constant as its immediate
                    exp2anyreg(fs, e2);
                    int r = e2.info;
                    fs.freeExp(e2);
                    relocatable(fs, e1, fs.emitABC(OpCode.SHLI, 0, r, c1));
                    fs.fixLine(line);
                } else { // x << c stays SHL (not SHRI -c), so that a metamethod sees "shl"
                    arith(fs, op, e1, e2, false, line);
                }
            }
            case SHR -> {
                Integer c = smallInteger(e2, false);
                if (c != null) arithImmediate(fs, OpCode.SHRI, e1, c, false, line);
                else arith(fs, op, e1, e2, false, line);
            }
            case EQ, NE -> equality(fs, op == BinOp.EQ, e1, e2);
            case LT, LE -> order(fs, op == BinOp.LT ? OpCode.LT : OpCode.LE, e1, e2, false);
            case GT, GE -> order(fs, op == BinOp.GT ? OpCode.LT : OpCode.LE, e1, e2, true);
        }
    }

    private static final OpCode[] CONSTANT_FORMS = {
        OpCode.ADDK, OpCode.SUBK, OpCode.MULK, OpCode.MODK, OpCode.POWK, OpCode.DIVK, OpCode.IDIVK,
        OpCode.BANDK, OpCode.BORK, OpCode.BXORK,
    };
    private static final OpCode[] REGISTER_FORMS = {
        OpCode.ADD, OpCode.SUB, OpCode.MUL, OpCode.MOD, OpCode.POW, OpCode.DIV, OpCode.IDIV,
        OpCode.BAND, OpCode.BOR, OpCode.BXOR, OpCode.SHL, OpCode.SHR,
    };

    /** {@code +} and {@code *}: a constant first operand is swapped to the second (flag k). */
    private static void commutative(FuncState fs, BinOp op, ExpDesc e1, ExpDesc e2, int line) {
        boolean swapped = false;
        if (e1.isNumeral()) {
            ExpDesc.swap(e1, e2);
            swapped = true;
        }
        Integer c = op == BinOp.ADD ? smallInteger(e2, false) : null;
        if (c != null) arithImmediate(fs, OpCode.ADDI, e1, c, swapped, line);
        else arith(fs, op, e1, e2, swapped, line);
    }

    /** A register-or-constant arithmetic instruction. */
    private static void arith(FuncState fs, BinOp op, ExpDesc e1, ExpDesc e2, boolean swapped, int line) {
        boolean bitwise = op == BinOp.BAND || op == BinOp.BOR || op == BinOp.BXOR;
        if (e2.isNumeral() && (!bitwise || e2.kind == Kind.KINT) && op.ordinal() < CONSTANT_FORMS.length
                && exp2K(fs, e2)) {
            int k = e2.info;
            int r1 = exp2anyreg(fs, e1);
            fs.freeExp(e1);
            relocatable(fs, e1, fs.emitABC(CONSTANT_FORMS[op.ordinal()], 0, r1, k, swapped));
        } else {
            if (swapped) { // back to source order: both operands go to registers
                ExpDesc.swap(e1, e2);
            }
            int r2 = exp2anyreg(fs, e2);
            int r1 = exp2anyreg(fs, e1);
            fs.freeExps(e1, e2);
            relocatable(fs, e1, fs.emitABC(REGISTER_FORMS[op.ordinal()], 0, r1, r2));
        }
        fs.fixLine(line);
    }

    private static void arithImmediate(FuncState fs, OpCode op, ExpDesc e1, int c, boolean swapped, int line) {
        int r = exp2anyreg(fs, e1);
        fs.freeExp(e1);
        relocatable(fs, e1, fs.emitABC(op, 0, r, c, swapped));
        fs.fixLine(line);
    }

    /** The value of an integer constant that fits a signed C operand (negated when asked), or null. */
    private static Integer smallInteger(ExpDesc e, boolean negate) {
        if (e.kind != Kind.KINT || e.hasJumps()) return null;
        long v = negate ? -e.integer : e.integer;
        if (negate && e.integer == Long.MIN_VALUE) return null;
        return v >= Instruction.MIN_SB && v <= Instruction.MAX_SB ? (int) v : null;
    }

    /** {@code {value, isFloat}} when e is a number that fits an immediate operand, else null. */
    private static int[] immediate(ExpDesc e) {
        if (e.hasJumps()) return null;
        if (e.kind == Kind.KINT && e.integer >= Instruction.MIN_SB && e.integer <= Instruction.MAX_SB) {
            return new int[] {(int) e.integer, 0};
        }
        if (e.kind == Kind.KFLT && e.number == Math.rint(e.number)
                && e.number >= Instruction.MIN_SB && e.number <= Instruction.MAX_SB) {
            return new int[] {(int) e.number, 1};
        }
        return null;
    }

    private static void equality(FuncState fs, boolean eq, ExpDesc e1, ExpDesc e2) {
        if (e1.kind != Kind.NONRELOC) { // e1 is a constant: swap (equality is symmetric)
            ExpDesc.swap(e1, e2);
        }
        int r1 = exp2anyreg(fs, e1);
        int[] imm = immediate(e2);
        int pc;
        if (imm != null) {
            pc = fs.conditionalJump(OpCode.EQI, r1, imm[0], imm[1], eq);
        } else if (exp2RK(fs, e2)) {
            pc = fs.conditionalJump(OpCode.EQK, r1, e2.info, 0, eq);
        } else {
            pc = fs.conditionalJump(OpCode.EQ, r1, e2.info, 0, eq);
        }
        fs.freeExps(e1, e2);
        e1.init(Kind.JMP, pc);
    }

    /** {@code <} and {@code <=}; {@code swap} for {@code >} and {@code >=}. */
    private static void order(FuncState fs, OpCode op, ExpDesc e1, ExpDesc e2, boolean swap) {
        int[] imm2 = immediate(e2);
        int[] imm1 = immediate(e1);
        int pc;
        if (imm2 != null) {
            int r1 = exp2anyreg(fs, e1);
            OpCode iop = swap ? (op == OpCode.LT ? OpCode.GTI : OpCode.GEI) : (op == OpCode.LT ? OpCode.LTI : OpCode.LEI);
            pc = fs.conditionalJump(iop, r1, imm2[0], imm2[1], true);
        } else if (imm1 != null) {
            // c < x is x > c
            int r2 = exp2anyreg(fs, e2);
            OpCode iop = swap ? (op == OpCode.LT ? OpCode.LTI : OpCode.LEI) : (op == OpCode.LT ? OpCode.GTI : OpCode.GEI);
            pc = fs.conditionalJump(iop, r2, imm1[0], imm1[1], true);
        } else {
            int r1 = exp2anyreg(fs, e1);
            int r2 = exp2anyreg(fs, e2);
            pc = swap ? fs.conditionalJump(op, r2, r1, 0, true) : fs.conditionalJump(op, r1, r2, 0, true);
        }
        fs.freeExps(e1, e2);
        e1.init(Kind.JMP, pc);
    }

    // ---- Returns ---------------------------------------------------------------------------
    static void ret(FuncState fs, int first, int n) {
        switch (n) {
            case 0 -> fs.emitABC(OpCode.RETURN0, first, 1, 0);
            case 1 -> fs.emitABC(OpCode.RETURN1, first, 0, 0);
            default -> fs.emitABC(OpCode.RETURN, first, n + 1, 0);
        }
    }
}
