package org.panlua.core.vm;

import org.panlua.core.code.Constant;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.LocalVar;
import org.panlua.core.code.OpCode;
import org.panlua.core.code.UpvalueDesc;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/**
 * Names of values for error messages, found by reading the bytecode back ({@code ldebug.c}'s
 * symbolic execution): {@code (global 'x')}, {@code (local 'a')}, {@code (field 'b')},
 * {@code (method 'm')}, {@code (upvalue 'u')}, {@code (constant 's')}.
 */
final class VarInfo {
    private VarInfo() {}

    /** {@code " (kind 'name')"} for a value the current instruction read, or "". */
    static String describe(LuaThread t, long value) {
        CallFrame f = t.frame;
        if (!f.isLua()) return "";
        int pc = f.pc - 1;
        long i = f.proto.code[pc];
        OpCode op = Instruction.opCode(i);
        int a = Instruction.a(i), b = Instruction.b(i), c = Instruction.c(i);
        switch (op) {
            case GETTABUP -> {
                if (upvalueValue(t, f, b) == value) return format("upvalue", upvalueName(f.proto, b));
            }
            case SETTABUP -> {
                if (upvalueValue(t, f, a) == value) return format("upvalue", upvalueName(f.proto, a));
            }
            case SETTABLE, SETI, SETFIELD -> {
                return registerInfo(t, f, pc, a, value);
            }
            default -> {
                String s = registerInfo(t, f, pc, b, value);
                if (!s.isEmpty() || op.c != org.panlua.core.code.Operand.REG) return s;
                return registerInfo(t, f, pc, c, value);
            }
        }
        return "";
    }

    private static String registerInfo(LuaThread t, CallFrame f, int pc, int reg, long value) {
        if (reg < 0 || reg >= f.proto.maxStack || t.get(f.base + reg) != value) return "";
        String[] n = objectName(f.proto, pc, reg);
        return n == null ? "" : format(n[0], n[1]);
    }

    /** Info for register slot {@code slot} of the current Lua frame. */
    static String describeSlot(LuaThread t, int slot) {
        CallFrame f = t.frame;
        if (!f.isLua()) return "";
        String[] n = objectName(f.proto, f.pc - 1, slot - f.base);
        return n == null ? "" : format(n[0], n[1]);
    }

    /**
     * Info for a call error of the value at slot {@code func}: what the running frame's current
     * instruction calls ({@code (global 'f')}, {@code (metamethod 'add')},
     * {@code (for iterator 'for iterator')}), else what names the slot.
     */
    static String forCall(LuaThread t, int func) {
        CallFrame f = t.frame;
        String[] n = null;
        if ((f.status & CallFrame.HOOK) != 0) n = new String[] {"hook", "?"};
        else if ((f.status & CallFrame.FINALIZER) != 0) n = new String[] {"metamethod", "__gc"};
        else if (f.isLua() && f.pc >= 1) n = nameFromCode(f.proto, f.pc - 1);
        return n != null ? format(n[0], n[1]) : describeSlot(t, func);
    }

    private static String format(String kind, String name) {
        return " (" + kind + " '" + name + "')";
    }

    private static long upvalueValue(LuaThread t, CallFrame f, int index) {
        long c = Value.address(f.function);
        return org.panlua.memory.object.Upvalue.get(org.panlua.memory.object.Closure.upvalue(c, index));
    }

    static String upvalueName(LoadedProto p, int index) {
        UpvalueDesc[] ups = p.proto.upvalues();
        String name = index < ups.length ? ups[index].name() : null;
        return name == null ? "?" : name;
    }

    /** Name of the local in register {@code reg} at {@code pc}, or null. */
    static String localAt(LoadedProto p, int reg, int pc) {
        int n = reg;
        for (LocalVar v : p.proto.locals()) {
            if (v.startPc() > pc) break;
            if (pc < v.endPc()) {
                if (n == 0) return v.name();
                n--;
            }
        }
        return null;
    }

    /** Name of the local in register {@code reg} of a frame, for messages ("?" when unknown). */
    static String localName(CallFrame f, int reg) {
        String n = f.proto == null ? null : localAt(f.proto, reg, f.pc - 1);
        return n == null ? "?" : n;
    }

    /** {kind, name} of what register {@code reg} holds at {@code lastpc}, or null. */
    static String[] objectName(LoadedProto p, int lastpc, int reg) {
        String local = localAt(p, reg, lastpc);
        if (local != null) return new String[] {"local", local};
        int pc = findSetter(p, lastpc, reg);
        if (pc < 0) return null;
        long i = p.code[pc];
        int a = Instruction.a(i), b = Instruction.b(i), c = Instruction.c(i);
        switch (Instruction.opCode(i)) {
            case MOVE -> {
                if (b < a) return objectName(p, pc, b);
            }
            case GETTABUP -> {
                String key = constantString(p, c);
                return new String[] {"_ENV".equals(upvalueName(p, b)) ? "global" : "field", key};
            }
            case GETTABLE -> {
                String key = registerString(p, pc, c);
                return new String[] {isEnv(p, pc, b) ? "global" : "field", key};
            }
            case GETI -> {
                return new String[] {"field", "integer index"};
            }
            case GETFIELD -> {
                return new String[] {isEnv(p, pc, b) ? "global" : "field", constantString(p, c)};
            }
            case GETUPVAL -> {
                return new String[] {"upvalue", upvalueName(p, b)};
            }
            case LOADK -> {
                Constant k = p.proto.constants()[(int) Instruction.bx(i)];
                if (k instanceof Constant.Str s) return new String[] {"constant", s.value().toString()};
            }
            case SELF -> {
                String key = Instruction.k(i) ? constantString(p, c) : registerString(p, pc, c);
                return new String[] {"method", key};
            }
            default -> { }
        }
        return null;
    }

    /** Whether register {@code reg} holds the variable {@code _ENV}: a local or an upvalue of that name. */
    private static boolean isEnv(LoadedProto p, int pc, int reg) {
        String[] n = objectName(p, pc, reg);
        return n != null && (n[0].equals("local") || n[0].equals("upvalue")) && n[1].equals("_ENV");
    }

    private static String constantString(LoadedProto p, int index) {
        Constant[] ks = p.proto.constants();
        return index < ks.length && ks[index] instanceof Constant.Str s ? s.value().toString() : "?";
    }

    private static String registerString(LoadedProto p, int pc, int reg) {
        String[] n = objectName(p, pc, reg);
        return n != null && n[0].equals("constant") ? n[1] : "?";
    }

    /** The last instruction before {@code lastpc} that set {@code reg}, not crossing a jump target; -1 if none. */
    static int findSetter(LoadedProto p, int lastpc, int reg) {
        long[] code = p.code;
        int setter = -1;
        int jumpTarget = 0;
        for (int pc = 0; pc < lastpc; pc++) {
            long i = code[pc];
            OpCode op = Instruction.opCode(i);
            int a = Instruction.a(i);
            boolean change;
            switch (op) {
                case LOADNIL -> change = a <= reg && reg <= a + Instruction.b(i);
                case TFORCALL -> change = reg >= a + 2;
                case CALL, TAILCALL -> change = reg >= a;
                case JMP -> {
                    int dest = pc + 1 + (int) Instruction.sbx(i);
                    if (dest <= lastpc && dest > jumpTarget) jumpTarget = dest;
                    change = false;
                }
                default -> change = writesA(op) && reg == a;
            }
            if (change) setter = pc < jumpTarget ? -1 : pc;
        }
        return setter;
    }

    private static boolean writesA(OpCode op) {
        return switch (op) {
            case MOVE, LOADI, LOADF, LOADK, LOADFALSE, LFALSESKIP, LOADTRUE, GETUPVAL, GETTABUP,
                 GETTABLE, GETI, GETFIELD, NEWTABLE, SELF, ADDI, ADDK, SUBK, MULK, MODK, POWK, DIVK,
                 IDIVK, BANDK, BORK, BXORK, SHRI, SHLI, ADD, SUB, MUL, MOD, POW, DIV, IDIV, BAND, BOR,
                 BXOR, SHL, SHR, UNM, BNOT, NOT, LEN, CONCAT, TESTSET, CLOSURE, VARARG -> true;
            default -> false;
        };
    }

    // ---- Names of called functions ---------------------------------------------------------
    /** {kind, name} of the function running in frame {@code level}, from its caller's code; null if unknown. */
    static String[] calledName(LuaThread t, int level) {
        if (level < 1) return null;
        CallFrame f = t.frames[level];
        if ((f.status & CallFrame.TAIL) != 0) return null;
        CallFrame caller = t.frames[level - 1];
        if ((caller.status & CallFrame.HOOK) != 0) return new String[] {"hook", "?"};
        if ((caller.status & CallFrame.FINALIZER) != 0) return new String[] {"metamethod", "__gc"};
        if (!caller.isLua() || caller.pc < 1) return null;
        return nameFromCode(caller.proto, caller.pc - 1);
    }

    static String[] nameFromCode(LoadedProto p, int pc) {
        long i = p.code[pc];
        String tm;
        switch (Instruction.opCode(i)) {
            case CALL, TAILCALL -> {
                return objectName(p, pc, Instruction.a(i));
            }
            case TFORCALL -> {
                return new String[] {"for iterator", "for iterator"};
            }
            case SELF, GETTABUP, GETTABLE, GETI, GETFIELD -> tm = "index";
            case SETTABUP, SETTABLE, SETI, SETFIELD -> tm = "newindex";
            case ADDI, ADDK, ADD -> tm = "add";
            case SUBK, SUB -> tm = "sub";
            case MULK, MUL -> tm = "mul";
            case MODK, MOD -> tm = "mod";
            case POWK, POW -> tm = "pow";
            case DIVK, DIV -> tm = "div";
            case IDIVK, IDIV -> tm = "idiv";
            case BANDK, BAND -> tm = "band";
            case BORK, BOR -> tm = "bor";
            case BXORK, BXOR -> tm = "bxor";
            case SHLI, SHL -> tm = "shl";
            case SHRI, SHR -> tm = "shr";
            case UNM -> tm = "unm";
            case BNOT -> tm = "bnot";
            case LEN -> tm = "len";
            case CONCAT -> tm = "concat";
            case EQ, EQK, EQI -> tm = "eq";
            case LT, LTI, GTI -> tm = "lt";
            case LE, LEI, GEI -> tm = "le";
            case CLOSE, RETURN -> tm = "close";
            default -> {
                return null;
            }
        }
        return new String[] {"metamethod", tm};
    }

    /** {@code lib.name} for a function found in a loaded library ({@code _G.} dropped), or null. */
    static String globalName(LuaThread t, long function) {
        LuaState state = t.state;
        Tables tables = state.tables;
        long loaded = Value.address(state.loaded);
        for (long pos = tables.nextPosition(loaded, 0); pos >= 0; pos = tables.nextPosition(loaded, pos)) {
            long lib = tables.valueAt(loaded, pos);
            long libName = tables.keyAt(loaded, pos);
            if (!Value.isTable(lib) || !Value.isString(libName)) continue;
            long la = Value.address(lib);
            for (long p = tables.nextPosition(la, 0); p >= 0; p = tables.nextPosition(la, p)) {
                if (tables.valueAt(la, p) == function && Value.isString(tables.keyAt(la, p))) {
                    String field = LuaState.javaString(tables.keyAt(la, p));
                    String name = LuaState.javaString(libName);
                    return name.equals("_G") ? field : name + "." + field;
                }
            }
        }
        return null;
    }
}
