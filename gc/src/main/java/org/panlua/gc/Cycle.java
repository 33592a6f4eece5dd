package org.panlua.gc;

import org.panlua.gc.Collector.Phase;
import org.panlua.memory.heap.GcSpace;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.table.Tables;

/**
 * The phases of a collection cycle and the work each does (docs/gc.md, "A cycle"): the state
 * machine that {@link Collector} runs a slice at a time in the incremental mode, and in one go
 * for full collections and for the generational mode's minor and major ones. The collector
 * decides when and how much; this class knows what comes next.
 */
final class Cycle {
    private final NativeHeap heap;
    private final GcHost host;
    final WeakTables weak = new WeakTables();
    final Marker marker;
    final Finalizers finalizers = new Finalizers();
    private final Sweeper sweeper;
    private final GcStatistics statistics;
    private Phase phase = Phase.PAUSE;
    /** True while a step runs (finalizers included): steps do not nest. */
    private boolean busy;
    private long cycles;
    /** Heap size after the last sweep: the base the pause applies to. */
    private long estimate;

    Cycle(NativeHeap heap, StringTable strings, Tables tables, GcHost host, GcStatistics statistics) {
        this.heap = heap;
        this.statistics = statistics;
        this.host = host;
        this.marker = new Marker(host, tables, weak);
        this.sweeper = new Sweeper(heap, strings, tables);
        this.estimate = heap.bytesInUse();
    }

    Phase phase() {
        return phase;
    }

    boolean busy() {
        return busy;
    }

    /** Cycles completed. */
    long cycles() {
        return cycles;
    }

    long estimate() {
        return estimate;
    }

    /** Takes the heap in use now as the base of the next pause. */
    void resetEstimate() {
        estimate = heap.bytesInUse();
    }

    void runUntil(Phase target) {
        while (phase != target) timedStep(Long.MAX_VALUE);
    }

    /** Steps until about {@code budget} units of work are done or the cycle has ended. */
    void runBudget(long budget) {
        do {
            budget -= timedStep(budget);
        } while (budget > 0 && phase != Phase.PAUSE);
    }

    /** {@link #singleStep}, its time and work recorded by phase ({@link GcStatistics#phaseDone}). */
    private long timedStep(long budget) {
        Phase p = phase;
        long started = System.nanoTime();
        long work = singleStep(budget);
        statistics.phaseDone(p, System.nanoTime() - started, work);
        return work;
    }

    /** Does some work of the current phase, moving to the next phase when it is done; the work done. */
    long singleStep(long budget) {
        busy = true;
        try {
            switch (phase) {
                case PAUSE -> {
                    startCycle();
                    return 1024;
                }
                case PROPAGATE -> {
                    takeForwarded();
                    long work = marker.propagate(budget);
                    if (!marker.hasGray()) phase = Phase.ATOMIC;
                    return Math.max(work, 1);
                }
                case ATOMIC -> {
                    long work = atomic();
                    sweeper.start();
                    phase = Phase.SWEEP;
                    return work;
                }
                case SWEEP -> {
                    long work = sweeper.sweep(budget);
                    if (!sweeper.active()) {
                        estimate = heap.bytesInUse();
                        phase = Phase.CALL_FINALIZERS;
                    }
                    return Math.max(work, 1);
                }
                case CALL_FINALIZERS -> {
                    if (!finalizers.hasPending()) {
                        phase = Phase.PAUSE;
                        cycles++;
                        return 1;
                    }
                    callOneFinalizer();
                    return 2048;
                }
            }
            throw new IllegalStateException(phase.toString());
        } finally {
            busy = false;
        }
    }

    void callAllFinalizers() {
        while (finalizers.hasPending()) callOneFinalizer();
    }

    private void callOneFinalizer() {
        long object = finalizers.takePending();
        boolean wasBusy = busy;
        busy = true; // no step inside a finalizer
        try {
            host.callFinalizer(object);
        } finally {
            busy = wasBusy;
        }
    }

    private void startCycle() {
        marker.reset();
        marker.deadKeys.clear();
        weak.clear();
        heap.gc.grayAgain.clear();
        host.cycleStarted();
        host.markRoots(marker);
        finalizers.markPending(marker);
        heap.gc.setForwarding(true);
        phase = Phase.PROPAGATE;
    }

    /** Puts the objects the forward barrier grayed (stored into large tables) on the gray stack. */
    private void takeForwarded() {
        GcSpace gc = heap.gc;
        for (int i = 0; i < gc.forwarded.size(); i++) marker.push(gc.forwarded.get(i));
        gc.forwarded.clear();
    }

    /**
     * Drops a marking in progress, if any. While marking, no object is of the dead white, so a
     * sweep then frees nothing and paints every object white again, ready for a new cycle.
     */
    void abandonMarking() {
        if (phase != Phase.PROPAGATE) return;
        marker.reset();
        marker.deadKeys.clear();
        weak.clear();
        heap.gc.grayAgain.clear();
        heap.gc.setForwarding(false);
        heap.gc.forwarded.clear();
        sweeper.start();
        phase = Phase.SWEEP;
    }

    private long atomic() {
        long work = 0;
        heap.gc.setForwarding(false);
        takeForwarded();
        host.markRoots(marker);
        finalizers.markPending(marker);
        host.remarkThreads(marker);
        GcSpace gc = heap.gc;
        for (int i = 0; i < gc.grayAgain.size(); i++) {
            long o = gc.grayAgain.get(i);
            if (!Marker.isWhite(o)) marker.push(o);
        }
        gc.grayAgain.clear();
        work += marker.propagateAll();
        host.upvaluesOfDeadThreads(marker, false);
        work += marker.propagateAll();
        weak.converge(marker);
        // Values of weak tables are cleared before resurrection, keys after it (as in 5.4)
        int weakValuesSeen = weak.weakValues.count;
        int allWeakSeen = weak.allWeak.count;
        WeakTables.clearByValues(marker, weak.weakValues, 0);
        WeakTables.clearByValues(marker, weak.allWeak, 0);
        finalizers.separate(false);
        finalizers.markPending(marker);
        work += marker.propagateAll();
        weak.converge(marker);
        WeakTables.clearByKeys(marker, weak.ephemerons);
        WeakTables.clearByKeys(marker, weak.allWeak);
        WeakTables.clearByValues(marker, weak.weakValues, weakValuesSeen);
        WeakTables.clearByValues(marker, weak.allWeak, allWeakSeen);
        marker.deadKeys.bury(marker);
        host.upvaluesOfDeadThreads(marker, true);
        host.sweepHandles();
        host.clearCaches();
        weak.clear();
        gc.flipWhite();
        return work + 4096;
    }

    // ---- The generational mode's collections (docs/gc.md) ------------------------------------
    /**
     * A major collection up to its finalizers: every object white, then a whole cycle whose
     * sweep leaves the survivors black (old).
     */
    void runBlackCycle() {
        abandonMarking();
        runUntil(Phase.PAUSE);
        heap.gc.whitenAll();
        timedStep(Long.MAX_VALUE); // a new cycle
        runUntil(Phase.SWEEP);
        sweeper.start(0, true); // restarted: survivors stay black
        runUntil(Phase.CALL_FINALIZERS);
    }

    /**
     * A minor collection, in one go, its finalizers included. Marks from the roots, every
     * thread's stack (stacks are not barriered) and the old objects that may point to young
     * ones: those the barrier remembered since the last collection and those touched in it.
     * The other old objects are black and not traversed. Then sweeps only the young part of
     * the list: objects that survive their second minor collection become old.
     */
    void runMinor(Generations generations) {
        busy = true;
        long started = System.nanoTime();
        try {
            marker.reset();
            marker.deadKeys.clear();
            weak.clear();
            host.cycleStarted();
            host.markRoots(marker);
            finalizers.markPending(marker);
            generations.markRemembered(marker, host, heap.gc);
            long work = atomic();
            long marked = System.nanoTime();
            statistics.phaseDone(Phase.ATOMIC, marked - started, work); // the marking, all of it atomic
            int end = heap.gc.count();
            int promoted = sweeper.sweepMinor(generations.oldEnd, generations.survivalEnd, generations::promoted);
            // recorded as a slot of work per young object visited
            statistics.phaseDone(Phase.SWEEP, System.nanoTime() - marked, (long) (end - generations.oldEnd) * Marker.WORK_PER_SLOT);
            generations.swept(promoted, heap.gc);
            phase = Phase.CALL_FINALIZERS;
        } finally {
            busy = false;
        }
        runUntil(Phase.PAUSE);
    }
}
