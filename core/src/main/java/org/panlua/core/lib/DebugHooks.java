package org.panlua.core.lib;

import org.panlua.core.vm.Coroutines;
import org.panlua.core.vm.Hook;
import org.panlua.core.vm.Hooks;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

/**
 * {@code debug.sethook} and {@code debug.gethook}. As in the reference library, the Lua hook
 * functions live in the registry table {@code _HOOKKEY} (weak keys), keyed by coroutine, and
 * every hooked coroutine runs the one Java {@link Hook} {@link #HOOK}, which calls the function
 * found there for the running coroutine. A coroutine inherits its creator's hook and mask but
 * has no entry of its own, so nothing is called for it until it gets one.
 */
final class DebugHooks {
    private DebugHooks() {}

    private static final String[] EVENTS = {"call", "return", "line", "count", "tail call"};

    /** Calls {@code _HOOKKEY[L](event, line)} (line nil when unknown), when it is a function. */
    static final Hook HOOK = (L, event, line) -> {
        LuaState state = L.state;
        long table = state.getField(state.registry, "_HOOKKEY");
        if (!Value.isTable(table)) return;
        long fn = state.tables.get(Value.address(table), L.self);
        if (!Value.isFunction(fn)) return;
        L.push(table); // kept below the call, as the reference's hook leaves it
        L.push(fn);
        L.pushString(EVENTS[event]);
        if (line >= 0) L.pushInteger(line);
        else L.pushNil();
        L.call(2, 0);
        L.pop();
    };

    /** {@code sethook([thread,] [f, mask [, count]])}. */
    static int sethook(LuaThread L) {
        int arg = Value.tag(L.arg(1)) == Value.THREAD ? 1 : 0;
        LuaThread co = arg == 1 ? Coroutines.of(L.state, L.arg(1)) : L;
        long fn;
        int mask, count;
        if (L.isNoneOrNil(arg + 1)) {
            L.setTop(arg + 1);
            fn = Value.NIL_WORD;
            mask = 0;
            count = 0;
        } else {
            String smask = L.checkJavaString(arg + 2);
            L.checkType(arg + 1, Value.FUNCTION, "function");
            fn = L.arg(arg + 1);
            count = (int) L.optInteger(arg + 3, 0);
            mask = makeMask(smask, count);
        }
        long table = hookTable(L);
        L.state.tables.set(Value.address(table), co.self, fn);
        Hooks.set(co, fn == Value.NIL_WORD ? null : HOOK, mask, count);
        return 0;
    }

    /** {@code gethook([thread])}: the hook function, its mask and count; fail when none. */
    static int gethook(LuaThread L) {
        LuaThread co = Value.tag(L.arg(1)) == Value.THREAD ? Coroutines.of(L.state, L.arg(1)) : L;
        Hook hook = Hooks.hook(co);
        if (hook == null) {
            L.pushNil();
            return 1;
        }
        if (hook != HOOK) {
            L.pushString("external hook");
        } else {
            long table = L.state.getField(L.state.registry, "_HOOKKEY");
            L.push(Value.isTable(table) ? L.state.tables.get(Value.address(table), co.self) : Value.NIL_WORD);
        }
        L.pushString(unmakeMask(Hooks.mask(co)));
        L.pushInteger(Hooks.count(co));
        return 3;
    }

    private static int makeMask(String smask, int count) {
        int mask = 0;
        if (smask.indexOf('c') >= 0) mask |= Hook.MASK_CALL;
        if (smask.indexOf('r') >= 0) mask |= Hook.MASK_RETURN;
        if (smask.indexOf('l') >= 0) mask |= Hook.MASK_LINE;
        if (count > 0) mask |= Hook.MASK_COUNT;
        return mask;
    }

    private static String unmakeMask(int mask) {
        StringBuilder sb = new StringBuilder(3);
        if ((mask & Hook.MASK_CALL) != 0) sb.append('c');
        if ((mask & Hook.MASK_RETURN) != 0) sb.append('r');
        if ((mask & Hook.MASK_LINE) != 0) sb.append('l');
        return sb.toString();
    }

    /** The registry's hook table, made on first use as its own metatable with weak keys. */
    private static long hookTable(LuaThread L) {
        LuaState state = L.state;
        long table = state.getField(state.registry, "_HOOKKEY");
        if (Value.isTable(table)) return table;
        table = state.newTable(0, 2);
        state.setField(table, "__mode", state.string("k"));
        state.setMetatable(table, Value.address(table));
        state.setField(state.registry, "_HOOKKEY", table);
        return table;
    }
}
