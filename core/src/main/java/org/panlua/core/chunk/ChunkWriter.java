package org.panlua.core.chunk;

import org.panlua.core.code.Constant;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.LocalVar;
import org.panlua.core.code.Proto;
import org.panlua.core.code.UpvalueDesc;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.panlua.core.chunk.ChunkFormat.*;

/** Writes a prototype tree as a binary chunk (layout in {@link ChunkFormat}). */
public final class ChunkWriter {
    private ChunkWriter() {}

    /** The binary chunk of {@code main}; {@code strip} leaves out the debug information. */
    public static byte[] dump(Proto main, boolean strip) {
        return write(main, strip).bytes();
    }

    /** The chunk with a label for every byte, for {@link HexDump}. */
    static ByteSink write(Proto main, boolean strip) {
        ByteSink body = new ByteSink();
        body.varint(main.upvalues().length, "main function upvalue count");
        function(body, main, null, strip, "main function");
        byte[] bodyBytes = body.bytes();
        CRC32 crc = new CRC32();
        crc.update(bodyBytes);

        ByteSink chunk = new ByteSink();
        chunk.section("header");
        chunk.enter();
        chunk.raw(SIGNATURE, "signature \"\\033Panlua\"");
        chunk.byte1(VERSION, "format version " + VERSION);
        chunk.byte1(INSTRUCTION_SIZE, "instruction size");
        chunk.byte1(INTEGER_SIZE, "integer size");
        chunk.byte1(FLOAT_SIZE, "float size");
        chunk.fixed(CHECK_INTEGER, 8, "check integer 0x5678");
        chunk.fixed(Double.doubleToRawLongBits(CHECK_FLOAT), 8, "check float 370.5");
        chunk.fixed(bodyBytes.length, 4, "body length " + bodyBytes.length);
        chunk.fixed(crc.getValue(), 4, String.format("body CRC-32 0x%08x", crc.getValue()));
        chunk.leave();
        chunk.section("body");
        chunk.enter();
        chunk.append(body);
        chunk.leave();
        return chunk;
    }

    private static void function(ByteSink out, Proto p, String parentSource, boolean strip, String title) {
        out.section(title + (p.lineDefined() == 0 ? "" : " <" + p.lineDefined() + "," + p.lastLineDefined() + ">"));
        out.enter();
        String source = strip || p.source().equals(parentSource) ? null : p.source();
        out.string(source == null ? null : p.source().getBytes(StandardCharsets.ISO_8859_1),
                source == null ? "source: same as enclosing (or stripped)" : "source " + quote(source));
        out.varint(p.lineDefined(), "line defined");
        out.varint(p.lastLineDefined(), "last line defined");
        out.varint(p.numParams(), "fixed parameters");
        out.byte1(p.isVararg() ? 1 : 0, p.isVararg() ? "vararg" : "not vararg");
        out.varint(p.maxStackSize(), "max stack size");

        out.varint(p.code().length, "instruction count");
        out.enter();
        for (int pc = 0; pc < p.code().length; pc++) {
            long ins = p.code()[pc];
            out.fixed(ins, 8, String.format("[%d] %s", pc + 1, Instruction.opCode(ins)));
        }
        out.leave();

        out.varint(p.constants().length, "constant count");
        out.enter();
        for (int i = 0; i < p.constants().length; i++) constant(out, p.constants()[i], i);
        out.leave();

        out.varint(p.upvalues().length, "upvalue count");
        out.enter();
        for (int i = 0; i < p.upvalues().length; i++) {
            UpvalueDesc u = p.upvalues()[i];
            out.byte1(u.inStack() ? 1 : 0, "upvalue " + i + (u.inStack() ? ": in enclosing registers" : ": enclosing upvalue"));
            out.varint(u.index(), "upvalue " + i + " index");
            out.byte1(u.kind(), "upvalue " + i + " kind");
        }
        out.leave();

        out.varint(p.protos().length, "nested function count");
        for (int i = 0; i < p.protos().length; i++) {
            function(out, p.protos()[i], p.source(), strip, "function " + i + " of " + title);
        }

        out.section("debug information");
        out.enter();
        int[] lines = strip ? new int[0] : p.lines();
        out.varint(lines.length, "line count");
        int previous = p.lineDefined();
        for (int pc = 0; pc < lines.length; pc++) {
            out.svarint(lines[pc] - previous, "[" + (pc + 1) + "] line " + lines[pc]);
            previous = lines[pc];
        }
        LocalVar[] locals = strip ? new LocalVar[0] : p.locals();
        out.varint(locals.length, "local variable count");
        for (LocalVar v : locals) {
            out.string(v.name().getBytes(StandardCharsets.ISO_8859_1), "local " + v.name());
            out.varint(v.startPc(), "  live from pc " + v.startPc());
            out.varint(v.endPc(), "  to pc " + v.endPc());
        }
        int names = strip ? 0 : p.upvalues().length;
        out.varint(names, "upvalue name count");
        for (int i = 0; i < names; i++) {
            String name = p.upvalues()[i].name();
            out.string(name == null ? null : name.getBytes(StandardCharsets.ISO_8859_1), "upvalue " + i + " name " + name);
        }
        out.leave();
        out.leave();
    }

    private static void constant(ByteSink out, Constant k, int i) {
        String label = "constant " + i + ": ";
        switch (k) {
            case Constant.Nil n -> out.byte1(CONST_NIL, label + "nil");
            case Constant.Bool b -> out.byte1(b.value() ? CONST_TRUE : CONST_FALSE, label + b.value());
            case Constant.Int n -> {
                out.byte1(CONST_INT, label + "integer");
                out.fixed(n.value(), 8, "  " + n.value());
            }
            case Constant.Flt f -> {
                out.byte1(CONST_FLOAT, label + "float");
                out.fixed(Double.doubleToRawLongBits(f.value()), 8, "  " + f.value());
            }
            case Constant.Str s -> {
                out.byte1(CONST_STRING, label + "string");
                out.string(s.value().toByteArray(), "  " + quote(new String(s.value().toByteArray(), StandardCharsets.ISO_8859_1)));
            }
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length() && i < 40; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c >= 0x20 && c < 0x7F) b.append(c);
            else b.append(String.format("\\%03d", (int) c));
        }
        if (s.length() > 40) b.append("...");
        return b.append('"').toString();
    }
}
