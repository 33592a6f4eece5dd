package org.panlua.core.code;

import static org.panlua.core.code.Format.ABC;
import static org.panlua.core.code.Format.ABX;
import static org.panlua.core.code.Operand.*;

/**
 * The instruction set: the one definition from which the encoder, the listing ({@code -bl}),
 * the binary-chunk verifier and {@code docs/bytecode.md} derive. Each entry gives the format,
 * the meaning of A, B (or Bx) and C, whether the k flag is used, and what it does.
 *
 * <p>Notation: {@code R[x]} register, {@code K[x]} constant, {@code U[x]} upvalue, {@code k} the
 * flag bit; a value "is true" when it is neither nil nor false. Conditional tests skip the next
 * instruction (always a {@code JMP}) when the condition is not met.
 */
public enum OpCode {
    MOVE(ABC, REG, REG, NONE, false, "R[A] := R[B]"),
    LOADI(ABX, REG, INT, NONE, false, "R[A] := integer Bx"),
    LOADF(ABX, REG, INT, NONE, false, "R[A] := float Bx"),
    LOADK(ABX, REG, CONST, NONE, false, "R[A] := K[Bx]"),
    LOADFALSE(ABC, REG, NONE, NONE, false, "R[A] := false"),
    LFALSESKIP(ABC, REG, NONE, NONE, false, "R[A] := false; skip the next instruction"),
    LOADTRUE(ABC, REG, NONE, NONE, false, "R[A] := true"),
    LOADNIL(ABC, REG, COUNT, NONE, false, "R[A], ..., R[A+B] := nil"),

    GETUPVAL(ABC, REG, UPVAL, NONE, false, "R[A] := U[B]"),
    SETUPVAL(ABC, REG, UPVAL, NONE, false, "U[B] := R[A]"),
    GETTABUP(ABC, REG, UPVAL, CONST, false, "R[A] := U[B][K[C]] (K[C] a short string)"),
    GETTABLE(ABC, REG, REG, REG, false, "R[A] := R[B][R[C]]"),
    GETI(ABC, REG, REG, COUNT, false, "R[A] := R[B][C] (C an integer)"),
    GETFIELD(ABC, REG, REG, CONST, false, "R[A] := R[B][K[C]] (K[C] a short string)"),
    SETTABUP(ABC, UPVAL, CONST, RK, true, "U[A][K[B]] := RK(C) (K[B] a short string)"),
    SETTABLE(ABC, REG, REG, RK, true, "R[A][R[B]] := RK(C)"),
    SETI(ABC, REG, COUNT, RK, true, "R[A][B] := RK(C) (B an integer)"),
    SETFIELD(ABC, REG, CONST, RK, true, "R[A][K[B]] := RK(C) (K[B] a short string)"),
    NEWTABLE(ABC, REG, COUNT, COUNT, false, "R[A] := {} with room for B array items and C other keys"),
    SELF(ABC, REG, REG, RK, true, "R[A+1] := R[B]; R[A] := R[B][RK(C)]"),

    ADDI(ABC, REG, REG, INT, false, "R[A] := R[B] + C"),
    ADDK(ABC, REG, REG, CONST, false, "R[A] := R[B] + K[C] (K[C] a number)"),
    SUBK(ABC, REG, REG, CONST, false, "R[A] := R[B] - K[C]"),
    MULK(ABC, REG, REG, CONST, false, "R[A] := R[B] * K[C]"),
    MODK(ABC, REG, REG, CONST, false, "R[A] := R[B] % K[C]"),
    POWK(ABC, REG, REG, CONST, false, "R[A] := R[B] ^ K[C]"),
    DIVK(ABC, REG, REG, CONST, false, "R[A] := R[B] / K[C]"),
    IDIVK(ABC, REG, REG, CONST, false, "R[A] := R[B] // K[C]"),
    BANDK(ABC, REG, REG, CONST, false, "R[A] := R[B] & K[C] (K[C] an integer)"),
    BORK(ABC, REG, REG, CONST, false, "R[A] := R[B] | K[C]"),
    BXORK(ABC, REG, REG, CONST, false, "R[A] := R[B] ~ K[C]"),
    SHRI(ABC, REG, REG, INT, false, "R[A] := R[B] >> C"),
    SHLI(ABC, REG, REG, INT, false, "R[A] := C << R[B]"),
    ADD(ABC, REG, REG, REG, false, "R[A] := R[B] + R[C]"),
    SUB(ABC, REG, REG, REG, false, "R[A] := R[B] - R[C]"),
    MUL(ABC, REG, REG, REG, false, "R[A] := R[B] * R[C]"),
    MOD(ABC, REG, REG, REG, false, "R[A] := R[B] % R[C]"),
    POW(ABC, REG, REG, REG, false, "R[A] := R[B] ^ R[C]"),
    DIV(ABC, REG, REG, REG, false, "R[A] := R[B] / R[C]"),
    IDIV(ABC, REG, REG, REG, false, "R[A] := R[B] // R[C]"),
    BAND(ABC, REG, REG, REG, false, "R[A] := R[B] & R[C]"),
    BOR(ABC, REG, REG, REG, false, "R[A] := R[B] | R[C]"),
    BXOR(ABC, REG, REG, REG, false, "R[A] := R[B] ~ R[C]"),
    SHL(ABC, REG, REG, REG, false, "R[A] := R[B] << R[C]"),
    SHR(ABC, REG, REG, REG, false, "R[A] := R[B] >> R[C]"),
    UNM(ABC, REG, REG, NONE, false, "R[A] := -R[B]"),
    BNOT(ABC, REG, REG, NONE, false, "R[A] := ~R[B]"),
    NOT(ABC, REG, REG, NONE, false, "R[A] := not R[B]"),
    LEN(ABC, REG, REG, NONE, false, "R[A] := #R[B]"),
    CONCAT(ABC, REG, COUNT, NONE, false, "R[A] := R[A] .. ... .. R[A+B-1]"),

    CLOSE(ABC, REG, NONE, NONE, false, "close upvalues and to-be-closed variables >= R[A]"),
    TBC(ABC, REG, NONE, NONE, false, "mark R[A] as a to-be-closed variable"),
    JMP(ABX, NONE, JUMP, NONE, false, "pc += Bx"),
    EQ(ABC, REG, REG, NONE, true, "if (R[A] == R[B]) ~= k then skip"),
    LT(ABC, REG, REG, NONE, true, "if (R[A] < R[B]) ~= k then skip"),
    LE(ABC, REG, REG, NONE, true, "if (R[A] <= R[B]) ~= k then skip"),
    EQK(ABC, REG, CONST, NONE, true, "if (R[A] == K[B]) ~= k then skip"),
    EQI(ABC, REG, INT, COUNT, true, "if (R[A] == B) ~= k then skip (C: 1 when B stands for a float)"),
    LTI(ABC, REG, INT, COUNT, true, "if (R[A] < B) ~= k then skip (C as in EQI)"),
    LEI(ABC, REG, INT, COUNT, true, "if (R[A] <= B) ~= k then skip"),
    GTI(ABC, REG, INT, COUNT, true, "if (R[A] > B) ~= k then skip"),
    GEI(ABC, REG, INT, COUNT, true, "if (R[A] >= B) ~= k then skip"),
    TEST(ABC, REG, NONE, NONE, true, "if (R[A] is true) ~= k then skip"),
    TESTSET(ABC, REG, REG, NONE, true, "if (R[B] is true) ~= k then skip else R[A] := R[B]"),

    CALL(ABC, REG, COUNT, COUNT, false,
            "R[A], ..., R[A+C-2] := R[A](R[A+1], ..., R[A+B-1]); B = 0: arguments up to the top; C = 0: all results"),
    TAILCALL(ABC, REG, COUNT, NONE, true, "return R[A](R[A+1], ..., R[A+B-1]); k: close upvalues first"),
    RETURN(ABC, COUNT, COUNT, NONE, true,
            "return R[A], ..., R[A+B-2]; B = 0: up to the top; k: close upvalues and to-be-closed variables first"),
    RETURN0(ABC, COUNT, COUNT, NONE, false, "return (A and B as RETURN would have them)"),
    RETURN1(ABC, REG, NONE, NONE, false, "return R[A]"),

    FORPREP(ABX, REG, JUMP, NONE, false, "check and prepare a numeric loop over R[A..A+2]; skip the loop (to after FORLOOP) when it runs zero times"),
    FORLOOP(ABX, REG, JUMP, NONE, false, "update counters of R[A..A+2]; if the loop continues, R[A+3] := index and jump back"),
    TFORPREP(ABX, REG, JUMP, NONE, false, "mark R[A+3] as to-be-closed; jump to the TFORCALL"),
    TFORCALL(ABC, REG, NONE, COUNT, false, "R[A+4], ..., R[A+3+C] := R[A](R[A+1], R[A+2])"),
    TFORLOOP(ABX, REG, JUMP, NONE, false, "if R[A+4] ~= nil then R[A+2] := R[A+4]; jump back"),

    SETLIST(ABC, REG, COUNT, COUNT, true,
            "R[A][C+i] := R[A+i], 1 <= i <= B; B = 0: up to the top; k: C is in the next EXTRAARG"),
    CLOSURE(ABX, REG, PROTO, NONE, false, "R[A] := closure of nested prototype Bx"),
    VARARG(ABC, REG, NONE, COUNT, false, "R[A], ..., R[A+C-2] := the varargs; C = 0: all of them"),
    VARARGPREP(ABC, COUNT, NONE, NONE, false, "adjust the frame of a vararg function with A fixed parameters"),
    EXTRAARG(ABX, NONE, COUNT, NONE, false, "an extra argument for the previous instruction");

    public final Format format;
    public final Operand a;
    public final Operand b;
    public final Operand c;
    public final boolean usesK;
    public final String description;

    OpCode(Format format, Operand a, Operand b, Operand c, boolean usesK, String description) {
        this.format = format;
        this.a = a;
        this.b = b;
        this.c = c;
        this.usesK = usesK;
        this.description = description;
    }

    private static final OpCode[] BY_NUMBER = values();

    public static OpCode of(int number) {
        return BY_NUMBER[number];
    }

    public static int count() {
        return BY_NUMBER.length;
    }

    /** True for the tests that skip the next instruction (which must be a JMP). */
    public boolean isTest() {
        return switch (this) {
            case EQ, LT, LE, EQK, EQI, LTI, LEI, GTI, GEI, TEST, TESTSET -> true;
            default -> false;
        };
    }
}
