package org.panlua.core.vm;

/**
 * A debug hook ({@code lua_Hook}): called by a coroutine on the events its mask selects, with
 * the coroutine's hooks switched off while it runs. The hooked function is the running frame,
 * so {@code debug.getinfo} at level 1 inside a Lua function the hook calls sees it at level 2.
 * Installed with {@link Hooks#set}.
 */
@FunctionalInterface
public interface Hook {
    /** Events ({@code LUA_HOOKCALL}...). */
    int CALL = 0, RETURN = 1, LINE = 2, COUNT = 3, TAIL_CALL = 4;
    /** Mask bits ({@code LUA_MASKCALL}...). */
    int MASK_CALL = 1, MASK_RETURN = 2, MASK_LINE = 4, MASK_COUNT = 8;

    /**
     * Runs the hook for {@code event} in coroutine {@code L}.
     *
     * @param line the new line of a {@link #LINE} event, -1 for other events and code
     *             without line information
     */
    void run(LuaThread L, int event, int line);
}
