package org.panlua.core.vm;

import org.panlua.core.code.Constant;
import org.panlua.core.code.Proto;
import org.panlua.core.compiler.ChunkId;
import org.panlua.memory.value.Value;

/**
 * A prototype as one state runs it: the compiled {@link Proto} with its constants turned into
 * value words of that state (strings interned there), its nested prototypes loaded alike, and
 * its index in the state's handle table, by which closures name it.
 */
public final class LoadedProto {
    public final Proto proto;
    public final long[] code;
    public final long[] k;
    public final LoadedProto[] children;
    /**
     * The index in the state's handle table, by which closures name this prototype; 0 (which
     * names nothing) once the collector has released it, so that a frame still holding this
     * object never takes it for the prototype of a closure that got the index since.
     */
    private int handle;
    public final int numParams;
    public final boolean isVararg;
    public final int maxStack;
    /**
     * Slots past a call's last argument that are always enough for this prototype's frame
     * (parameters, registers, one spare): the inner loop's test for room on the stack.
     */
    final int entrySlots;
    /** The chunk name as error messages show it ({@code input}, {@code [string "..."]}). */
    public final String chunkId;

    LoadedProto(LuaState state, Proto proto, String chunkId) {
        this(state, proto, chunkId, new java.util.HashMap<>());
    }

    /** {@code longStrings}: the chunk's long string constants so far, so equal ones are one object. */
    private LoadedProto(LuaState state, Proto proto, String chunkId, java.util.Map<org.panlua.core.compiler.LuaBytes, Long> longStrings) {
        this.proto = proto;
        this.code = proto.code();
        this.numParams = proto.numParams();
        this.isVararg = proto.isVararg();
        this.maxStack = Math.max(proto.maxStackSize(), 2);
        this.entrySlots = numParams + maxStack + 1;
        this.chunkId = chunkId != null ? chunkId : ChunkId.format(proto.source() == null ? "=?" : proto.source());
        Constant[] constants = proto.constants();
        this.k = new long[constants.length];
        for (int i = 0; i < constants.length; i++) k[i] = word(state, constants[i], longStrings);
        Proto[] nested = proto.protos();
        this.children = new LoadedProto[nested.length];
        for (int i = 0; i < nested.length; i++) {
            Proto child = nested[i];
            boolean sameSource = child.source() == null || child.source().equals(proto.source());
            children[i] = new LoadedProto(state, child, sameSource ? this.chunkId : null, longStrings);
        }
        this.handle = state.handles.add(this);
    }

    /** The index by which closures name this prototype (0 once released). */
    public int handle() {
        return handle;
    }

    /** The collector released this prototype's handle. */
    void released() {
        handle = 0;
    }

    private static long word(LuaState state, Constant c, java.util.Map<org.panlua.core.compiler.LuaBytes, Long> longStrings) {
        // instanceof tests, not a pattern switch: its class is spun at run time (docs/cli.md)
        if (c instanceof Constant.Str s) return longStrings.computeIfAbsent(s.value(), b -> state.strings.of(b.toByteArray()));
        if (c instanceof Constant.Int i) return state.integer(i.value());
        if (c instanceof Constant.Flt f) return Value.ofDouble(f.value());
        if (c instanceof Constant.Bool b) return Value.ofBoolean(b.value());
        return Value.NIL_WORD; // Constant.Nil
    }

    /** The source line of instruction {@code pc}, or -1 when stripped. */
    public int line(int pc) {
        int[] lines = proto.lines();
        return pc >= 0 && pc < lines.length ? lines[pc] : -1;
    }
}
