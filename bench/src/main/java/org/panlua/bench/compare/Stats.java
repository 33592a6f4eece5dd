package org.panlua.bench.compare;

import java.util.Arrays;
import java.util.List;

/** The two summaries the comparison prints: medians of run times, geometric means of ratios. */
public final class Stats {
    private Stats() {}

    /** The median of a non-empty list (the mean of the middle two for an even count). */
    public static double median(List<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("median of nothing");
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /** The geometric mean of positive values, computed through logarithms. */
    public static double geometricMean(List<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("geometric mean of nothing");
        double sum = 0;
        for (double v : values) {
            if (!(v > 0)) throw new IllegalArgumentException("geometric mean of a non-positive value: " + v);
            sum += Math.log(v);
        }
        return Math.exp(sum / values.size());
    }
}
