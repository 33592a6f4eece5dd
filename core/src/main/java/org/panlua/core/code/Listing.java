package org.panlua.core.code;

import java.nio.charset.StandardCharsets;

/**
 * The bytecode listing of {@code panlua -bl}: every prototype with its instructions (pc, line,
 * opcode, operands, with constants, upvalue names and jump targets annotated), then its
 * constants, locals and upvalues. Operands are printed as the {@link OpCode} table describes
 * them, so a new opcode needs no change here.
 */
public final class Listing {
    private Listing() {}

    public static String of(Proto main) {
        StringBuilder out = new StringBuilder();
        for (Proto p : main.all()) function(out, p);
        return out.toString();
    }

    private static void function(StringBuilder out, Proto p) {
        out.append(String.format("-- BYTECODE -- %s <%s:%d,%d>%n", p.lineDefined() == 0 ? "main" : "function",
                displaySource(p.source()), p.lineDefined(), p.lastLineDefined()));
        out.append(String.format("-- %d%s params, %d slots, %d upvalues, %d locals, %d constants, %d functions%n",
                p.numParams(), p.isVararg() ? "+" : "", p.maxStackSize(), p.upvalues().length,
                p.locals().length, p.constants().length, p.protos().length));
        long[] code = p.code();
        for (int pc = 0; pc < code.length; pc++) {
            long ins = code[pc];
            OpCode op = Instruction.opCode(ins);
            String line = p.lines().length > pc ? "[" + p.lines()[pc] + "]" : "[-]";
            StringBuilder operands = new StringBuilder();
            StringBuilder notes = new StringBuilder();
            field(p, pc, ins, op.a, Instruction.a(ins), Instruction.a(ins), operands, notes);
            if (op.format == Format.ABX) {
                field(p, pc, ins, op.b, Instruction.bx(ins), Instruction.sbx(ins), operands, notes);
            } else {
                field(p, pc, ins, op.b, Instruction.b(ins), Instruction.sb(ins), operands, notes);
                field(p, pc, ins, op.c, Instruction.c(ins), Instruction.sc(ins), operands, notes);
            }
            if (op.usesK && Instruction.k(ins)) operands.append(" k");
            out.append(String.format("%04d %-6s %-10s %-16s%s%n", pc + 1, line, op, operands.toString().strip(),
                    notes.isEmpty() ? "" : " ; " + notes.toString().strip()));
        }
        out.append("constants (").append(p.constants().length).append("):\n");
        for (int i = 0; i < p.constants().length; i++) {
            out.append(String.format("  %-4d %s%n", i, constant(p.constants()[i])));
        }
        out.append("locals (").append(p.locals().length).append("):\n");
        for (int i = 0; i < p.locals().length; i++) {
            LocalVar v = p.locals()[i];
            out.append(String.format("  %-4d %-12s %d-%d%n", i, v.name(), v.startPc() + 1, v.endPc() + 1));
        }
        out.append("upvalues (").append(p.upvalues().length).append("):\n");
        for (int i = 0; i < p.upvalues().length; i++) {
            UpvalueDesc u = p.upvalues()[i];
            out.append(String.format("  %-4d %-12s %s %d%n", i, u.name() == null ? "-" : u.name(),
                    u.inStack() ? "register" : "upvalue", u.index()));
        }
        out.append('\n');
    }

    private static void field(Proto p, int pc, long ins, Operand kind, long unsigned, long signed,
                              StringBuilder operands, StringBuilder notes) {
        if (kind == Operand.RK) kind = Instruction.k(ins) ? Operand.CONST : Operand.REG;
        switch (kind) {
            case NONE -> { }
            case REG, COUNT -> operands.append(' ').append(unsigned);
            case INT -> operands.append(' ').append(signed);
            case CONST -> {
                operands.append(" K").append(unsigned);
                if (unsigned < p.constants().length) notes.append(' ').append(constant(p.constants()[(int) unsigned]));
            }
            case UPVAL -> {
                operands.append(" U").append(unsigned);
                if (unsigned < p.upvalues().length && p.upvalues()[(int) unsigned].name() != null) {
                    notes.append(' ').append(p.upvalues()[(int) unsigned].name());
                }
            }
            case JUMP -> operands.append(" => ").append(String.format("%04d", pc + 2 + signed));
            case PROTO -> {
                operands.append(" F").append(unsigned);
                if (unsigned < p.protos().length) {
                    notes.append(" function <").append(p.protos()[(int) unsigned].lineDefined()).append('>');
                }
            }
            case RK -> throw new IllegalStateException();
        }
    }

    /** A constant as Lua source would write it. */
    public static String constant(Constant k) {
        return switch (k) {
            case Constant.Nil n -> "nil";
            case Constant.Bool b -> String.valueOf(b.value());
            case Constant.Int i -> String.valueOf(i.value());
            case Constant.Flt f -> Double.isFinite(f.value()) ? Double.toString(f.value())
                    : Double.isNaN(f.value()) ? "nan" : f.value() > 0 ? "inf" : "-inf";
            case Constant.Str s -> quote(s.value().toByteArray());
        };
    }

    private static String quote(byte[] bytes) {
        StringBuilder b = new StringBuilder("\"");
        for (byte x : bytes) {
            int c = x & 0xFF;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7F) b.append((char) c);
                    else b.append('\\').append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static String displaySource(String source) {
        if (source.startsWith("@") || source.startsWith("=")) return source.substring(1);
        String first = source.lines().findFirst().orElse("");
        return "[string \"" + new String(first.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1) + "\"]";
    }
}
