package org.panlua.core.lib;

import org.panlua.core.lib.pack.PackArgs;
import org.panlua.core.lib.pack.PackArgumentError;
import org.panlua.core.lib.pack.StringPack;
import org.panlua.core.lib.pack.UnpackSink;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaThread;

/**
 * {@code string.pack}, {@code string.unpack} and {@code string.packsize}: the engine of
 * {@link StringPack} fed with the call's arguments. The engine's argument errors are raised
 * again through the runtime, which names the function as the call site does.
 */
final class StringPacking {
    private StringPacking() {}

    static void register(Library lib) {
        lib.add("pack", StringPacking::pack);
        lib.add("packsize", StringPacking::packsize);
        lib.add("unpack", StringPacking::unpack);
    }

    private static int pack(LuaThread L) {
        byte[] format = L.checkBytes(1);
        // The reference pushes a nil above the arguments before reading them, so the first
        // missing one reads "got nil", not "got no value".
        L.pushNil();
        PackArgs args = new PackArgs() {
            @Override
            public long integer(int i) {
                return L.checkInteger(i);
            }

            @Override
            public double number(int i) {
                return L.checkNumber(i);
            }

            @Override
            public byte[] string(int i) {
                return L.checkBytes(i);
            }
        };
        try {
            L.pushBytes(StringPack.pack(format, args));
        } catch (PackArgumentError e) {
            throw reraise(L, e);
        }
        return 1;
    }

    private static int packsize(LuaThread L) {
        byte[] format = L.checkBytes(1);
        try {
            L.pushInteger(StringPack.packsize(format));
        } catch (PackArgumentError e) {
            throw reraise(L, e);
        }
        return 1;
    }

    private static int unpack(LuaThread L) {
        byte[] format = L.checkBytes(1);
        byte[] data = L.checkBytes(2);
        long init = L.optInteger(3, 1);
        int[] count = {0};
        UnpackSink sink = new UnpackSink() {
            @Override
            public void integer(long value) {
                room();
                L.pushInteger(value);
            }

            @Override
            public void number(double value) {
                room();
                L.pushNumber(value);
            }

            @Override
            public void string(byte[] bytes, int offset, int length) {
                room();
                L.push(L.state.string(bytes, offset, length));
            }

            private void room() {
                if (++count[0] >= StringLib.MAX_RESULTS) throw L.error("stack overflow (too many results)");
            }
        };
        long next;
        try {
            next = StringPack.unpack(format, data, init, sink);
        } catch (PackArgumentError e) {
            throw reraise(L, e);
        }
        L.pushInteger(next);
        return count[0] + 1;
    }

    /** The engine's {@code bad argument} error, worded by the runtime for this call site. */
    private static LuaError reraise(LuaThread L, PackArgumentError e) {
        return L.argError(e.argument(), e.detail());
    }
}
