package org.panlua.core.vm;

import org.panlua.core.code.LocalVar;
import org.panlua.core.code.Proto;
import org.panlua.memory.object.Closure;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.value.Value;

/**
 * What the debug library and tracebacks read of running code ({@code lua_getinfo},
 * {@code lua_getlocal}, {@code luaL_traceback}): frames by level, function descriptions,
 * locals and upvalues.
 */
public final class DebugInfo {
    private DebugInfo() {}

    /** The frame index of level {@code level} (0 = the running function), or -1. */
    public static int frameAt(LuaThread t, int level) {
        int index = t.depth - 1 - level;
        return level >= 0 && index >= 1 ? index : (index == 0 && level >= 0 ? 0 : -1);
    }

    /** Fills {@code table} with the fields {@code what} asks for, for frame {@code frame} or (frame -1) function {@code fn}. */
    public static void fill(LuaThread t, long table, String what, int frame, long fn) {
        LuaState state = t.state;
        CallFrame f = frame >= 0 ? t.frames[frame] : null;
        if (f != null) fn = f.function;
        boolean isLua = Value.isFunction(fn) && Closure.isLua(Value.address(fn));
        LoadedProto p = isLua ? state.proto(Value.address(fn)) : null;
        for (char c : what.toCharArray()) {
            switch (c) {
                case 'S' -> {
                    String source = p == null ? "=[C]" : p.proto.source() == null ? "=?" : p.proto.source();
                    state.setField(table, "source", state.string(source));
                    state.setField(table, "short_src", state.string(p == null ? "[C]" : p.chunkId));
                    state.setField(table, "what", state.string(p == null ? "C" : p.proto.lineDefined() == 0 ? "main" : "Lua"));
                    state.setField(table, "linedefined", state.integer(p == null ? -1 : p.proto.lineDefined()));
                    state.setField(table, "lastlinedefined", state.integer(p == null ? -1 : p.proto.lastLineDefined()));
                }
                case 'l' -> state.setField(table, "currentline",
                        state.integer(f != null && f.isLua() ? f.currentLine() : -1));
                case 'u' -> {
                    state.setField(table, "nups", state.integer(Value.isFunction(fn) ? Closure.upvalueCount(Value.address(fn)) : 0));
                    state.setField(table, "nparams", state.integer(p == null ? 0 : p.numParams));
                    state.setField(table, "isvararg", Value.ofBoolean(p == null || p.isVararg));
                }
                case 'n' -> {
                    String[] name = f == null ? null : VarInfo.calledName(t, frame);
                    if (name != null) {
                        state.setField(table, "name", state.string(name[1]));
                        state.setField(table, "namewhat", state.string(name[0]));
                    } else {
                        state.setField(table, "namewhat", state.string(""));
                    }
                }
                case 't' -> state.setField(table, "istailcall", Value.ofBoolean(f != null && (f.status & CallFrame.TAIL) != 0));
                case 'r' -> {
                    boolean transfer = f != null && (f.status & CallFrame.TRANSFER) != 0;
                    state.setField(table, "ftransfer", state.integer(transfer ? f.ftransfer : 0));
                    state.setField(table, "ntransfer", state.integer(transfer ? f.ntransfer : 0));
                }
                case 'f' -> state.setField(table, "func", fn);
                case 'L' -> {
                    if (p != null) {
                        long lines = state.newTable(0, 8);
                        int[] ls = p.proto.lines();
                        for (int pc = p.isVararg ? 1 : 0; pc < ls.length; pc++) {
                            state.tables.set(Value.address(lines), state.integer(ls[pc]), Value.TRUE_WORD);
                        }
                        state.setField(table, "activelines", lines);
                    }
                }
                default -> throw new IllegalArgumentException("invalid option");
            }
        }
    }

    /** {@code luaL_traceback} of thread {@code co} from level {@code level}, after {@code message} (may be null). */
    public static String traceback(LuaThread co, String message, int level) {
        StringBuilder sb = new StringBuilder();
        if (message != null) sb.append(message).append('\n');
        sb.append("stack traceback:");
        // Levels run down to frame 1; the main coroutine's base frame stands for the host's
        // own call (the reference's standalone interpreter shows it as "[C]: in ?"), until the
        // state is being closed.
        int lowest = co == co.state.main && !co.state.closing ? 0 : 1;
        int last = co.depth - 1 - lowest;
        int limit = last - level > 21 ? 10 : -1;
        for (int lv = Math.max(level, 0); co.depth - 1 - lv >= lowest; lv++) {
            if (limit-- == 0) {
                int skip = last - lv - 11;
                sb.append("\n\t...\t(skipping ").append(skip).append(" levels)");
                lv += skip;
                continue;
            }
            int i = co.depth - 1 - lv;
            CallFrame f = co.frames[i];
            if (i == 0) {
                sb.append("\n\t[C]: in ?");
                continue;
            }
            boolean lua = f.isLua() && f.proto != null;
            sb.append("\n\t");
            if (lua) {
                int line = f.currentLine();
                sb.append(f.proto.chunkId).append(':');
                if (line > 0) sb.append(line).append(':');
            } else {
                sb.append("[C]:");
            }
            sb.append(" in ").append(functionName(co, i, f, lua));
            if ((f.status & CallFrame.TAIL) != 0) sb.append("\n\t(...tail calls...)");
        }
        return sb.toString();
    }

    private static String functionName(LuaThread co, int i, CallFrame f, boolean lua) {
        String global = VarInfo.globalName(co, f.function);
        if (global != null) return "function '" + global + "'";
        String[] name = VarInfo.calledName(co, i);
        if (name != null) return name[0] + " '" + name[1] + "'";
        if (lua && f.proto.proto.lineDefined() == 0) return "main chunk";
        if (lua) return "function <" + f.proto.chunkId + ":" + f.proto.proto.lineDefined() + ">";
        return "?";
    }

    /** Name of local {@code n} (1-based) of frame {@code frame}, or null; its value is then at {@link #localSlot}. */
    public static String localName(LuaThread t, int frame, int n) {
        CallFrame f = t.frames[frame];
        if (f.isLua() && f.proto != null) {
            String name = localAt(f.proto.proto, n, f.pc - 1);
            if (name != null) return name;
            if (n < 0) return n >= -f.nvarargs ? "(vararg)" : null;
        }
        // up to the next frame's function (after a vararg adjustment, the moved one)
        int limit = frame == t.depth - 1 ? t.top : t.frames[frame + 1].base - 1;
        if (n > 0 && f.base + n - 1 < limit) return f.isLua() ? "(temporary)" : "(C temporary)";
        return null;
    }

    /** Slot of local {@code n} of a frame (negative n: varargs). */
    public static int localSlot(LuaThread t, int frame, int n) {
        CallFrame f = t.frames[frame];
        return n > 0 ? f.base + n - 1 : f.base - 1 - f.nvarargs + (-n - 1);
    }

    public static long get(LuaThread t, int slot) {
        return t.get(slot);
    }

    public static void set(LuaThread t, int slot, long w) {
        t.set(slot, w);
    }

    private static String localAt(Proto p, int n, int pc) {
        if (n <= 0) return null;
        int k = n;
        for (LocalVar v : p.locals()) {
            if (v.startPc() > pc) break;
            if (pc < v.endPc() && --k == 0) return v.name();
        }
        return null;
    }

    /** Parameter names of a Lua function ({@code getlocal(f, n)}). */
    public static String parameterName(LuaState state, long fn, int n) {
        if (!Value.isFunction(fn) || !Closure.isLua(Value.address(fn))) return null;
        LoadedProto p = state.proto(Value.address(fn));
        if (n < 1 || n > p.numParams) return null;
        LocalVar[] locals = p.proto.locals();
        return n <= locals.length ? locals[n - 1].name() : "?";
    }

    /** Upvalue {@code n} (1-based) of a function: its name ("" for Java functions, "?" stripped), or null. */
    public static String upvalueName(LuaState state, long fn, int n) {
        long c = Value.address(fn);
        if (n < 1 || n > Closure.upvalueCount(c)) return null;
        if (!Closure.isLua(c)) return "";
        String name = state.proto(c).proto.upvalues()[n - 1].name();
        return name == null ? "(no name)" : name;
    }

    public static long upvalueValue(long fn, int n) {
        long c = Value.address(fn);
        return Closure.isLua(c) ? Upvalue.get(Closure.upvalue(c, n - 1)) : Closure.upvalue(c, n - 1);
    }

    public static void setUpvalueValue(LuaState state, long fn, int n, long w) {
        long c = Value.address(fn);
        if (Closure.isLua(c)) {
            long u = Closure.upvalue(c, n - 1);
            Upvalue.set(u, w);
            state.heap.gc.barrier(u);
        } else {
            Closure.setUpvalue(c, n - 1, w);
            state.heap.gc.barrier(c);
        }
    }

    /** An identity of upvalue {@code n}: the upvalue object's address (Lua) or the slot's (Java). */
    public static long upvalueId(long fn, int n) {
        long c = Value.address(fn);
        return Closure.isLua(c) ? Closure.upvalue(c, n - 1) : Closure.upvalueSlot(c, n - 1);
    }

    /** Makes upvalue {@code n1} of {@code f1} refer to upvalue {@code n2} of {@code f2}. */
    public static void joinUpvalues(LuaState state, long f1, int n1, long f2, int n2) {
        Closure.setUpvalue(Value.address(f1), n1 - 1, Closure.upvalue(Value.address(f2), n2 - 1));
        state.heap.gc.barrier(Value.address(f1));
    }
}
