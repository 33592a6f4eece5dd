/**
 * Types shared by the stages of the compiler: the syntax error every stage raises
 * ({@link org.panlua.core.compiler.LuaSyntaxException}), the formatting of chunk names in
 * messages ({@link org.panlua.core.compiler.ChunkId}) and the immutable byte strings that
 * string literals are made of ({@link org.panlua.core.compiler.LuaBytes}).
 */
package org.panlua.core.compiler;
