package org.panlua.core.code;

import org.panlua.core.compiler.LuaBytes;

/**
 * A constant of a prototype, independent of any Lua state: the loader turns each into a value
 * word of the state it loads into (interning strings there).
 */
public sealed interface Constant {
    record Nil() implements Constant {}

    record Bool(boolean value) implements Constant {}

    record Int(long value) implements Constant {}

    /** A float; equality is by bits, so {@code 0.0} and {@code -0.0} are distinct constants. */
    record Flt(double value) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof Flt f && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(value));
        }
    }

    /** A string: bytes, compared by contents. */
    record Str(LuaBytes value) implements Constant {}

    Nil NIL = new Nil();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);
}
