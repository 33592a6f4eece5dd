package org.panlua.gc;

import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.table.Tables;

/**
 * The incremental collector of one heap (DESIGN.md section 6, docs/gc.md): when to collect and
 * how much, in which mode, with which parameters; the phases themselves are {@link Cycle}'s.
 *
 * <p>A cycle goes through the reference collector's phases: {@link Phase#PROPAGATE} (roots,
 * then gray objects a slice at a time), {@link Phase#ATOMIC} (in one go: roots and stacks
 * again, objects the barrier grayed, ephemerons, weak tables, finalizable objects),
 * {@link Phase#SWEEP} (a slice at a time) and {@link Phase#CALL_FINALIZERS}, then
 * {@link Phase#PAUSE} until the heap has grown by {@code pause} percent.
 *
 * <p>Pacing is by allocation debt: the runtime calls {@link #step} at a safepoint once
 * {@link NativeHeap#overGcThreshold()}; each step does work proportional to the bytes allocated
 * since the last one ({@code stepmul}), at least {@code stepsize} bytes' worth. Allocation
 * itself never collects, so Java code may hold values across allocations.
 *
 * <p>In the generational mode ({@link #setGenerational}; the command line's) a step is instead a
 * whole minor collection of the young objects, or a major one once the heap has doubled
 * (docs/gc.md, "The generational mode").
 */
public final class Collector {
    /** The phases, in order. */
    public enum Phase { PAUSE, PROPAGATE, ATOMIC, SWEEP, CALL_FINALIZERS }

    private final NativeHeap heap;
    private final GcStatistics statistics = new GcStatistics();
    private final Cycle cycle;

    /**
     * The most debt one step pays (bytes): with the default parameters three times a basic
     * step's work, 1.2 M units (1.2 MB marked, or 77 000 survivors or 19 000 dead objects
     * swept), a millisecond or two.
     */
    static final long MAX_STEP_DEBT = 16 * 1024;

    /** 5.4's defaults: wait for the heap to double; work at the pace of allocation; 8 KB steps. */
    private int pause = 200;
    private int stepMul = 100;
    private int stepSizeLog2 = 13;
    private boolean stopped;
    /** The mode {@code collectgarbage} set; the command line starts in the generational one, as 5.4's does. */
    private boolean generational;
    /**
     * The heap is in the generational layout: every object that survived a collection is old
     * and left black (so a store into it goes through the barrier, which remembers it), and the
     * young objects are the list's tail ({@link Generations}).
     */
    private boolean genActive;
    private final Generations generations = new Generations();
    /** Heap in use after the last major collection of the generational mode. */
    private long majorBase;
    /** 5.4's defaults: a minor collection after 20% growth, a major one once the heap doubled. */
    private static final int GEN_MINOR_MUL = 20, GEN_MAJOR_MUL = 100;
    /**
     * The least growth before a minor and before a major collection. A collection has a fixed
     * cost (roots, handles, threads) of some 50 microseconds, which on a small heap growing
     * 20% at a time made it the collector's main cost ({@code strings.lua}, 0.1 MB live:
     * 12 500 minor collections); these floors bound the garbage they let pile up to a few
     * hundred kilobytes, and do not matter once the heap is over a few megabytes.
     */
    static final long MIN_MINOR_GROWTH = 256 * 1024, MIN_MAJOR_GROWTH = 1024 * 1024;
    /** In stress mode with the generational mode: a major collection every this many safepoints. */
    private static final int STRESS_MAJOR_EVERY = 8;
    private int stressMinors;
    /** A memory error happened: collect fully at the next safepoint. */
    private boolean emergency;
    /** A full collection at every safepoint (to catch use-after-free). */
    private boolean stress;
    /** Of the cycles, the minor collections of the generational mode. */
    private long minors;
    /** {@code -Dpanlua.gcStatistics=true}: print {@link GcStatistics#summary} when the state closes. */
    private static final boolean PRINT_STATISTICS = Boolean.getBoolean("panlua.gcStatistics");

    public Collector(NativeHeap heap, StringTable strings, Tables tables, GcHost host) {
        this.heap = heap;
        this.cycle = new Cycle(heap, strings, tables, host, statistics);
        setPauseThreshold();
    }

    /** The interned {@code "__mode"} key (the host keeps it alive as a root). */
    public void setModeKey(long modeKey) {
        cycle.marker.setModeKey(modeKey);
    }

    public Phase phase() {
        return cycle.phase();
    }

    public long cycles() {
        return cycle.cycles();
    }

    public GcStatistics statistics() {
        return statistics;
    }

    // ---- Parameters (collectgarbage) ---------------------------------------------------------
    /** True inside a step or a finalizer, when the collector cannot be driven from Lua. */
    public boolean isBusy() {
        return cycle.busy();
    }

    /**
     * Records the mode {@code collectgarbage} asked for; the previous one, as 5.4 reports it.
     * The generational mode is accepted and runs the incremental collector.
     */
    public boolean setGenerational(boolean on) {
        boolean old = generational;
        generational = on;
        if (!on && genActive && !cycle.busy()) leaveGenerational();
        return old;
    }

    public boolean isGenerational() {
        return generational;
    }

    public boolean isRunning() {
        return !stopped;
    }

    public void stop() {
        stopped = true;
        heap.setGcThreshold(Long.MAX_VALUE);
    }

    public void restart() {
        stopped = false;
        heap.setGcThreshold(stress ? 0 : heap.bytesInUse()); // a step at the next safepoint, as 5.4 sets debt 0
    }

    public void setStress(boolean on) {
        stress = on;
        if (on) heap.setGcThreshold(0);
        else setStepThreshold();
    }

    public boolean stress() {
        return stress;
    }

    /** Sets the incremental parameters (0 keeps a value); the previous pause and step multiplier. */
    public int[] setIncremental(int newPause, int newStepMul, int newStepSizeLog2) {
        int[] old = {pause, stepMul, stepSizeLog2};
        if (newPause != 0) pause = newPause;
        if (newStepMul != 0) stepMul = newStepMul;
        if (newStepSizeLog2 != 0) stepSizeLog2 = Math.min(newStepSizeLog2, 40);
        return old;
    }

    // ---- Marking for finalization and the barrier --------------------------------------------
    /** Marks a table or userdata (a value word) whose new metatable has {@code __gc}. */
    public void markForFinalization(long object) {
        cycle.finalizers.register(object);
    }

    /**
     * An allocation failed: the next safepoint runs a full collection, as the reference's
     * emergency collection does inside its allocator (here allocation never collects).
     */
    public void requestEmergency() {
        if (stopped) return;
        emergency = true;
        heap.setGcThreshold(0);
    }

    // ---- Steps -------------------------------------------------------------------------------
    /**
     * One incremental step, paced by the debt; called by the runtime at a safepoint when the
     * heap is over its threshold. Returns at once inside a finalizer or when stopped.
     */
    public void step() {
        if (cycle.busy()) return;
        if (stopped) {
            heap.setGcThreshold(Long.MAX_VALUE);
            return;
        }
        if (generational) {
            generationalStep();
            return;
        }
        if (genActive) leaveGenerational();
        if (stress || emergency) {
            emergency = false;
            fullCollect();
            return;
        }
        long started = System.nanoTime(), cpuStarted = statistics.cpuNow();
        long debt = Math.max(0, heap.bytesInUse() - heap.gcThreshold());
        // A big allocation (a table's new array part) makes a big debt at once: it is paid over
        // the next safepoints, MAX_STEP_DEBT at a time, so that no single step is long.
        long paid = Math.min(debt, MAX_STEP_DEBT);
        Phase first = cycle.phase();
        cycle.runBudget(budget(paid));
        statistics.recordStep("step", System.nanoTime() - started, cpuStarted, first, cycle.phase());
        if (cycle.phase() == Phase.PAUSE) setPauseThreshold();
        else if (debt > paid) heap.setGcThreshold(heap.bytesInUse() - (debt - paid)); // the rest is still due
        else setStepThreshold();
    }

    /**
     * {@code collectgarbage("step", kb)}: a step as if {@code kb} more kilobytes had been
     * allocated (a basic step for 0). True when a cycle ended.
     */
    public boolean explicitStep(long kb) {
        if (cycle.busy()) return false;
        // In stress mode every safepoint restarts the cycle anyway; in generational mode a step
        // is a whole (minor) collection in 5.4, of which a full one is the safe superset.
        if (stress || generational) {
            fullCollect();
            return true;
        }
        long started = System.nanoTime(), cpuStarted = statistics.cpuNow();
        Phase first = cycle.phase();
        cycle.runBudget(budget(Math.max(0, Math.min(kb, Long.MAX_VALUE / 4096)) * 1024));
        statistics.recordStep("step", System.nanoTime() - started, cpuStarted, first, cycle.phase());
        boolean ended = cycle.phase() == Phase.PAUSE;
        if (ended) setPauseThreshold();
        else if (!stopped) setStepThreshold();
        return ended;
    }

    /**
     * The work a step does for {@code debt} bytes allocated past the threshold: as in 5.4, the
     * debt plus a step size, over 16 (the size of a value there), times {@code stepmul}, in slots
     * (8 bytes of work each). So {@code stepmul} 100 is 50 bytes marked per byte allocated. With
     * the defaults a step after 8 KB of allocation marks about 400 KB, or sweeps about 25 000
     * survivors or 6 400 dead objects ({@link Sweeper}), so a cycle ends while the heap is still
     * near its threshold.
     */
    private long budget(long debt) {
        return (debt + (1L << stepSizeLog2)) / 16 * Math.max(stepMul, 40) * Marker.WORK_PER_SLOT;
    }

    /** A full collection ({@code collectgarbage("collect")}), finalizers included. */
    public void fullCollect() {
        if (cycle.busy()) return;
        long started = System.nanoTime();
        if (generational) {
            majorCollection();
            statistics.recordFull(System.nanoTime() - started);
            setGenerationalThreshold();
            return;
        }
        if (genActive) leaveGenerational();
        cycle.abandonMarking();
        cycle.runUntil(Phase.PAUSE);
        cycle.singleStep(Long.MAX_VALUE); // a new cycle
        cycle.runUntil(Phase.CALL_FINALIZERS);
        cycle.runUntil(Phase.PAUSE);
        statistics.recordFull(System.nanoTime() - started);
        if (stress) heap.setGcThreshold(0);
        else if (stopped) heap.setGcThreshold(Long.MAX_VALUE);
        else setPauseThreshold();
    }

    /** At state close: runs every pending finalizer, then those of every object marked for one. */
    public void finalizeAll() {
        if (PRINT_STATISTICS) {
            System.err.printf("%s, %d cycles (%d minor); heap %.1f MB in use, %.1f MB reserved, %d objects%n", statistics.summary(),
                    cycle.cycles(), minors, heap.bytesInUse() / 1e6, heap.bytesReserved() / 1e6, heap.gc.count());
        }
        if (genActive) leaveGenerational();
        cycle.abandonMarking();
        cycle.runUntil(Phase.PAUSE);
        cycle.callAllFinalizers();
        cycle.finalizers.separate(true);
        cycle.callAllFinalizers();
    }

    // ---- The generational mode (docs/gc.md) --------------------------------------------------
    /**
     * A step of the generational mode: a minor collection, or a major one once the heap has
     * doubled since the last (5.4's rule). Each is done in one go, its finalizers included.
     */
    private void generationalStep() {
        long started = System.nanoTime(), cpuStarted = statistics.cpuNow();
        Phase first = cycle.phase();
        boolean major = !genActive || emergency
                || (stress ? ++stressMinors % STRESS_MAJOR_EVERY == 0
                           : heap.bytesInUse() > majorBase + Math.max(majorBase / 100 * GEN_MAJOR_MUL, MIN_MAJOR_GROWTH));
        emergency = false;
        if (major) majorCollection();
        else {
            cycle.runMinor(generations);
            minors++;
        }
        statistics.recordStep(major ? "major" : "minor", System.nanoTime() - started, cpuStarted, first, cycle.phase());
        setGenerationalThreshold();
    }

    /** A full collection that leaves every survivor old (black); then its finalizers. */
    private void majorCollection() {
        cycle.runBlackCycle();
        generations.allOld(heap.gc);
        majorBase = heap.bytesInUse();
        genActive = true;
        cycle.runUntil(Phase.PAUSE);
    }

    /** Back to the incremental layout: every object white again, a pause before the next cycle. */
    private void leaveGenerational() {
        cycle.runUntil(Phase.PAUSE);
        heap.gc.whitenAll();
        genActive = false;
        generations.clear();
        cycle.resetEstimate();
        setPauseThreshold();
    }

    private void setGenerationalThreshold() {
        if (stopped) heap.setGcThreshold(Long.MAX_VALUE);
        else if (stress) heap.setGcThreshold(0);
        else {
            long used = heap.bytesInUse();
            long growth = Math.max(used / 100 * GEN_MINOR_MUL, MIN_MINOR_GROWTH);
            if (heap.limit() != Long.MAX_VALUE) growth = Math.min(growth, Math.max(heap.limit() - used, 0) / 2);
            heap.setGcThreshold(used + Math.max(growth, 1024));
        }
    }

    // ---- Thresholds --------------------------------------------------------------------------
    private void setPauseThreshold() {
        long estimate = cycle.estimate();
        long base = Math.max(estimate, 64 * 1024);
        long threshold = base / 100 * pause;
        if (heap.limit() != Long.MAX_VALUE) { // start early enough to finish before the limit
            threshold = Math.min(threshold, estimate + Math.max(heap.limit() - estimate, 0) / 2);
        }
        heap.setGcThreshold(stopped ? Long.MAX_VALUE : stress ? 0 : Math.max(threshold, heap.bytesInUse() + 1024));
    }

    private void setStepThreshold() {
        heap.setGcThreshold(stopped ? Long.MAX_VALUE : stress ? 0 : heap.bytesInUse() + (1L << stepSizeLog2));
    }
}
