package org.panlua.bench.compare;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures benchmarks: for each one, {@code runs} rounds in which every implementation runs it
 * once, in column order, so a slow drift of the machine's load spreads over all of them alike.
 * After each round the outputs are checked against the baseline's; an implementation that fails
 * (non-zero exit, timeout, different output) is not run again on that benchmark. A run is timed
 * as a whole process, or, with a {@link Driver}, by the fastest of the program's rounds within
 * the process, as the driver reports it.
 */
final class Runner {
    private final List<Implementation> implementations;
    private final String baseline;
    private final int runs;
    private final double timeoutSeconds;
    private final Optional<Driver> driver;
    private final PrintStream progress;
    /** Failure reasons per implementation, each with the benchmarks that failed that way. */
    private final Map<String, Map<String, List<String>>> failures = new LinkedHashMap<>();
    private boolean uncheckedSeen;

    /**
     * The script that runs a program {@code rounds} times in one process and writes its fastest
     * round to standard error as {@code round seconds: S} ({@code bench/driver/rounds.lua}).
     */
    record Driver(Path script, int rounds) {
        private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("round seconds: ([0-9.]+)");

        /** The fastest round's seconds as the driver wrote them, or -1 when it wrote none. */
        static double seconds(String stderr) {
            java.util.regex.Matcher m = TIME.matcher(stderr);
            return m.find() ? Double.parseDouble(m.group(1)) : -1;
        }
    }

    Runner(List<Implementation> implementations, String baseline, int runs, double timeoutSeconds,
           Optional<Driver> driver, PrintStream progress) {
        this.implementations = List.copyOf(implementations);
        this.baseline = baseline;
        this.runs = runs;
        this.timeoutSeconds = timeoutSeconds;
        this.driver = driver;
        this.progress = progress;
    }

    /** One line per implementation and distinct failure seen so far: who failed what, and why. */
    List<String> failures() {
        List<String> lines = new ArrayList<>();
        failures.forEach((impl, reasons) -> reasons.forEach((reason, benchmarks) ->
                lines.add(impl + " failed " + String.join(", ", benchmarks) + ": " + reason)));
        return lines;
    }

    /** Whether some benchmark's outputs could not be checked (the baseline did not run it). */
    boolean uncheckedSeen() {
        return uncheckedSeen;
    }

    /** Runs one benchmark on every implementation and returns its row of the table. */
    Report.Row measure(Benchmark benchmark, Optional<String> size) {
        Map<String, Outcome> decided = new LinkedHashMap<>();
        Map<String, List<ChildRun>> done = new LinkedHashMap<>();
        for (Implementation impl : implementations) {
            if (!impl.available()) decided.put(impl.name(), new Outcome.Missing(impl.missing().orElseThrow()));
            else if (benchmark.lua54Only() && !impl.runsLua54()) decided.put(impl.name(), new Outcome.Skipped());
            else done.put(impl.name(), new ArrayList<>());
        }
        String reference = null;
        for (int round = 1; round <= runs; round++) {
            for (Implementation impl : implementations) {
                if (decided.containsKey(impl.name())) continue;
                ChildRun run = run(impl, benchmark, size);
                progress.printf("%-16s %-10s run %d/%d: %s%n", benchmark.name(), impl.name(), round, runs,
                        run.succeeded() ? String.format("%.3f s", run.seconds()) : "failed");
                if (run.succeeded()) done.get(impl.name()).add(run);
                else fail(decided, benchmark, impl.name(), describe(run, benchmark));
            }
            if (reference == null && !decided.containsKey(baseline) && done.containsKey(baseline)) {
                reference = done.get(baseline).getFirst().stdout();
            }
            for (var entry : done.entrySet()) {
                if (decided.containsKey(entry.getKey())) continue;
                String wrong = checkOutputs(entry.getValue(), reference, benchmark);
                if (wrong != null) fail(decided, benchmark, entry.getKey(), wrong);
            }
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Implementation impl : implementations) {
            Outcome o = decided.get(impl.name());
            if (o == null) o = new Outcome.Timed(done.get(impl.name()).stream().map(ChildRun::seconds).toList(), reference != null);
            outcomes.put(impl.name(), o);
        }
        if (reference == null) uncheckedSeen = true;
        return new Report.Row(benchmark.name(), size, outcomes);
    }

    /** One run; with the driver, its seconds are the fastest round's (a run whose driver wrote none fails). */
    private ChildRun run(Implementation impl, Benchmark benchmark, Optional<String> size) {
        Path directory = benchmark.script().toAbsolutePath().getParent();
        if (driver.isEmpty()) return ChildRun.run(impl.commandFor(benchmark.script(), size), directory, timeoutSeconds);
        List<String> command = new ArrayList<>(impl.command());
        command.add(driver.get().script().toString());
        command.add(benchmark.script().toAbsolutePath().toString());
        command.add(Integer.toString(driver.get().rounds()));
        size.ifPresent(command::add);
        ChildRun run = ChildRun.run(command, directory, timeoutSeconds);
        if (!run.succeeded()) return run;
        double seconds = Driver.seconds(run.stderr());
        if (seconds < 0) return new ChildRun(run.seconds(), 1, run.stdout(), "no round time: " + run.stderr(), false);
        return new ChildRun(seconds, 0, run.stdout(), run.stderr(), false);
    }

    private void fail(Map<String, Outcome> decided, Benchmark benchmark, String impl, String reason) {
        decided.put(impl, new Outcome.Failed(reason));
        failures.computeIfAbsent(impl, k -> new LinkedHashMap<>())
                .computeIfAbsent(reason, k -> new ArrayList<>()).add(benchmark.name());
    }

    /** Why the outputs are wrong (different between runs or from the reference), or null. */
    private static String checkOutputs(List<ChildRun> done, String reference, Benchmark benchmark) {
        if (done.isEmpty()) return null;
        String first = done.getFirst().stdout();
        for (ChildRun r : done) {
            if (!r.stdout().equals(first)) {
                return "printed '" + shown(first, benchmark) + "', then '" + shown(r.stdout(), benchmark) + "'";
            }
        }
        if (reference != null && !first.equals(reference)) {
            return "printed '" + shown(first, benchmark) + "' instead of '" + shown(reference, benchmark) + "'";
        }
        return null;
    }

    private String describe(ChildRun run, Benchmark benchmark) {
        if (run.timedOut()) return String.format("timed out after %.0f s", timeoutSeconds);
        String message = shown(run.stderr(), benchmark);
        if (message.isEmpty()) message = shown(run.stdout(), benchmark);
        return run.exitCode() < 0 ? message : "exit " + run.exitCode() + (message.isEmpty() ? "" : ": " + message);
    }

    /**
     * The first line of a child's output as the notes show it: the script's path becomes
     * {@code <script>}, so equal failures on different benchmarks read alike and are listed once.
     */
    private static String shown(String text, Benchmark benchmark) {
        Path script = benchmark.script();
        return firstLine(text.replace(script.toAbsolutePath().toString(), "<script>")
                .replace(script.toString(), "<script>"));
    }

    /** The first non-blank line of a text, shortened to keep the notes readable. */
    static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) return t.length() > 160 ? t.substring(0, 157) + "..." : t;
        }
        return "";
    }
}
