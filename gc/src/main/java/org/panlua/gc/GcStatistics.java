package org.panlua.gc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long the collector's steps took: counts, the longest, a histogram by powers of two of
 * microseconds, and the few longest steps with the time and work of each phase in them, so a
 * benchmark can report the distribution of pauses and say what the long ones did.
 *
 * <p>On a shared machine a step's wall time includes the moments the thread was descheduled;
 * {@link #measureCpuTime} adds a histogram of the thread's CPU time per step, which does not.
 */
public final class GcStatistics {
    private static final int PHASES = Collector.Phase.values().length;
    /** How many of the longest steps are kept. */
    private static final int KEPT = 8;
    private final long[] histogram = new long[32];
    private final long[] cpuHistogram = new long[32];
    private long longestStepCpuNanos;
    private ThreadMXBean threads;
    private long steps;
    private long longestStepNanos;
    private Collector.Phase longestFrom;
    private Collector.Phase longestTo;
    private long fullCollections;
    private long fullNanos;
    private long stepNanos;
    /** The longest steps, longest first (at most {@link #KEPT}). */
    private final List<Step> longest = new ArrayList<>();
    /** Time and work of each phase (by ordinal) in the step under way. */
    private final long[] phaseNanos = new long[PHASES], phaseWork = new long[PHASES];

    /**
     * One step: its time, the phases it started and ended in, and per phase (by ordinal) the
     * time spent in it and the work done, in the collector's units (one per byte marked; see
     * {@link Sweeper} for objects swept). A step of the generational mode is one whole collection, {@code kind} "minor" or
     * "major"; an incremental one's kind is "step".
     */
    public record Step(String kind, long nanos, long cpuNanos, Collector.Phase from, Collector.Phase to, long[] phaseNanos, long[] phaseWork) {
        /** "12.34 ms (cpu 12.01 ms) step SWEEP..SWEEP (SWEEP 12.30 ms, 2 097 152 units)". */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.format("%.2f ms", nanos / 1e6));
            if (cpuNanos >= 0) b.append(String.format(" (cpu %.2f ms)", cpuNanos / 1e6));
            b.append(String.format(" %s %s..%s", kind, from, to));
            String sep = " (";
            for (int i = 0; i < phaseNanos.length; i++) {
                if (phaseNanos[i] == 0 && phaseWork[i] == 0) continue;
                b.append(sep).append(String.format("%s %.2f ms, %,d units", Collector.Phase.values()[i], phaseNanos[i] / 1e6, phaseWork[i]));
                sep = "; ";
            }
            return b.append(sep.equals("; ") ? ")" : "").toString();
        }
    }

    /** Also measures each step's thread CPU time (a system call or two per step: for benchmarks). */
    public void measureCpuTime(boolean on) {
        threads = on ? ManagementFactory.getThreadMXBean() : null;
    }

    /** The current thread's CPU time when {@link #measureCpuTime} is on, else -1. */
    long cpuNow() {
        return threads == null ? -1 : threads.getCurrentThreadCpuTime();
    }

    /** Some work of phase {@code phase} done in the step under way, in {@code nanos}. */
    void phaseDone(Collector.Phase phase, long nanos, long work) {
        phaseNanos[phase.ordinal()] += nanos;
        phaseWork[phase.ordinal()] += work;
    }

    /**
     * A step that went from phase {@code from} to {@code to}, with the phases' work recorded
     * by {@link #phaseDone} since the last step; {@code cpuStarted} is {@link #cpuNow} at its
     * start.
     */
    void recordStep(String kind, long nanos, long cpuStarted, Collector.Phase from, Collector.Phase to) {
        long cpuNanos = cpuStarted < 0 ? -1 : cpuNow() - cpuStarted;
        if (cpuNanos >= 0) {
            longestStepCpuNanos = Math.max(longestStepCpuNanos, cpuNanos);
            cpuHistogram[bucket(cpuNanos)]++;
        }
        steps++;
        stepNanos += nanos;
        if (nanos > longestStepNanos) {
            longestFrom = from;
            longestTo = to;
        }
        longestStepNanos = Math.max(longestStepNanos, nanos);
        histogram[bucket(nanos)]++;
        if (longest.size() < KEPT || nanos > longest.getLast().nanos()) keep(kind, nanos, cpuNanos, from, to);
        Arrays.fill(phaseNanos, 0);
        Arrays.fill(phaseWork, 0);
    }

    private int bucket(long nanos) {
        long micros = Math.max(nanos / 1000, 1);
        return Math.min(63 - Long.numberOfLeadingZeros(micros), histogram.length - 1);
    }

    private void keep(String kind, long nanos, long cpuNanos, Collector.Phase from, Collector.Phase to) {
        Step s = new Step(kind, nanos, cpuNanos, from, to, phaseNanos.clone(), phaseWork.clone());
        int at = 0;
        while (at < longest.size() && longest.get(at).nanos() >= nanos) at++;
        longest.add(at, s);
        if (longest.size() > KEPT) longest.removeLast();
    }

    /** A full collection (its phases' work is not a step's). */
    void recordFull(long nanos) {
        fullCollections++;
        fullNanos += nanos;
        Arrays.fill(phaseNanos, 0);
        Arrays.fill(phaseWork, 0);
    }

    public long steps() {
        return steps;
    }

    public long longestStepNanos() {
        return longestStepNanos;
    }

    /** The phases the longest step went through ("PROPAGATE..ATOMIC"). */
    public String longestStepPhases() {
        return longestFrom == null ? "" : longestFrom.name() + ".." + longestTo.name();
    }

    /** The longest steps since the last {@link #reset}, longest first (a few). */
    public List<Step> longestSteps() {
        return List.copyOf(longest);
    }

    /** Steps that took between 2^i and 2^(i+1) microseconds. */
    public long stepsInBucket(int i) {
        return histogram[i];
    }

    /** Steps that took between 2^i and 2^(i+1) microseconds of the thread's CPU time ({@link #measureCpuTime}). */
    public long stepsInCpuBucket(int i) {
        return cpuHistogram[i];
    }

    /** The most CPU time a step took ({@link #measureCpuTime}). */
    public long longestStepCpuNanos() {
        return longestStepCpuNanos;
    }

    public int buckets() {
        return histogram.length;
    }

    /** Time spent in incremental steps, all added up. */
    public long stepNanos() {
        return stepNanos;
    }

    /** One line: steps, their total and longest time, full collections. */
    public String summary() {
        return String.format("gc: %d steps %.3f s (longest %.3f ms, %s), %d full collections %.3f s",
                steps, stepNanos / 1e9, longestStepNanos / 1e6, longestStepPhases(), fullCollections, fullNanos / 1e9);
    }

    public long fullCollections() {
        return fullCollections;
    }

    public long fullCollectionNanos() {
        return fullNanos;
    }

    public void reset() {
        Arrays.fill(histogram, 0);
        Arrays.fill(cpuHistogram, 0);
        longestStepCpuNanos = 0;
        steps = 0;
        longestStepNanos = 0;
        longestFrom = longestTo = null;
        fullCollections = 0;
        fullNanos = 0;
        stepNanos = 0;
        longest.clear();
        Arrays.fill(phaseNanos, 0);
        Arrays.fill(phaseWork, 0);
    }
}
