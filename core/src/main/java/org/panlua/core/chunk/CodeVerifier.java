package org.panlua.core.chunk;

import org.panlua.core.code.Constant;
import org.panlua.core.code.Format;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.OpCode;
import org.panlua.core.code.Operand;
import org.panlua.core.code.Proto;
import org.panlua.core.code.UpvalueDesc;

/**
 * Checks that a loaded function cannot make the interpreter step outside its frame, its
 * constants, its upvalues or its code: every operand is checked against what its
 * {@link Operand} kind in the {@link OpCode} table allows. Code from the compiler always
 * passes; a binary chunk that does not is rejected as corrupted.
 */
final class CodeVerifier {
    private CodeVerifier() {}

    /** Most registers a frame may have, as in the reference implementation. */
    static final int MAX_REGISTERS = 255;

    /** A description of the first problem, or null when the function is sound. */
    static String check(Proto p) {
        if (p.maxStackSize() > MAX_REGISTERS) return "stack size " + p.maxStackSize();
        if (p.numParams() > p.maxStackSize()) return "more parameters than registers";
        long[] code = p.code();
        if (code.length == 0) return "empty function";
        if (p.isVararg() && Instruction.op(code[0]) != OpCode.VARARGPREP.ordinal()) {
            return "vararg function without VARARGPREP";
        }
        for (int i = 0; i < p.protos().length; i++) {
            for (UpvalueDesc u : p.protos()[i].upvalues()) {
                int limit = u.inStack() ? p.maxStackSize() : p.upvalues().length;
                if (u.index() >= limit) return "upvalue of nested function " + i;
            }
        }
        for (int pc = 0; pc < code.length; pc++) { // opcodes first: the checks below look ahead
            if (Instruction.op(code[pc]) >= OpCode.count()) return "instruction " + (pc + 1) + ": unknown opcode";
        }
        for (int pc = 0; pc < code.length; pc++) {
            String problem = instruction(p, pc);
            if (problem != null) return "instruction " + (pc + 1) + ": " + problem;
        }
        return switch (Instruction.opCode(code[code.length - 1])) {
            case RETURN, RETURN0, RETURN1, TAILCALL, JMP -> null;
            default -> "function does not end with a return";
        };
    }

    private static String instruction(Proto p, int pc) {
        long ins = p.code()[pc];
        OpCode op = Instruction.opCode(ins);
        String bad = operand(p, pc, op.a, Instruction.a(ins));
        if (bad == null) {
            bad = op.format == Format.ABX
                    ? operand(p, pc, op.b, Instruction.bx(ins), Instruction.sbx(ins))
                    : operand(p, pc, op.b, Instruction.b(ins));
        }
        if (bad == null && op.format == Format.ABC) {
            Operand c = op.c == Operand.RK ? (Instruction.k(ins) ? Operand.CONST : Operand.REG) : op.c;
            bad = operand(p, pc, c, Instruction.c(ins));
        }
        if (bad != null) return op + " " + bad;
        if (op.isTest() && (pc + 2 >= p.code().length || Instruction.opCode(p.code()[pc + 1]) != OpCode.JMP)) {
            return op + " not followed by a jump and an instruction to skip to";
        }
        int a = Instruction.a(ins);
        int top = p.maxStackSize();
        return switch (op) {
            case GETTABUP, GETFIELD -> stringConstant(p, Instruction.c(ins));
            case SETTABUP, SETFIELD -> stringConstant(p, Instruction.b(ins));
            case LOADNIL -> a + Instruction.b(ins) < top ? null : "LOADNIL past the frame";
            case CONCAT -> Instruction.b(ins) >= 1 && a + Instruction.b(ins) <= top ? null : "CONCAT range";
            case CALL -> a + Math.max(Instruction.b(ins), Instruction.c(ins) - 1) <= top ? null : "CALL past the frame";
            case TAILCALL, RETURN -> a + Instruction.b(ins) - 1 <= top ? null : op + " past the frame";
            case SELF -> a + 1 < top ? null : "SELF past the frame";
            case FORPREP, FORLOOP, TFORPREP, TFORLOOP -> a + 3 < top ? null : op + " past the frame";
            case TFORCALL -> a + 3 + Instruction.c(ins) < top ? null : "TFORCALL past the frame";
            case SETLIST -> setList(p, pc, a, Instruction.b(ins), ins);
            case LFALSESKIP -> pc + 2 < p.code().length ? null : "LFALSESKIP skips past the code";
            case VARARG -> a + Instruction.c(ins) - 1 <= top ? null : "VARARG past the frame";
            case VARARGPREP -> p.isVararg() && pc == 0 && a == p.numParams() ? null : "misplaced VARARGPREP";
            default -> null;
        };
    }

    private static String setList(Proto p, int pc, int a, int b, long ins) {
        if (a + b >= p.maxStackSize()) return "SETLIST past the frame";
        if (Instruction.k(ins) && (pc + 1 >= p.code().length
                || Instruction.opCode(p.code()[pc + 1]) != OpCode.EXTRAARG)) {
            return "SETLIST without its EXTRAARG";
        }
        return null;
    }

    private static String stringConstant(Proto p, int k) {
        return p.constants()[k] instanceof Constant.Str ? null : "field name constant is not a string";
    }

    private static String operand(Proto p, int pc, Operand kind, int v) {
        return operand(p, pc, kind, v, v);
    }

    private static String operand(Proto p, int pc, Operand kind, long unsigned, long signed) {
        return switch (kind) {
            case NONE, INT, COUNT -> null;
            case RK -> throw new IllegalStateException("RK is resolved by the caller");
            case REG -> unsigned < p.maxStackSize() ? null : "register " + unsigned + " outside the frame";
            case CONST -> unsigned < p.constants().length ? null : "constant " + unsigned + " out of range";
            case UPVAL -> unsigned < p.upvalues().length ? null : "upvalue " + unsigned + " out of range";
            case PROTO -> unsigned < p.protos().length ? null : "function " + unsigned + " out of range";
            case JUMP -> {
                long target = pc + 1 + signed;
                yield target >= 0 && target < p.code().length ? null : "jump outside the code";
            }
        };
    }
}
