package org.panlua.gc;

/**
 * How long the collector's steps took: counts, the longest, and a histogram by powers of two
 * of microseconds, so a benchmark can report the distribution of pauses.
 */
public final class GcStatistics {
    private final long[] histogram = new long[32];
    private long steps;
    private long longestStepNanos;
    private Collector.Phase longestFrom;
    private Collector.Phase longestTo;
    private long fullCollections;
    private long fullNanos;
    private long stepNanos;

    /** A step that went from phase {@code from} to {@code to} (named only when asked for: no string per step). */
    void recordStep(long nanos, Collector.Phase from, Collector.Phase to) {
        steps++;
        stepNanos += nanos;
        if (nanos > longestStepNanos) {
            longestFrom = from;
            longestTo = to;
        }
        longestStepNanos = Math.max(longestStepNanos, nanos);
        long micros = Math.max(nanos / 1000, 1);
        histogram[Math.min(63 - Long.numberOfLeadingZeros(micros), histogram.length - 1)]++;
    }

    void recordFull(long nanos) {
        fullCollections++;
        fullNanos += nanos;
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

    /** Steps that took between 2^i and 2^(i+1) microseconds. */
    public long stepsInBucket(int i) {
        return histogram[i];
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
        java.util.Arrays.fill(histogram, 0);
        steps = 0;
        longestStepNanos = 0;
        fullCollections = 0;
        fullNanos = 0;
        stepNanos = 0;
    }
}
