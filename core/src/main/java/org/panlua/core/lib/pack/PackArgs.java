package org.panlua.core.lib.pack;

/**
 * The values {@link StringPack#pack} consumes, looked up by Lua argument number: the format is
 * argument 1, so the first value is argument 2, as in Lua's {@code bad argument #2 to 'pack'}.
 *
 * <p>Each method converts the argument the way {@code luaL_checkinteger},
 * {@code luaL_checknumber} and {@code luaL_checklstring} do, and raises the runtime's own
 * argument error ({@code number expected, got no value}, {@code number has no integer
 * representation}...) when it cannot. The engine asks for each argument once, in order.
 */
public interface PackArgs {
    /** Argument {@code argIndex} as an integer (options {@code b B h H i I l L j J T}). */
    long integer(int argIndex);

    /** Argument {@code argIndex} as a float (options {@code f d n}). */
    double number(int argIndex);

    /** Argument {@code argIndex} as a string's bytes (options {@code c s z}); not modified. */
    byte[] string(int argIndex);
}
