package org.panlua.core.vm;

/**
 * One active call of a coroutine (the reference's {@code CallInfo}). Frames are Java objects
 * reused from a per-coroutine array, so a Lua-to-Lua call allocates nothing. Slots are stack
 * indices, never addresses: the stack may move when it grows.
 */
final class CallFrame {
    /** Returning from this frame leaves the Java call of the interpreter that started it. */
    static final int FRESH = 1;
    /** A Java function runs in this frame. */
    static final int JAVA = 2;
    /** The frame was reused by a tail call (tracebacks show the lost frames). */
    static final int TAIL = 4;
    /** A hook runs for this frame (functions it calls are named {@code hook '?'}). */
    static final int HOOK = 8;
    /**
     * The Java frame of a {@code pcall}/{@code xpcall} that the loop runs itself: the protected
     * function runs in the frame above it, errors below are caught for it by the loop, and a
     * coroutine may yield across it. Finished by {@link LuaThread#returnFrom}.
     */
    static final int PROTECTED = 16;
    /** The collector runs a finalizer from this frame: what it calls is named {@code __gc}. */
    static final int FINALIZER = 32;
    /** A call or return hook runs and {@link #ftransfer}/{@link #ntransfer} are valid. */
    static final int TRANSFER = 64;
    /** A {@code PROTECTED} frame begun while hooks were allowed (they are again after an error). */
    static final int ALLOW_HOOK = 128;
    /**
     * The comparison this Lua frame is running calls {@code __lt} for {@code <=}: its result is
     * negated (kept here so that a yield inside the metamethod does not lose it).
     */
    static final int NEGATED = 512;
    /**
     * A {@code PROTECTED} frame that caught an error and is closing the protected function's
     * to-be-closed variables; the error value waits at {@link #errorSlot}.
     */
    static final int RECOVERING = 1024;

    /**
     * Frames are kept per depth and reused ({@link LuaThread#frames}): this one is always
     * {@code frames[level]}, {@code previous} is {@code frames[level - 1]} and {@code next}
     * {@code frames[level + 1]} (null until the array grows). The inner loop's calls and
     * returns step along these links instead of indexing the array by the thread's depth: loads
     * of the thread's fields that both cases made were merged by HotSpot and done at every
     * dispatch (hw-notes.md section 7, "The dispatch block").
     */
    int level;
    CallFrame previous, next;

    /** Slot of the called value; results are moved down to it. */
    int func;
    /** Slot of register 0 (Lua) or of the first argument (Java). */
    int base;
    /** Slot past the last register of a Lua frame. */
    int top;
    /** Index of the next instruction (Lua), saved whenever the frame can lose control. */
    int pc;
    /** Results the caller wants, -1 for all. */
    int nresults;
    /** Arguments passed (before any adjustment). */
    int nargs;
    /** Extra arguments of a vararg function, kept below its base. */
    int nvarargs;
    int status;
    /** The function word. */
    long function;
    /** The Lua function's prototype, null for a Java frame. */
    LoadedProto proto;
    /** The message handler of a {@code PROTECTED} frame of {@code xpcall}; nil otherwise. */
    long handler = org.panlua.memory.value.Value.NIL_WORD;
    /** Java-call depth when a {@code PROTECTED} frame was entered, restored when it ends. */
    int javaDepthMark;
    /** Values a call or return hook sees moving: locals {@code ftransfer..ftransfer+ntransfer-1}. */
    int ftransfer, ntransfer;
    /**
     * What an instruction interrupted by a yieldable call needs to finish after a resume
     * ({@link Interpreter#finishOp}): for {@code CONCAT}, the values still to join; for
     * {@code RETURN}, the number of results.
     */
    int pending;
    /** Slot of the error value of a {@code RECOVERING} frame. */
    int errorSlot;
    /**
     * Of a Java frame: what finishes it when the Lua function it called yielded and was resumed
     * ({@code lua_callk}'s continuation); null when it cannot be resumed.
     */
    JavaFunction continuation;
    /**
     * The code this frame runs under line or count hooks ({@link Hooks#code}): a copy of
     * {@code hookedFor}'s with every opcode TRAP but at {@code realSlot}, whose real
     * instruction (jumps to themselves redirected) {@code hookedReal} holds.
     */
    long[] hookedCode, hookedReal;
    LoadedProto hookedFor;
    int realSlot;

    boolean isLua() {
        return (status & JAVA) == 0;
    }

    /** The line being run, -1 when unknown (Java frames, stripped code). */
    int currentLine() {
        return proto == null ? -1 : proto.line(pc - 1);
    }
}
