package org.panlua.core.ast;

import java.util.List;
import java.util.Objects;

/**
 * Parameters and body of a function. A method ({@link Stat.FunctionDef} with a method name)
 * also has the hidden first parameter {@code self}, which is not in {@link #params()}.
 *
 * @param params   the named parameters
 * @param isVararg whether the parameter list ends with {@code ...}
 * @param body     the statements
 * @param line     the reference's "line defined": the line of {@code function} in a function
 *                 statement, of {@code (} in a function expression or {@code local function};
 *                 0 for a main chunk
 * @param endLine  the line of the closing {@code end} ("last line defined"); 0 for a main chunk
 */
public record FunctionBody(List<String> params, boolean isVararg, Block body, int line, int endLine)
        implements Node {
    public FunctionBody {
        params = List.copyOf(params);
        Objects.requireNonNull(body);
    }
}
