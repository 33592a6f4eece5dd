/**
 * The abstract syntax tree of Lua 5.4: immutable records under the sealed interfaces
 * {@link org.panlua.core.ast.Expr}, {@link org.panlua.core.ast.Stat} and
 * {@link org.panlua.core.ast.TableField}, plus {@link org.panlua.core.ast.Block},
 * {@link org.panlua.core.ast.FunctionBody} and {@link org.panlua.core.ast.Chunk}. Consumers
 * switch over them with pattern matching; the compiler checks that every case is handled.
 *
 * <p>Every node carries a source line, chosen as the reference implementation uses lines (see
 * each record). Records compare by value, lines included; {@link org.panlua.core.ast.AstPrinter}
 * prints a tree with or without lines, so two trees can be compared ignoring lines, and
 * {@link org.panlua.core.ast.LuaEmitter} turns a tree back into Lua source that parses to the
 * same tree.
 *
 * <p>Only the parser's trees are guaranteed to be printable and emittable without deep Java
 * recursion: chains that the parser builds in loops (left-associative operators, suffixes such
 * as {@code a.b.c()}) are walked iteratively, and every other nesting is bounded by the
 * parser's limit of 200 levels.
 */
package org.panlua.core.ast;
