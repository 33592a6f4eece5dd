package org.panlua.core.code;

/**
 * How a closure gets upvalue number i: from a register of the enclosing function's frame
 * ({@code inStack}) or from the enclosing closure's own upvalue {@code index}.
 *
 * @param kind 0 ordinary, 1 {@code <const>}, 2 {@code <close>} (as the local it captures)
 */
public record UpvalueDesc(String name, boolean inStack, int index, int kind) {}
