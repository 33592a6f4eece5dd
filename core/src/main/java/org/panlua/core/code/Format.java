package org.panlua.core.code;

/**
 * Instruction formats. Every instruction is one 64-bit word:
 *
 * <pre>
 *  63              44 43              24 23 22            8 7        0
 * +------------------+------------------+--+---------------+----------+
 * |     C (20)       |      B (20)      |k |    A (15)     |  op (8)  |   ABC
 * +------------------+------------------+--+---------------+----------+
 * |               Bx (40)               |k |    A (15)     |  op (8)  |   ABx
 * +-------------------------------------+--+---------------+----------+
 * </pre>
 *
 * B and C are unsigned, or signed (two's complement) when the operand is {@link Operand#INT};
 * Bx is unsigned, or signed for {@link Operand#INT} and {@link Operand#JUMP}.
 */
public enum Format {
    ABC,
    ABX
}
