package org.panlua.bench.gc;

import org.panlua.core.lib.Libraries;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.gc.GcStatistics;
import org.panlua.memory.value.Value;

import java.nio.charset.StandardCharsets;

/**
 * The collector's pauses on a large live heap: builds {@code live} small tables that stay
 * reachable, then runs an allocation churn (short-lived tables and strings) while the
 * incremental collector works through that heap, and reports the distribution of step times,
 * the longest step, and a full collection's time and throughput (live megabytes marked and
 * swept per second).
 *
 * <p>The collector runs in its incremental mode (a {@code LuaState}'s default), or in the
 * generational one when the third argument is {@code generational}.
 *
 * <pre>bench/scripts/gc-pauses.sh [live-objects] [churn-iterations] [incremental|generational]</pre>
 */
public final class GcPauses {
    private GcPauses() {}

    public static void main(String[] args) {
        long live = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        long churn = args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L;
        String mode = args.length > 2 ? args[2] : "incremental";
        if (!mode.equals("incremental") && !mode.equals("generational")) throw new IllegalArgumentException("mode: " + mode);
        try (LuaState state = new LuaState()) {
            Libraries.openStandard(state);
            state.collector.statistics().measureCpuTime(true);
            run(state, "live = {} for i = 1, " + live + " do live[i] = {} end");
            long heapBytes = state.heap.bytesInUse();
            run(state, "collectgarbage('" + mode + "')");
            System.out.printf("live objects: %,d  heap: %.1f MB  mode: %s%n", live, heapBytes / 1e6, mode);
            GcStatistics building = state.collector.statistics();
            System.out.printf("while building: %,d steps, longest %.2f ms; longest steps:%n", building.steps(), building.longestStepNanos() / 1e6);
            for (GcStatistics.Step step : building.longestSteps().subList(0, Math.min(3, building.longestSteps().size()))) {
                System.out.println("  " + step);
            }
            state.collector.statistics().reset();
            long cyclesBefore = state.collector.cycles();
            run(state, "for i = 1, " + churn + " do local t = {i}; if i % 7 == 0 then t = 's' .. i end end");
            GcStatistics s = state.collector.statistics();
            System.out.printf("churn: %,d iterations, %,d cycles, %,d steps, longest step %.2f ms (%s)%n", churn,
                    state.collector.cycles() - cyclesBefore, s.steps(),
                    s.longestStepNanos() / 1e6, s.longestStepPhases());
            System.out.printf("longest step in thread CPU time %.2f ms%n", s.longestStepCpuNanos() / 1e6);
            System.out.println("step time distribution (microseconds: steps by wall time, by thread CPU time):");
            for (int i = 0; i < s.buckets(); i++) {
                if (s.stepsInBucket(i) > 0 || s.stepsInCpuBucket(i) > 0) {
                    System.out.printf("  [%d, %d): %,d  %,d%n", 1L << i, 1L << (i + 1), s.stepsInBucket(i), s.stepsInCpuBucket(i));
                }
            }
            System.out.println("longest steps:");
            for (GcStatistics.Step step : s.longestSteps()) System.out.println("  " + step);
            long before = System.nanoTime();
            run(state, "collectgarbage()");
            double seconds = (System.nanoTime() - before) / 1e9;
            double mb = state.heap.bytesInUse() / 1e6;
            System.out.printf("full collection: %.1f ms over %.1f MB live: %.0f MB/s%n", seconds * 1e3, mb, mb / seconds);
        }
    }

    private static void run(LuaState state, String code) {
        state.main.push(state.load(code.getBytes(StandardCharsets.ISO_8859_1), "=gc-pauses", "t", state.globals, false));
        LuaError e = state.main.pcall(0, 0, Value.NIL_WORD);
        if (e != null) throw new IllegalStateException(LuaState.javaString(e.value()));
    }
}
