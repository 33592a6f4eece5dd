package org.panlua.bench.gc;

import org.panlua.core.lib.Libraries;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.memory.value.Value;

import java.nio.charset.StandardCharsets;

/**
 * Full collections for cachegrind (bench/scripts/cachegrind-gc.sh): the cache misses of marking
 * and sweeping per object.
 *
 * <pre>GcCache WORKLOAD OBJECTS WARMUP PASSES</pre>
 *
 * <ul>
 *   <li>{@code live}: OBJECTS/2 small tables each holding a distinct short string (OBJECTS
 *       collectable objects), all reachable; each pass is one full collection, which marks and
 *       sweeps every object (survivors).</li>
 *   <li>{@code garbage}: each pass builds OBJECTS empty tables that die at once, then runs a
 *       full collection, which sweeps (frees) them; a small live heap stays.</li>
 * </ul>
 * WARMUP passes run first (so the collector is compiled), then PASSES measured passes. Run it
 * twice with the same WARMUP and different PASSES: the difference is PASSES' work alone.
 */
public final class GcCache {
    private GcCache() {}

    public static void main(String[] args) {
        String workload = args[0];
        long objects = Long.parseLong(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int passes = Integer.parseInt(args[3]);
        try (LuaState state = new LuaState()) {
            Libraries.openStandard(state);
            String pass;
            if (workload.equals("live")) {
                run(state, "live = {} for i = 1, " + objects / 2 + " do live[i] = {'s' .. i} end");
                pass = "collectgarbage()";
            } else if (workload.equals("garbage")) {
                pass = "for i = 1, " + objects + " do local t = {} end collectgarbage()";
            } else {
                throw new IllegalArgumentException("workload: live or garbage");
            }
            run(state, "collectgarbage()");
            for (int i = 0; i < warmup + passes; i++) run(state, pass);
            System.out.printf("%s: %d objects, %d + %d passes, heap %.1f MB%n", workload, objects, warmup, passes,
                    state.heap.bytesInUse() / 1e6);
        }
    }

    private static void run(LuaState state, String code) {
        state.main.push(state.load(code.getBytes(StandardCharsets.ISO_8859_1), "=gc-cache", "t", state.globals, false));
        LuaError e = state.main.pcall(0, 0, Value.NIL_WORD);
        if (e != null) throw new IllegalStateException(LuaState.javaString(e.value()));
    }
}
