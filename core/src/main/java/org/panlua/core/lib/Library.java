package org.panlua.core.lib;

import org.panlua.core.vm.JavaFunction;
import org.panlua.core.vm.LuaState;

/** Fills a library table with Java functions. */
public record Library(LuaState state, long table) {
    /** A new library table {@code name}, registered in {@code package.loaded} and as a global. */
    public static Library create(LuaState state, String name, int size) {
        long t = state.newTable(0, size);
        state.setField(state.loaded, name, t);
        state.setField(state.globals, name, t);
        return new Library(state, t);
    }

    /** Adds {@code name = f}; returns the function value. */
    public long add(String name, JavaFunction f) {
        long w = state.function(f);
        state.setField(table, name, w);
        return w;
    }

    /**
     * Adds {@code name = f} with upvalues (read with {@code L.upvalue(i)}): how a library
     * function keeps other Lua values, which the collector must see, instead of capturing them
     * in Java.
     */
    public long add(String name, JavaFunction f, long... upvalues) {
        long w = state.function(f, upvalues);
        state.setField(table, name, w);
        return w;
    }
}
