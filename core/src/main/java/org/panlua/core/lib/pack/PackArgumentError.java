package org.panlua.core.lib.pack;

import org.panlua.core.vm.LuaError;

/**
 * An error the reference interpreter raises with {@code luaL_argerror}: its message reads
 * {@code bad argument #N to 'pack' (detail)}, with the function's plain name.
 *
 * <p>The reference takes the name from the call site ({@code 'string.pack'} for a global
 * lookup, {@code 'p'} through a local alias) and shifts the number for a method call
 * ({@code fmt:pack(...)}, or {@code calling 'pack' on bad self} for the format itself). The
 * engine cannot know the call site, so it keeps the parts: a runtime that knows better catches
 * this type and builds the message again from {@link #argument()}, {@link #function()} and
 * {@link #detail()}.
 */
public final class PackArgumentError extends LuaError {
    private final int argument;
    private final String function;
    private final String detail;

    /** The error for Lua argument {@code argument} of {@code function} ({@code pack}...). */
    public PackArgumentError(int argument, String function, String detail) {
        super("bad argument #" + argument + " to '" + function + "' (" + detail + ")");
        this.argument = argument;
        this.function = function;
        this.detail = detail;
    }

    /** The Lua argument number, counting the format as 1. */
    public int argument() {
        return argument;
    }

    /** {@code pack}, {@code unpack} or {@code packsize}. */
    public String function() {
        return function;
    }

    /** The text between the parentheses, e.g. {@code integer overflow}. */
    public String detail() {
        return detail;
    }
}
