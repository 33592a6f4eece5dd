package org.panlua.bench.compare;

import java.util.List;

/** What became of one benchmark on one implementation: one cell of the table. */
public sealed interface Outcome {

    /** The text of the cell. */
    String cell();

    /**
     * It ran every time and printed the expected output.
     *
     * @param seconds the wall-clock time of each run
     * @param checked whether the output was compared with the baseline's
     */
    record Timed(List<Double> seconds, boolean checked) implements Outcome {
        public Timed {
            seconds = List.copyOf(seconds);
            if (seconds.isEmpty()) throw new IllegalArgumentException("no runs");
        }

        /** The median run time in seconds. */
        public double median() {
            return Stats.median(seconds);
        }

        @Override
        public String cell() {
            return String.format("%.3f", median());
        }
    }

    /** It ran and failed: a non-zero exit, a timeout, or output that differs from the baseline's. */
    record Failed(String reason) implements Outcome {
        @Override
        public String cell() {
            return "fail";
        }
    }

    /** The implementation is not on this machine. */
    record Missing(String reason) implements Outcome {
        @Override
        public String cell() {
            return "n/a";
        }
    }

    /** The benchmark needs Lua 5.4 and the implementation does not run it. */
    record Skipped() implements Outcome {
        @Override
        public String cell() {
            return "skip";
        }
    }
}
