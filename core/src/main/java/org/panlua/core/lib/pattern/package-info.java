/**
 * Lua 5.4 pattern matching, independent of the virtual machine: it works on {@code byte[]}
 * subjects and patterns and reports positions as 0-based offsets (the library adds one where
 * Lua shows positions). {@link org.panlua.core.lib.pattern.PatternMatcher} matches at one
 * position and holds the captures; {@link org.panlua.core.lib.pattern.StringFind},
 * {@link org.panlua.core.lib.pattern.GmatchState} and {@link org.panlua.core.lib.pattern.Gsub}
 * are the searches of {@code string.find}/{@code match}, {@code gmatch} and {@code gsub};
 * {@link org.panlua.core.lib.pattern.Replacement} is how the runtime supplies table and
 * function replacements. Errors are {@link org.panlua.core.vm.LuaError} messages worded as
 * the reference interpreter words them.
 */
package org.panlua.core.lib.pattern;
