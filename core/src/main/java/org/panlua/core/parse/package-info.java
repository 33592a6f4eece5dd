/**
 * The parser of Lua 5.4: {@link org.panlua.core.parse.Parser} reads the tokens of a
 * {@link org.panlua.core.lex.Lexer} into an {@link org.panlua.core.ast.Chunk}, with the
 * reference's grammar, operator priorities, error messages and limits.
 *
 * <p>The checks the reference makes while generating code are made here too, with the same
 * messages and at the same lines, by {@link org.panlua.core.parse.ScopeCheck}: goto and label
 * rules, {@code break} outside a loop, assignment to {@code <const>} and {@code <close>}
 * variables, attributes, and the limit of 200 local variables per function. Left to the code
 * generator: the limit of 255 upvalues (whether a {@code <const>} local needs an upvalue
 * depends on constant folding), registers, constants and jump distances.
 */
package org.panlua.core.parse;
