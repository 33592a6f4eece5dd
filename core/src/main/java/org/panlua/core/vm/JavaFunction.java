package org.panlua.core.vm;

/**
 * A function written in Java, callable from Lua. It runs the way a C function runs under the
 * reference implementation: its arguments are the values {@code 1..L.nargs()} of its frame
 * ({@link LuaThread#arg}); it pushes its results ({@link LuaThread#push}) and returns how many
 * of the values on top of the stack are results. Errors are {@link LuaError}s.
 */
@FunctionalInterface
public interface JavaFunction {
    int call(LuaThread L);
}
