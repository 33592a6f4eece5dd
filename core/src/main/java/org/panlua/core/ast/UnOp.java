package org.panlua.core.ast;

/** Unary operators, in the reference's order; all bind with {@link #PRIORITY}. */
public enum UnOp {
    NEG("-"),
    BNOT("~"),
    NOT("not"),
    LEN("#");

    /** The priority of every unary operator: above all binary ones except {@code ^}. */
    public static final int PRIORITY = 12;

    private final String symbol;

    UnOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Lua. */
    public String symbol() {
        return symbol;
    }
}
