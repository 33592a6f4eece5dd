package org.panlua.core.vm;

/**
 * Opcode numbers as compile-time constants for the interpreter's switch (a switch over the
 * {@link org.panlua.core.code.OpCode} enum would go through a lookup array). Derived from the
 * enum: {@code OpsTest} fails when they differ.
 */
final class Ops {
    private Ops() {}

    static final int MOVE = 0;
    static final int LOADI = 1;
    static final int LOADF = 2;
    static final int LOADK = 3;
    static final int LOADFALSE = 4;
    static final int LFALSESKIP = 5;
    static final int LOADTRUE = 6;
    static final int LOADNIL = 7;
    static final int GETUPVAL = 8;
    static final int SETUPVAL = 9;
    static final int GETTABUP = 10;
    static final int GETTABLE = 11;
    static final int GETI = 12;
    static final int GETFIELD = 13;
    static final int SETTABUP = 14;
    static final int SETTABLE = 15;
    static final int SETI = 16;
    static final int SETFIELD = 17;
    static final int NEWTABLE = 18;
    static final int SELF = 19;
    static final int ADDI = 20;
    static final int ADDK = 21;
    static final int SUBK = 22;
    static final int MULK = 23;
    static final int MODK = 24;
    static final int POWK = 25;
    static final int DIVK = 26;
    static final int IDIVK = 27;
    static final int BANDK = 28;
    static final int BORK = 29;
    static final int BXORK = 30;
    static final int SHRI = 31;
    static final int SHLI = 32;
    static final int ADD = 33;
    static final int SUB = 34;
    static final int MUL = 35;
    static final int MOD = 36;
    static final int POW = 37;
    static final int DIV = 38;
    static final int IDIV = 39;
    static final int BAND = 40;
    static final int BOR = 41;
    static final int BXOR = 42;
    static final int SHL = 43;
    static final int SHR = 44;
    static final int UNM = 45;
    static final int BNOT = 46;
    static final int NOT = 47;
    static final int LEN = 48;
    static final int CONCAT = 49;
    static final int CLOSE = 50;
    static final int TBC = 51;
    static final int JMP = 52;
    static final int EQ = 53;
    static final int LT = 54;
    static final int LE = 55;
    static final int EQK = 56;
    static final int EQI = 57;
    static final int LTI = 58;
    static final int LEI = 59;
    static final int GTI = 60;
    static final int GEI = 61;
    static final int TEST = 62;
    static final int TESTSET = 63;
    static final int CALL = 64;
    static final int TAILCALL = 65;
    static final int RETURN = 66;
    static final int RETURN0 = 67;
    static final int RETURN1 = 68;
    static final int FORPREP = 69;
    static final int FORLOOP = 70;
    static final int TFORPREP = 71;
    static final int TFORCALL = 72;
    static final int TFORLOOP = 73;
    static final int SETLIST = 74;
    static final int CLOSURE = 75;
    static final int VARARG = 76;
    static final int VARARGPREP = 77;
    static final int EXTRAARG = 78;
}
