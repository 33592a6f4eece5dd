package org.panlua.bench.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole-program comparison: runs the Lua programs of {@code bench/lua} under Panlua, the
 * reference interpreter {@code lua5.4}, LuaJIT and LuaJ as child processes, several times and
 * interleaved, and prints the median wall-clock seconds, the ratios to {@code lua5.4} and their
 * geometric means, as a plain-text and a markdown table. An implementation that is missing or
 * fails a benchmark gets {@code n/a} or {@code fail} in its cell; the comparison goes on.
 * Usage: {@code bin/compare --help}.
 */
public final class Compare {
    private Compare() {}

    /** The command: runs the comparison and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the comparison and returns the exit status: 0 done, 2 bad command line. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        List<Benchmark> benchmarks;
        List<Implementation> implementations;
        Path root;
        try {
            options = Options.parse(args);
            if (options.help()) {
                out.print(Options.USAGE);
                return 0;
            }
            root = options.root().or(Compare::findRoot).orElse(Path.of("").toAbsolutePath());
            Path dir = options.directory().orElse(root.resolve("bench").resolve("lua"));
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no benchmark directory " + dir + " (use --dir or --root)");
            }
            benchmarks = select(Benchmark.discover(dir), options.benchmarks());
            implementations = implementations(options, root);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("compare: " + e.getMessage());
            err.println("compare: see --help");
            return 2;
        }
        if (options.list()) {
            list(out, benchmarks, implementations);
            return 0;
        }

        PrintStream progress = options.quiet() ? new PrintStream(OutputStream.nullOutputStream()) : err;
        List<String> notes = new ArrayList<>();
        notes.add(setting(options));
        notes.addAll(versions(implementations, options.timeoutSeconds(), progress));

        Optional<Runner.Driver> driver = options.rounds() == 0 ? Optional.empty()
                : Optional.of(new Runner.Driver(root.resolve("bench").resolve("driver").resolve("rounds.lua"), options.rounds()));
        Runner runner = new Runner(implementations, options.baseline(), options.runs(), options.timeoutSeconds(), driver, progress);
        List<Report.Row> rows = new ArrayList<>();
        for (Benchmark b : benchmarks) rows.add(runner.measure(b, options.sizeFor(b)));
        if (runner.uncheckedSeen()) {
            notes.add("outputs not checked where the baseline " + options.baseline() + " did not run");
        }
        notes.addAll(runner.failures());

        Report report = new Report(implementations.stream().map(Implementation::name).toList(),
                options.baseline(), rows, notes);
        if (options.format() != Options.Format.MARKDOWN) report.printText(out);
        if (options.format() == Options.Format.BOTH) out.println();
        if (options.format() != Options.Format.TEXT) report.printMarkdown(out);
        out.flush();
        return 0;
    }

    /** The project root: the {@code panlua.root} property, or the nearest directory up with bench/lua. */
    static Optional<Path> findRoot() {
        String property = System.getProperty("panlua.root");
        if (property != null && !property.isBlank()) return Optional.of(Path.of(property));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bench").resolve("lua"))) return Optional.of(p);
        }
        return Optional.empty();
    }

    private static List<Benchmark> select(List<Benchmark> all, List<String> names) {
        if (names.isEmpty()) return all;
        Map<String, Benchmark> byName = new LinkedHashMap<>();
        for (Benchmark b : all) byName.put(b.name(), b);
        List<Benchmark> chosen = new ArrayList<>();
        for (String name : names) {
            Benchmark b = byName.get(name);
            if (b == null) {
                throw new IllegalArgumentException("unknown benchmark '" + name + "' (known: "
                        + String.join(", ", byName.keySet()) + ")");
            }
            if (!chosen.contains(b)) chosen.add(b);
        }
        return chosen;
    }

    private static List<Implementation> implementations(Options options, Path root) {
        Map<String, Implementation> custom = new LinkedHashMap<>();
        for (String spec : options.custom()) {
            Implementation impl = Implementation.custom(spec);
            custom.put(impl.name(), impl);
        }
        List<Implementation> chosen = new ArrayList<>();
        for (String name : options.implementations()) {
            if (chosen.stream().anyMatch(i -> i.name().equals(name))) continue;
            Implementation impl = custom.get(name);
            chosen.add(impl != null ? impl : Implementation.standard(name, root, options.luajJar()));
        }
        return chosen;
    }

    private static void list(PrintStream out, List<Benchmark> benchmarks, List<Implementation> implementations) {
        out.println("benchmarks:");
        for (Benchmark b : benchmarks) {
            out.printf("  %-16s quick size %s%s%n", b.name(), b.quickSize().orElse("(none)"),
                    b.lua54Only() ? ", Lua 5.4 only" : "");
        }
        out.println("implementations:");
        for (Implementation i : implementations) {
            out.printf("  %-10s %s%n", i.name(), i.available() ? String.join(" ", i.command())
                    : "n/a: " + i.missing().orElseThrow());
        }
    }

    /** A note saying how the figures were taken. */
    private static String setting(Options options) {
        String sizes = options.quick() ? "quick sizes (a smoke test, not a measurement)"
                : options.size().map(s -> "size " + s).orElse("default sizes");
        if (!options.sizes().isEmpty()) sizes += ", except where the size column says otherwise";
        String load = loadAverage().map(l -> "; load average at start " + l).orElse("");
        String timed = options.rounds() == 0 ? "wall-clock seconds of the whole process (start-up included)"
                : String.format("the fastest of %d rounds in one process, os.clock seconds (start-up and "
                        + "warm-up left out)", options.rounds());
        return String.format("median of %d interleaved runs, %s; %s%s", options.runs(), timed, sizes, load);
    }

    private static Optional<String> loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f.length >= 3 ? Optional.of(f[0] + " " + f[1] + " " + f[2]) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Asks each implementation for its version (untimed; lets bin/panlua build before the runs). */
    private static List<String> versions(List<Implementation> implementations, double timeout, PrintStream progress) {
        List<String> parts = new ArrayList<>();
        for (Implementation impl : implementations) {
            if (!impl.available()) {
                parts.add(impl.name() + ": n/a (" + impl.missing().orElseThrow() + ")");
                continue;
            }
            progress.printf("%-16s %-10s -v%n", "(version)", impl.name());
            ChildRun run = ChildRun.run(impl.versionCommand(), Path.of("").toAbsolutePath(), timeout);
            String line = Runner.firstLine(run.stdout().isBlank() ? run.stderr() : run.stdout());
            int cut = line.indexOf("Copyright");
            if (cut > 0) line = line.substring(0, cut).replaceAll("[\\s-]+$", "");
            parts.add(impl.name() + ": " + (line.isEmpty() ? "?" : line));
        }
        return List.of("versions: " + String.join("; ", parts));
    }
}
