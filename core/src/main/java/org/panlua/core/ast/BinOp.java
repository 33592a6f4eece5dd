package org.panlua.core.ast;

/**
 * Binary operators, in the reference's order (arithmetic and bitwise operators first, in the
 * order of their metamethods), with the reference's priorities. An operator with a left
 * priority greater than its right one is right-associative ({@code ..} and {@code ^}).
 */
public enum BinOp {
    ADD("+", 10, 10),
    SUB("-", 10, 10),
    MUL("*", 11, 11),
    MOD("%", 11, 11),
    POW("^", 14, 13),
    DIV("/", 11, 11),
    IDIV("//", 11, 11),
    BAND("&", 6, 6),
    BOR("|", 4, 4),
    BXOR("~", 5, 5),
    SHL("<<", 7, 7),
    SHR(">>", 7, 7),
    CONCAT("..", 9, 8),
    EQ("==", 3, 3),
    LT("<", 3, 3),
    LE("<=", 3, 3),
    NE("~=", 3, 3),
    GT(">", 3, 3),
    GE(">=", 3, 3),
    AND("and", 2, 2),
    OR("or", 1, 1);

    private final String symbol;
    private final int left;
    private final int right;

    BinOp(String symbol, int left, int right) {
        this.symbol = symbol;
        this.left = left;
        this.right = right;
    }

    /** The operator as written in Lua. */
    public String symbol() {
        return symbol;
    }

    /** How strongly the operator binds its left operand. */
    public int leftPriority() {
        return left;
    }

    /** How strongly the operator binds its right operand. */
    public int rightPriority() {
        return right;
    }
}
