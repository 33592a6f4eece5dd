package org.panlua.core.ast;

/** The attribute of a local variable: none, {@code <const>} or {@code <close>}. */
public enum Attrib {
    NONE(""),
    CONST("const"),
    CLOSE("close");

    private final String word;

    Attrib(String word) {
        this.word = word;
    }

    /** The word between {@code <} and {@code >}; empty for {@link #NONE}. */
    public String word() {
        return word;
    }

    /** Whether the variable may not be assigned to ({@code <const>} and {@code <close>}). */
    public boolean readOnly() {
        return this != NONE;
    }
}
