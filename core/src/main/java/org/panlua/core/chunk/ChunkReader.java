package org.panlua.core.chunk;

import org.panlua.core.code.Constant;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.core.code.LocalVar;
import org.panlua.core.code.Proto;
import org.panlua.core.code.UpvalueDesc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.panlua.core.chunk.ChunkFormat.*;

/**
 * Reads a binary chunk back into prototypes. Every count is checked against the bytes left
 * before anything is allocated, the body against its CRC-32, and every function by
 * {@link CodeVerifier}, so no input, however damaged, gets further than a
 * {@link BadChunkException}.
 */
public final class ChunkReader {
    private final byte[] in;
    private final String chunkName;
    private int pos;

    private ChunkReader(byte[] in, String chunkName) {
        this.in = in;
        this.chunkName = chunkName;
    }

    /** True when {@code bytes} starts like a binary chunk (with ESC), as {@code load} decides. */
    public static boolean isBinary(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == SIGNATURE[0];
    }

    /**
     * The main prototype of a binary chunk.
     *
     * @param chunkName the name for error messages, already in display form
     */
    public static Proto load(byte[] chunk, String chunkName) {
        return new ChunkReader(chunk, chunkName).read();
    }

    private Proto read() {
        int given = Math.min(in.length, SIGNATURE.length);
        boolean prefix = Arrays.equals(in, 0, given, SIGNATURE, 0, given);
        if (prefix && given > 0 && given < SIGNATURE.length) throw bad("truncated chunk"); // as the reference reads it
        if (!prefix || given == 0) {
            throw bad(isBinary(in) && in.length >= 4 && in[1] == 'L' && in[2] == 'u' && in[3] == 'a'
                    ? "not a Panlua chunk: precompiled by another Lua" : "not a binary chunk");
        }
        pos = SIGNATURE.length;
        if (u8() != VERSION) throw bad("version mismatch");
        if (u8() != INSTRUCTION_SIZE) throw bad("instruction size mismatch");
        if (u8() != INTEGER_SIZE) throw bad("lua_Integer size mismatch");
        if (u8() != FLOAT_SIZE) throw bad("lua_Number size mismatch");
        if (fixed8() != CHECK_INTEGER) throw bad("integer format mismatch");
        if (Double.longBitsToDouble(fixed8()) != CHECK_FLOAT) throw bad("float format mismatch");
        long length = fixed4();
        long crc = fixed4();
        if (in.length - pos < length) throw bad("truncated chunk");
        if (in.length - pos > length) throw bad("extra bytes after the chunk");
        CRC32 check = new CRC32();
        check.update(in, pos, (int) length);
        if (check.getValue() != crc) throw bad("checksum mismatch: corrupted chunk");
        int mainUpvalues = count("upvalue");
        Proto main = function(null, 0);
        if (main.upvalues().length != mainUpvalues) throw bad("corrupted chunk: main upvalue count");
        if (pos != in.length) throw bad("corrupted chunk: trailing bytes");
        return main;
    }

    private Proto function(String parentSource, int depth) {
        if (depth > MAX_DEPTH) throw bad("corrupted chunk: functions nested too deeply");
        byte[] sourceBytes = string();
        String source = sourceBytes == null ? (parentSource == null ? "=?" : parentSource)
                : new String(sourceBytes, StandardCharsets.ISO_8859_1);
        int lineDefined = count("line");
        int lastLineDefined = count("line");
        int numParams = count("parameter");
        int vararg = u8();
        if (vararg > 1) throw bad("corrupted chunk: vararg flag");
        int maxStack = count("stack size");

        long[] code = new long[count("instruction", 8)];
        for (int i = 0; i < code.length; i++) code[i] = fixed8();

        Constant[] constants = new Constant[count("constant", 1)];
        for (int i = 0; i < constants.length; i++) constants[i] = constant();

        UpvalueDesc[] upvalues = new UpvalueDesc[count("upvalue", 3)];
        int[] upInStack = new int[upvalues.length];
        int[] upIndex = new int[upvalues.length];
        int[] upKind = new int[upvalues.length];
        for (int i = 0; i < upvalues.length; i++) {
            upInStack[i] = u8();
            upIndex[i] = count("upvalue index");
            upKind[i] = u8();
            if (upInStack[i] > 1 || upKind[i] > 2) throw bad("corrupted chunk: upvalue description");
        }

        Proto[] protos = new Proto[count("function", 8)];
        for (int i = 0; i < protos.length; i++) protos[i] = function(source, depth + 1);

        int[] lines = new int[count("line", 1)];
        if (lines.length != 0 && lines.length != code.length) throw bad("corrupted chunk: line information");
        long line = lineDefined;
        for (int i = 0; i < lines.length; i++) {
            line += svarint();
            if (line < 0 || line > Integer.MAX_VALUE) throw bad("corrupted chunk: line information");
            lines[i] = (int) line;
        }
        LocalVar[] locals = new LocalVar[count("local", 3)];
        for (int i = 0; i < locals.length; i++) {
            byte[] name = string();
            if (name == null) throw bad("corrupted chunk: local name");
            int start = count("pc");
            int end = count("pc");
            if (start > end || end > code.length) throw bad("corrupted chunk: local range");
            locals[i] = new LocalVar(new String(name, StandardCharsets.ISO_8859_1), start, end);
        }
        int names = count("upvalue name", 1);
        if (names != 0 && names != upvalues.length) throw bad("corrupted chunk: upvalue names");
        for (int i = 0; i < upvalues.length; i++) {
            byte[] name = names == 0 ? null : string();
            upvalues[i] = new UpvalueDesc(name == null ? null : new String(name, StandardCharsets.ISO_8859_1),
                    upInStack[i] == 1, upIndex[i], upKind[i]);
        }
        Proto p = new Proto(source, lineDefined, lastLineDefined, numParams, vararg == 1, maxStack,
                code, lines, constants, upvalues, protos, locals);
        String problem = CodeVerifier.check(p);
        if (problem != null) throw bad("corrupted chunk: " + problem);
        return p;
    }

    private Constant constant() {
        int tag = u8();
        return switch (tag) {
            case CONST_NIL -> Constant.NIL;
            case CONST_FALSE -> Constant.FALSE;
            case CONST_TRUE -> Constant.TRUE;
            case CONST_INT -> new Constant.Int(fixed8());
            case CONST_FLOAT -> new Constant.Flt(Double.longBitsToDouble(fixed8()));
            case CONST_STRING -> {
                byte[] s = string();
                if (s == null) throw bad("corrupted chunk: null string constant");
                yield new Constant.Str(LuaBytes.of(s));
            }
            default -> throw bad("corrupted chunk: constant tag " + tag);
        };
    }

    // ---- Primitive reads, each checked against the bytes left ------------------------------
    private int u8() {
        need(1);
        return in[pos++] & 0xFF;
    }

    private long fixed8() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) v |= (in[pos + i] & 0xFFL) << (8 * i);
        pos += 8;
        return v;
    }

    private long fixed4() {
        need(4);
        long v = 0;
        for (int i = 0; i < 4; i++) v |= (in[pos + i] & 0xFFL) << (8 * i);
        pos += 4;
        return v;
    }

    private long varint() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 63 && (b & 0x7E) != 0) throw bad("corrupted chunk: varint overflow");
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
            if (shift >= 63) throw bad("corrupted chunk: varint too long");
        }
    }

    private long svarint() {
        long z = varint();
        return (z >>> 1) ^ -(z & 1);
    }

    /** A non-negative int-sized number. */
    private int count(String what) {
        long v = varint();
        if (v > Integer.MAX_VALUE) throw bad("corrupted chunk: " + what + " out of range");
        return (int) v;
    }

    /** A count of items that each take at least {@code minBytes}: checked against what is left. */
    private int count(String what, int minBytes) {
        int n = count(what);
        if ((long) n * minBytes > in.length - pos) throw bad("truncated chunk");
        return n;
    }

    private byte[] string() {
        long n = varint();
        if (n == 0) return null;
        n--;
        need(n);
        byte[] s = Arrays.copyOfRange(in, pos, pos + (int) n);
        pos += (int) n;
        return s;
    }

    private void need(long n) {
        if (n > in.length - pos) throw bad("truncated chunk");
    }

    private BadChunkException bad(String why) {
        return new BadChunkException(chunkName + ": bad binary format (" + why + ")");
    }
}
