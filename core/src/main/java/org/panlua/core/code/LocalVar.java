package org.panlua.core.code;

/** Debug information: a local variable is live in register order for pcs {@code [startPc, endPc)}. */
public record LocalVar(String name, int startPc, int endPc) {}
