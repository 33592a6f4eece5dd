package org.panlua.core.lib;

import org.panlua.core.lib.io.IoLib;
import org.panlua.core.lib.os.OsLib;
import org.panlua.core.vm.LuaState;

/** Opens the standard libraries in a state ({@code luaL_openlibs}). */
public final class Libraries {
    private Libraries() {}

    /** Opens every standard library available in {@code state}. */
    public static void openStandard(LuaState state) {
        BaseLib.open(state);
        StringLib.open(state);
        PackageLib.open(state);
        CoroutineLib.open(state);
        OsLib.open(state);
        IoLib.open(state);
        DebugLib.open(state);
        TableLib.open(state);
        MathLib.open(state);
        Utf8Lib.open(state);
    }
}
