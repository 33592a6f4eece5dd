package org.panlua.core.vm;

import org.panlua.core.chunk.BadChunkException;
import org.panlua.core.chunk.ChunkReader;
import org.panlua.core.code.Proto;
import org.panlua.core.compiler.Compiler;
import org.panlua.core.compiler.LuaSyntaxException;
import org.panlua.gc.Collector;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.object.Closure;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

/**
 * A Lua universe (the reference's {@code global_State}): the native heap and everything on it,
 * the string table, the handle table, the registry, the global table, the per-type metatables
 * and the main coroutine. Not thread-safe: one Java thread runs a state at a time.
 */
public final class LuaState implements AutoCloseable {
    public final NativeHeap heap;
    public final StringTable strings;
    public final Tables tables;
    public final Handles handles = new Handles();
    /** The global table (a table word). */
    public final long globals;
    /** The registry (a table word): {@code _LOADED} and whatever libraries keep there. */
    public final long registry;
    /** {@code package.loaded}: library tables by name. */
    public final long loaded;
    /** Metatables of non-table types by tag (addresses, 0 for none); strings share one. */
    final long[] typeMetatables = new long[Value.DOUBLE + 1];
    /** The interned keys of the metamethod events. */
    final long[] eventKeys = new long[Event.values().length];
    /** {@code type()}'s answers by tag, interned once: the function is called in inner loops. */
    final long[] typeNames = new long[Value.DOUBLE + 1];
    public final LuaThread main;
    /** The coroutine running now. */
    LuaThread current;
    /** Where {@code print} and warnings go. */
    public java.io.PrintStream out = System.out;
    public java.io.PrintStream err = System.err;
    /**
     * The last long string whose bytes a library copied to the Java heap, and the copy: a loop of
     * {@code s:find(p, i)} over one long string then copies it once, not at every call.
     * Strings never change, so the copy stays right while the string lives; whoever frees
     * strings (the collector) must clear it.
     */
    long bytesCacheWord = Value.NIL_WORD;
    byte[] bytesCache;
    /** Arrays the string functions reuse to build their results. */
    public final ByteScratch scratch = new ByteScratch();
    /** Whether {@code warn} messages are shown ({@code @on}/{@code @off}); off, as in the reference command line. */
    public boolean warningsOn;
    /** The collector of this state's heap (DESIGN.md section 6). */
    public final Collector collector;
    /**
     * Values Java code keeps alive outside any stack (the C API's references and embedding
     * code): roots of the collector. Push before the value must survive a safepoint, pop after.
     */
    public final Anchors anchors = new Anchors();
    /** The message of memory errors, made in advance: there may be no memory left to make it then. */
    final long memoryErrorMessage;
    /** Set from another Java thread by {@link #requestInterrupt}; checked at safepoints. */
    volatile boolean interruptRequested;

    public LuaState() {
        this(new NativeHeap());
    }

    public LuaState(NativeHeap heap) {
        this.heap = heap;
        this.strings = new StringTable(heap, (int) System.nanoTime());
        this.tables = new Tables(heap, strings);
        for (Event e : Event.values()) eventKeys[e.ordinal()] = strings.of(e.key);
        for (int tag = 0; tag < typeNames.length; tag++) typeNames[tag] = strings.of(Value.tagName(tag));
        this.memoryErrorMessage = strings.of("not enough memory");
        this.registry = newTable(0, 4);
        this.globals = newTable(0, 64);
        this.loaded = newTable(0, 16);
        setField(registry, "_LOADED", loaded);
        setField(registry, "_G", globals);
        this.main = new LuaThread(this);
        this.main.status = LuaThread.RUNNING;
        this.main.started = true;
        this.current = main;
        this.collector = new Collector(heap, strings, tables, new GcBridge(this));
        collector.setModeKey(eventKeys[Event.MODE.ordinal()]);
        if (STRESS) collector.setStress(true);
    }

    /**
     * A full collection at every safepoint ({@code PANLUA_GC_STRESS=1} or
     * {@code -Dpanlua.gcStress=true}): how use-after-free in native memory is caught early.
     */
    private static final boolean STRESS = Boolean.getBoolean("panlua.gcStress")
            || "1".equals(System.getenv("PANLUA_GC_STRESS"));

    /**
     * Asks the running Lua code to stop: it raises {@code interrupted!} at its next safepoint
     * (a call, a return or a backward jump). Safe to call from another Java thread.
     */
    public void requestInterrupt() {
        interruptRequested = true;
        heap.setGcThreshold(0); // makes the next safepoint look
    }

    // ---- Metatables and finalizers ---------------------------------------------------------
    /**
     * Sets the metatable of a table or full userdata ({@code mt} an address, 0 for none), with
     * the write barrier, and marks the object for finalization when the metatable has
     * {@code __gc}, as {@code setmetatable} does in 5.4.
     */
    public void setMetatable(long w, long mt) {
        long o = Value.address(w);
        if (Value.isTable(w)) {
            tables.setMetatable(o, mt);
        } else {
            org.panlua.memory.object.Userdata.setMetatable(o, mt);
            heap.gc.barrier(o);
        }
        if (mt != 0 && tables.getString(mt, eventKeys[Event.GC.ordinal()]) != Value.NIL_WORD) {
            collector.markForFinalization(w);
        }
    }

    /**
     * Calls the {@code __gc} metamethod of {@code object} on the running coroutine, above
     * everything live on its stack. An error becomes the warning {@code error in __gc (...)}.
     */
    void runFinalizer(long object) {
        long tm = metamethod(object, Event.GC);
        if (tm == Value.NIL_WORD) return;
        LuaThread t = current;
        int saved = t.top;
        if (t.frame.isLua() && t.frame.top > t.top) t.top = t.frame.top;
        t.nonYieldable++;
        CallFrame caller = t.frame;
        int callerStatus = caller.status;
        caller.status |= CallFrame.FINALIZER;
        try {
            t.ensureStack(t.top + 2);
            t.set(t.top++, tm);
            t.set(t.top++, object);
            LuaError e = t.protectedCall(t.top - 2, 0, Value.NIL_WORD);
            if (e != null) {
                long v = t.get(t.top - 1);
                warn("error in __gc (" + (Value.isString(v) ? javaString(v) : "error object is not a string") + ")");
            }
        } finally {
            caller.status = callerStatus;
            t.nonYieldable--;
            t.top = saved;
        }
    }

    /** Emits a warning as {@code warn} does (shown only after {@code warn("@on")}). */
    public void warn(String message) {
        if (!warningsOn) return;
        err.print("Lua warning: " + message + "\n");
        err.flush();
    }

    // ---- Values ----------------------------------------------------------------------------
    /** The word of integer {@code v} (boxed when it does not fit inline). */
    public long integer(long v) {
        return Value.fitsInline(v) ? Value.ofInlineInteger(v) : BoxedInteger.of(heap, v);
    }

    public long string(String s) {
        return strings.of(s);
    }

    public long string(byte[] bytes) {
        return strings.of(bytes);
    }

    public long string(byte[] bytes, int offset, int length) {
        return strings.of(bytes, offset, length);
    }

    public long newTable(int narray, int nhash) {
        return Tables.word(tables.create(narray, nhash));
    }

    /** A Java function as a Lua value. */
    public long function(JavaFunction f) {
        return Value.ofObject(Value.FUNCTION, Closure.allocate(heap, Closure.KIND_JAVA, handles.add(f), 0));
    }

    /** A Java function with {@code upvalues} value slots ({@link LuaThread#upvalue}). */
    public long function(JavaFunction f, long... upvalues) {
        long c = Closure.allocate(heap, Closure.KIND_JAVA, handles.add(f), upvalues.length);
        for (int i = 0; i < upvalues.length; i++) Closure.setUpvalue(c, i, upvalues[i]);
        return Value.ofObject(Value.FUNCTION, c);
    }

    /** A full userdata standing for Java object {@code o}, with metatable {@code mt} (an address or 0). */
    public long userdata(Object o, long mt) {
        long w = Value.ofObject(Value.USERDATA, org.panlua.memory.object.Userdata.allocate(heap, 0, handles.add(o)));
        setMetatable(w, mt);
        return w;
    }

    /** The Java object of a userdata made by {@link #userdata}, or null. */
    public Object userdataObject(long w) {
        if (Value.tag(w) != Value.USERDATA) return null;
        int h = org.panlua.memory.object.Userdata.handle(Value.address(w));
        return h == 0 ? null : handles.get(h);
    }

    /** Handles of the base library's pcall and xpcall, which the loop runs itself (0: none). */
    private int pcallHandle, xpcallHandle;

    /** Declares which function values are {@code pcall} and {@code xpcall} (see {@link LuaThread#enterProtected}). */
    public void setProtectedCalls(long pcall, long xpcall) {
        pcallHandle = Closure.handle(Value.address(pcall));
        xpcallHandle = Closure.handle(Value.address(xpcall));
    }

    boolean isProtectedCall(long closure) {
        int h = Closure.handle(closure);
        return h != 0 && (h == pcallHandle || h == xpcallHandle);
    }

    /** Handle of {@code coroutine.yield}, which the loop may run itself (0: none). */
    private int yieldHandle;

    /** Declares which function value is {@code coroutine.yield} (see {@link LuaThread#yieldFromLoop}). */
    public void setYield(long yield) {
        yieldHandle = Closure.handle(Value.address(yield));
    }

    boolean isYield(long closure) {
        return Closure.handle(closure) == yieldHandle;
    }

    boolean isXpcall(long closure) {
        return Closure.handle(closure) == xpcallHandle;
    }

    /** The string {@code type(w)} returns. */
    public long typeName(long w) {
        return typeNames[Value.tag(w)];
    }

    JavaFunction javaFunction(long closure) {
        return (JavaFunction) handles.get(Closure.handle(closure));
    }

    LoadedProto proto(long closure) {
        return (LoadedProto) handles.get(Closure.handle(closure));
    }

    /** The prototype of a Lua function word ({@code string.dump}); null for a Java function. */
    public Proto prototype(long function) {
        long c = Value.address(function);
        return Closure.isLua(c) ? proto(c).proto : null;
    }

    /** Raw {@code t.name = v} with a Java-string key. */
    public void setField(long table, String name, long v) {
        tables.set(Value.address(table), strings.of(name), v);
    }

    /** Raw {@code t.name}. */
    public long getField(long table, String name) {
        return tables.getString(Value.address(table), strings.of(name));
    }

    /** Bytes of a string word. */
    public static byte[] bytes(long s) {
        return LuaString.toBytes(s);
    }

    /** A string word as a Java string (bytes mapped as {@code LuaStringCodec} does). */
    public static String javaString(long s) {
        return LuaString.toJava(s);
    }

    // ---- Metatables ------------------------------------------------------------------------
    /** The metatable of any value: a table address, 0 for none. */
    public long metatable(long w) {
        int tag = Value.tag(w);
        if (tag == Value.TABLE) return Tables.metatable(Value.address(w));
        if (tag == Value.USERDATA) return org.panlua.memory.object.Userdata.metatable(Value.address(w));
        if (tag == Value.BOXED_INTEGER) tag = Value.INTEGER;
        return typeMetatables[tag];
    }

    /** Sets the metatable shared by every value with tag {@code tag} (not tables). */
    public void setTypeMetatable(int tag, long mt) {
        typeMetatables[tag] = mt;
        if (tag == Value.INTEGER) typeMetatables[Value.DOUBLE] = mt;
        if (tag == Value.DOUBLE) typeMetatables[Value.INTEGER] = mt;
        if (tag == Value.TRUE) typeMetatables[Value.FALSE] = mt;
        if (tag == Value.FALSE) typeMetatables[Value.TRUE] = mt;
    }

    /** The metamethod {@code event} of {@code w}, nil when absent. */
    public long metamethod(long w, Event event) {
        long mt = metatable(w);
        return mt == 0 ? Value.NIL_WORD : metamethodOf(mt, event);
    }

    /** {@code mt[event]} for a metatable address, using and filling its absence cache. */
    long metamethodOf(long mt, Event event) {
        int e = event.ordinal();
        if (e < Event.CACHED && Tables.isMetamethodAbsent(mt, e)) return Value.NIL_WORD;
        long m = tables.getShortString(mt, eventKeys[e]); // event names are interned
        if (m == Value.NIL_WORD && e < Event.CACHED) Tables.markMetamethodAbsent(mt, e);
        return m;
    }

    // ---- Loading ---------------------------------------------------------------------------
    /**
     * Compiles or undumps a chunk into a closure with {@code env} as its first upvalue.
     *
     * @param mode "t", "b" or "bt", as for {@code load}
     * @throws LuaError with the message {@code load} returns (syntax error, bad chunk, mode)
     */
    public long load(byte[] chunk, String chunkName, String mode, long env, boolean isFile) {
        boolean binary = ChunkReader.isBinary(chunk);
        if (binary && mode.indexOf('b') < 0) {
            throw new LuaError(string("attempt to load a binary chunk (mode is '" + mode + "')"));
        }
        if (!binary && mode.indexOf('t') < 0) {
            throw new LuaError(string("attempt to load a text chunk (mode is '" + mode + "')"));
        }
        Proto proto;
        try {
            if (binary) proto = ChunkReader.load(chunk, binaryChunkName(chunkName));
            else proto = isFile ? Compiler.compileFile(chunk, chunkName) : Compiler.compile(chunk, chunkName);
        } catch (LuaSyntaxException e) {
            throw new LuaError(string(e.getMessage()));
        } catch (BadChunkException e) {
            throw new LuaError(string(e.getMessage()));
        }
        return closure(proto, env);
    }

    /** The name a bad binary chunk is reported under ({@code lundump.c}'s rule). */
    private static String binaryChunkName(String chunkName) {
        if (chunkName.startsWith("@") || chunkName.startsWith("=")) return chunkName.substring(1);
        if (chunkName.startsWith("\u001b")) return "binary string";
        return chunkName;
    }

    /** A closure of a main prototype whose upvalues are fresh, the first one holding {@code env}. */
    public long closure(Proto proto, long env) {
        LoadedProto p = new LoadedProto(this, proto, null);
        int n = proto.upvalues().length;
        long c = Closure.allocate(heap, Closure.KIND_LUA, p.handle(), n);
        for (int i = 0; i < n; i++) Closure.setUpvalue(c, i, Upvalue.closed(heap, i == 0 ? env : Value.NIL_WORD));
        return Value.ofObject(Value.FUNCTION, c);
    }

    /** Runs every pending finalizer and every {@code __gc} of a live object, then frees the heap. */
    @Override
    public void close() {
        if (!heap.isClosed()) {
            try {
                closeObjects();
            } finally {
                heap.close();
            }
        }
    }

    /**
     * What {@link #close} does before the memory goes, as {@code lua_close} does it: the main
     * thread's pending to-be-closed variables are closed (with nil, errors ignored), then every
     * finalizer runs. An exception other than a Lua error that a closer or a finalizer lets out
     * ({@code os.exit} in the command line) stops it with the heap intact; calling it again goes
     * on with the finalizers left.
     */
    public void closeObjects() {
        closeObjects(Value.NIL_WORD);
    }

    /** Set once the closing began: the host's call below the main thread has ended (tracebacks). */
    boolean closing;

    /**
     * The same, with {@code handler} run on the errors of the to-be-closed variables' closers,
     * as the message handler of the protected call that was running when the state was closed
     * ({@code os.exit(code, true)} in the command line) is in the reference.
     */
    public void closeObjects(long handler) {
        if (heap.isClosed()) return;
        current = main;
        closing = true;
        anchors.push(handler);
        try {
            main.closeForStateClose(handler);
        } finally {
            anchors.pop();
        }
        collector.finalizeAll();
    }
}
