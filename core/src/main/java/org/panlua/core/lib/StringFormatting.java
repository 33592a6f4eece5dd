package org.panlua.core.lib;

import org.panlua.core.lib.format.FormatArgs;
import org.panlua.core.lib.format.FormatBuffer;
import org.panlua.core.lib.format.StringFormat;
import org.panlua.core.vm.ByteScratch;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/**
 * {@code string.format}: the formatter of {@link StringFormat} reading the call's arguments,
 * converted and checked by the runtime as {@code lauxlib} would.
 */
final class StringFormatting {
    private StringFormatting() {}

    static void register(Library lib) {
        lib.add("format", StringFormatting::format);
    }

    private static int format(LuaThread L) {
        ByteScratch scratch = L.state.scratch;
        byte[] fmt = scratch.formatBytes(L.checkString(1)); // only read
        // written into the state's reusable array and interned from it: no garbage per call
        FormatBuffer out = new FormatBuffer(scratch.borrow(fmt.length + 16));
        StringFormat.format(fmt, new CallArgs(L, L.nargs()), out);
        L.push(L.state.string(out.array(), 0, out.length()));
        scratch.giveBack(out.array());
        return 1;
    }

    /** The arguments of one call, by Lua argument number (the format is 1). */
    private record CallArgs(LuaThread L, int top) implements FormatArgs {
        @Override
        public Kind kind(int arg) {
            long w = L.arg(arg);
            return switch (Value.tag(w)) {
                case Value.NIL -> Kind.NIL;
                case Value.TRUE, Value.FALSE -> Kind.BOOLEAN;
                case Value.INTEGER, Value.BOXED_INTEGER -> Kind.INTEGER;
                case Value.DOUBLE -> Kind.FLOAT;
                case Value.STRING -> Kind.STRING;
                default -> Kind.OTHER;
            };
        }

        @Override
        public long integer(int arg) {
            return L.checkInteger(arg);
        }

        @Override
        public double number(int arg) {
            return L.checkNumber(arg);
        }

        @Override
        public byte[] tostring(int arg) {
            return LuaString.toBytes(L.toStringValue(L.arg(arg)));
        }

        @Override
        public byte[] string(int arg) {
            return LuaString.toBytes(L.arg(arg));
        }

        /** What {@code lua_topointer} gives: the object's address; nothing for numbers, booleans, nil. */
        @Override
        public long pointer(int arg) {
            long w = L.arg(arg);
            return switch (Value.tag(w)) {
                case Value.STRING, Value.TABLE, Value.FUNCTION, Value.USERDATA, Value.THREAD,
                     Value.LIGHTUSERDATA -> Value.address(w);
                default -> 0;
            };
        }

        @Override
        public LuaError argError(int arg, String message) {
            return L.argError(arg, message);
        }
    }
}
