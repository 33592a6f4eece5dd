/**
 * The lexer of Lua 5.4: {@link org.panlua.core.lex.Lexer} turns source bytes into
 * {@link org.panlua.core.lex.Token}s of the kinds listed by {@link org.panlua.core.lex.TokenKind};
 * {@link org.panlua.core.lex.Numerals} converts numerals as the reference does (also the
 * conversion of strings to numbers at run time).
 */
package org.panlua.core.lex;
