package org.panlua.core.lib.pack;

import org.panlua.core.vm.LuaError;

/**
 * {@code string.pack}, {@code string.unpack} and {@code string.packsize} without the VM.
 *
 * <p>Errors: format mistakes the reference reports with {@code luaL_error} (unknown option,
 * size out of limits, an integer too wide on unpack) are plain {@link LuaError} messages;
 * those it reports with {@code luaL_argerror} are {@link PackArgumentError}s whose message is
 * {@code bad argument #N to 'pack' (detail)}, naming the function plainly and counting the
 * format as argument 1. The runtime adds the position to both.
 */
public final class StringPack {
    /** Largest result of {@code packsize} (the reference bounds it by INT_MAX). */
    private static final long MAX_SIZE = Integer.MAX_VALUE;

    private StringPack() {
    }

    /** {@code string.pack(fmt, ...)}: the values from {@code args} packed by {@code format}. */
    public static byte[] pack(byte[] format, PackArgs args) {
        FormatReader reader = new FormatReader(format, "pack");
        ByteOutput out = new ByteOutput();
        int arg = 1;
        while (reader.hasMore()) {
            Option o = reader.next(out.length());
            out.zeros(o.padding());
            if (o.kind().hasValue()) {
                arg++;
            }
            switch (o.kind()) {
                case INT -> packSigned(out, o, args.integer(arg), arg);
                case UINT -> packUnsigned(out, o, args.integer(arg), arg);
                case FLOAT -> {
                    int bits = Float.floatToRawIntBits((float) args.number(arg));
                    IntCodec.write(out, bits, o.size(), o.littleEndian(), false);
                }
                case NUMBER, DOUBLE -> IntCodec.write(out,
                        Double.doubleToRawLongBits(args.number(arg)), o.size(), o.littleEndian(), false);
                case CHAR -> {
                    byte[] s = args.string(arg);
                    if (s.length > o.size()) {
                        throw argError(arg, "pack", "string longer than given size");
                    }
                    out.write(s, 0, s.length);
                    out.zeros(o.size() - s.length);
                }
                case STRING -> {
                    byte[] s = args.string(arg);
                    if (o.size() < IntCodec.LUA_INTEGER_SIZE && s.length >= 1L << (8 * o.size())) {
                        throw argError(arg, "pack", "string length does not fit in given size");
                    }
                    IntCodec.write(out, s.length, o.size(), o.littleEndian(), false);
                    out.write(s, 0, s.length);
                }
                case ZSTRING -> {
                    byte[] s = args.string(arg);
                    for (byte b : s) {
                        if (b == 0) {
                            throw argError(arg, "pack", "string contains zeros");
                        }
                    }
                    out.write(s, 0, s.length);
                    out.write(0);
                }
                case PADDING -> out.write(0);
                case ALIGN, NOP -> { }
            }
        }
        return out.toByteArray();
    }

    private static void packSigned(ByteOutput out, Option o, long n, int arg) {
        if (o.size() < IntCodec.LUA_INTEGER_SIZE) {
            long limit = 1L << (8 * o.size() - 1);
            if (n < -limit || n >= limit) {
                throw argError(arg, "pack", "integer overflow");
            }
        }
        IntCodec.write(out, n, o.size(), o.littleEndian(), n < 0);
    }

    private static void packUnsigned(ByteOutput out, Option o, long n, int arg) {
        // Negative values are huge unsigned ones: they never fit below 8 bytes.
        if (o.size() < IntCodec.LUA_INTEGER_SIZE && Long.compareUnsigned(n, 1L << (8 * o.size())) >= 0) {
            throw argError(arg, "pack", "unsigned overflow");
        }
        IntCodec.write(out, n, o.size(), o.littleEndian(), false);
    }

    /** {@code string.packsize(fmt)}: the length of what {@code format} packs. */
    public static long packsize(byte[] format) {
        FormatReader reader = new FormatReader(format, "packsize");
        long total = 0;
        while (reader.hasMore()) {
            Option o = reader.next(total);
            if (o.kind() == Kind.STRING || o.kind() == Kind.ZSTRING) {
                throw argError(1, "packsize", "variable-length format");
            }
            long size = (long) o.size() + o.padding();
            if (total > MAX_SIZE - size) {
                throw argError(1, "packsize", "format result too large");
            }
            total += size;
        }
        return total;
    }

    /**
     * {@code string.unpack(fmt, s [, init])}: reads {@code data} from position {@code init}
     * (1-based; negative counts from the end, as in Lua), hands each value to {@code sink},
     * and returns the position after the last byte read (1-based, Lua's last result).
     * Alignment ({@code !}, {@code X}) is reckoned from the start of {@code data}.
     */
    public static long unpack(byte[] format, byte[] data, long init, UnpackSink sink) {
        int length = data.length;
        long pos = start(init, length) - 1;
        if (pos > length) {
            throw argError(3, "unpack", "initial position out of string");
        }
        FormatReader reader = new FormatReader(format, "unpack");
        while (reader.hasMore()) {
            Option o = reader.next(pos);
            if ((long) o.padding() + o.size() > length - pos) {
                throw tooShort();
            }
            pos += o.padding();
            int at = (int) pos;
            switch (o.kind()) {
                case INT, UINT -> sink.integer(
                        IntCodec.read(data, at, o.size(), o.littleEndian(), o.kind() == Kind.INT));
                case FLOAT -> sink.number(Float.intBitsToFloat(
                        (int) IntCodec.read(data, at, o.size(), o.littleEndian(), false)));
                case NUMBER, DOUBLE -> sink.number(Double.longBitsToDouble(
                        IntCodec.read(data, at, o.size(), o.littleEndian(), false)));
                case CHAR -> sink.string(data, at, o.size());
                case STRING -> {
                    long len = IntCodec.read(data, at, o.size(), o.littleEndian(), false);
                    if (Long.compareUnsigned(len, length - pos - o.size()) > 0) {
                        throw tooShort();
                    }
                    sink.string(data, at + o.size(), (int) len);
                    pos += len;
                }
                case ZSTRING -> {
                    int end = at;
                    while (end < length && data[end] != 0) {
                        end++;
                    }
                    if (end == length) {
                        throw argError(2, "unpack", "unfinished string for format 'z'");
                    }
                    sink.string(data, at, end - at);
                    pos += end - at + 1;
                }
                case PADDING, ALIGN, NOP -> { }
            }
            pos += o.size();
        }
        return pos + 1;
    }

    /** The 1-based start position {@code init} names in a string of {@code length} bytes. */
    private static long start(long init, int length) {
        if (init > 0) {
            return init;
        } else if (init == 0 || init < -(long) length) {
            return 1;
        }
        return length + init + 1;
    }

    private static PackArgumentError tooShort() {
        return argError(2, "unpack", "data string too short");
    }

    private static PackArgumentError argError(int arg, String function, String detail) {
        return new PackArgumentError(arg, function, detail);
    }
}
