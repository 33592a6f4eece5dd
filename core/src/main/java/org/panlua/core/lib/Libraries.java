package org.panlua.core.lib;

import org.panlua.core.vm.LuaState;

/** Opens the standard libraries in a state ({@code luaL_openlibs}). */
public final class Libraries {
    private Libraries() {}

    /** Opens every standard library available in {@code state}. */
    public static void openStandard(LuaState state) {
        BaseLib.open(state);
        TableLib.open(state);
        MathLib.open(state);
        Utf8Lib.open(state);
    }
}
