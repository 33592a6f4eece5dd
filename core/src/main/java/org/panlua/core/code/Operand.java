package org.panlua.core.code;

/** What an instruction field means; drives the listing, the verifier and the docs. */
public enum Operand {
    /** Field unused. */
    NONE,
    /** A register (stack slot of the frame). */
    REG,
    /** An index into the prototype's constants. */
    CONST,
    /** A register, or a constant index when the instruction's k flag is set. */
    RK,
    /** An index into the closure's upvalues. */
    UPVAL,
    /** A signed integer immediate. */
    INT,
    /** An unsigned count, size or index (its meaning is in the opcode's description). */
    COUNT,
    /** A signed jump offset, relative to the next instruction. */
    JUMP,
    /** An index into the prototype's nested prototypes. */
    PROTO
}
