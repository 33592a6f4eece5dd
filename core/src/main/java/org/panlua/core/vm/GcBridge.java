package org.panlua.core.vm;

import org.panlua.gc.GcHost;
import org.panlua.gc.Marker;
import org.panlua.memory.heap.Mem;
import org.panlua.memory.object.Upvalue;
import org.panlua.memory.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * What the collector learns from the runtime: the roots of a state, the Java objects behind
 * handles (prototype constants, coroutine stacks and frames), and how to run a finalizer.
 */
final class GcBridge implements GcHost {
    private final LuaState state;
    /** Coroutines whose stacks were traversed in this cycle, to traverse again atomically. */
    private final List<LuaThread> reached = new ArrayList<>();

    GcBridge(LuaState state) {
        this.state = state;
    }

    @Override
    public void cycleStarted() {
        state.handles.newCycle();
        reached.clear();
    }

    @Override
    public void markRoots(Marker m) {
        m.markValue(state.registry);
        m.markValue(state.globals);
        m.markValue(state.loaded);
        for (long mt : state.typeMetatables) m.markObject(mt);
        for (long key : state.eventKeys) m.markValue(key);
        for (long name : state.typeNames) m.markValue(name);
        m.markValue(state.memoryErrorMessage);
        m.markValue(state.main.self);
        m.markValue(state.current.self);
        state.anchors.forEach(m::markValue);
    }

    @Override
    public void markHandle(int handle, Marker m) {
        if (!state.handles.mark(handle)) return;
        // Java functions and userdata objects hold no Lua values. (instanceof tests rather than a
        // pattern switch, whose class is spun at run time: docs/cli.md.)
        Object o = state.handles.get(handle);
        if (o instanceof LoadedProto p) {
            markProto(p, m);
        } else if (o instanceof LuaThread t) {
            reached.add(t);
            traverseThread(t, m);
        }
    }

    /** A prototype's constants and its nested prototypes, which closures yet to be made will name. */
    private void markProto(LoadedProto p, Marker m) {
        for (long k : p.k) m.markValue(k);
        for (LoadedProto child : p.children) {
            if (state.handles.mark(child.handle())) markProto(child, m);
        }
    }

    /**
     * Marks a coroutine's live slots, its frames' functions and handlers, its pending error and
     * its open upvalues, then sets the unused part of its stack to nil: a slot above every
     * frame may later come into use, and must not hold a word whose object was freed.
     */
    private void traverseThread(LuaThread t, Marker m) {
        if (t.stack == 0) return;
        int live = t.liveSlots();
        long stack = t.stack;
        for (int i = 0; i < live; i++) m.markValue(Mem.getLong(stack + ((long) i << 3)));
        if (live < t.stackSize) Mem.fill(stack + ((long) live << 3), 8L * (t.stackSize - live), (byte) -1);
        for (int i = 0; i < t.depth; i++) {
            CallFrame f = t.frames[i];
            m.markValue(f.function);
            // A reused frame keeps the handler of the xpcall it last served: only a protected
            // frame's own is live.
            if ((f.status & CallFrame.PROTECTED) != 0) m.markValue(f.handler);
        }
        m.markValue(t.error);
        for (long u = t.openUpvalues; u != 0; u = Upvalue.next(u)) m.markObject(u);
    }

    @Override
    public void remarkThreads(Marker m) {
        for (int i = 0; i < reached.size(); i++) traverseThread(reached.get(i), m);
    }

    @Override
    public void upvaluesOfDeadThreads(Marker m, boolean close) {
        state.handles.forEach((o, index) -> {
            if (!(o instanceof LuaThread t) || state.handles.isMarked(index) || t.stack == 0) return;
            for (long u = t.openUpvalues; u != 0; u = Upvalue.next(u)) {
                if (close) Upvalue.close(u);
                else if (!Marker.isWhite(u)) m.markValue(Upvalue.get(u));
            }
            if (close) t.openUpvalues = 0;
        });
    }

    @Override
    public void sweepHandles() {
        state.handles.sweep(o -> {
            if (o instanceof LuaThread t) t.freeStack();
            else if (o instanceof LoadedProto p) p.released();
        });
    }

    @Override
    public void clearCaches() {
        state.bytesCacheWord = Value.NIL_WORD;
        state.bytesCache = null;
    }

    @Override
    public void callFinalizer(long object) {
        state.runFinalizer(object);
    }
}
