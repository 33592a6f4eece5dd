package org.panlua.core.lib.pattern;

/**
 * What {@code gsub} puts in place of each match: the replacement string
 * ({@link ReplacementString}), or what the runtime computes from a table or a function.
 * The match is {@code [m.matchStart(), m.matchEnd())} of {@code m.subject()}; its values are
 * the captures (byte ranges or positions) as {@link PatternMatcher#resultCount()} and the
 * capture accessors give them; a table replacement uses capture 0.
 */
@FunctionalInterface
public interface Replacement {
    /**
     * Appends the replacement of the match {@code m} holds to {@code out} and returns true;
     * or appends nothing and returns false to keep the matched text (a function or a table
     * that gave nil or false). Errors are raised as {@link org.panlua.core.vm.LuaError}.
     */
    boolean replace(PatternMatcher m, ByteBuilder out);
}
