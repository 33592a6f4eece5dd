package org.panlua.core.code;

import org.panlua.core.compiler.LuaBytes;

/**
 * A constant of a prototype, independent of any Lua state: the loader turns each into a value
 * word of the state it loads into (interning strings there).
 *
 * <p>The records spell out {@code equals} and {@code hashCode} (the compiler keeps its constants
 * in a map): the generated ones link an {@code invokedynamic} call site on first use, whose
 * method handles an ahead-of-time cache does not keep, some milliseconds of every start.
 */
public sealed interface Constant {
    record Nil() implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof Nil;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    record Bool(boolean value) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bool b && b.value == value;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(value);
        }
    }

    record Int(long value) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof Int i && i.value == value;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(value);
        }
    }

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
    record Str(LuaBytes value) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && s.value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    Nil NIL = new Nil();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);
}
