package org.panlua.core.lib.format;

import org.panlua.core.vm.LuaError;

/**
 * The arguments of one {@code string.format} call, as the runtime presents them to
 * {@link StringFormat}. Arguments are numbered the way Lua numbers them in its messages: the
 * format string is argument 1 and the first value after it is argument 2, so {@code arg} can
 * go straight into {@code bad argument #arg to 'format'}; {@link #top()} is the number of the
 * last argument ({@code lua_gettop}), 1 when the format came alone.
 *
 * <p>The checking accessors behave like their {@code lauxlib} namesakes: they convert what Lua
 * converts and raise the runtime's own {@link LuaError} otherwise. {@link StringFormat} calls
 * them in the order {@code str_format} does, so the first error reported is the same.
 */
public interface FormatArgs {
    /** What {@code %q} needs to know of an argument. */
    enum Kind { NIL, BOOLEAN, INTEGER, FLOAT, STRING, OTHER }

    /** The number of the last argument: 1 plus the number of values after the format. */
    int top();

    /** The type of argument {@code arg} (for {@code %q}). */
    Kind kind(int arg);

    /**
     * {@code luaL_checkinteger}: an integer, a float with an exact integer value, or a string
     * convertible to one; else the runtime raises "number has no integer representation" or
     * "number expected, got ..." as a bad-argument error.
     */
    long integer(int arg);

    /** {@code luaL_checknumber}: a number or a string convertible to one, else an error. */
    double number(int arg);

    /**
     * {@code luaL_tolstring}: the text {@code tostring} gives, {@code __tostring} and
     * {@code __name} included (may run Lua code and raise its errors).
     */
    byte[] tostring(int arg);

    /** The bytes of a string argument, with no conversion ({@link Kind#STRING} only). */
    byte[] string(int arg);

    /** {@code lua_topointer}: an address for {@code %p}, 0 for values that have none. */
    long pointer(int arg);

    /**
     * The error for a bad argument ({@code luaL_argerror}): the runtime may name the function
     * its own way, or shift the number for a method call. {@link StringFormat} throws what
     * this returns; messages are "no value", "string contains zeros" and "value has no
     * literal form".
     */
    default LuaError argError(int arg, String message) {
        return new LuaError("bad argument #" + arg + " to 'format' (" + message + ")");
    }
}
