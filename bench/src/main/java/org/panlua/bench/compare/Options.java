package org.panlua.bench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of the comparison, parsed.
 *
 * @param benchmarks      the benchmarks to run, in order (empty: all of them)
 * @param sizes           per-benchmark sizes given as {@code name:size}
 * @param implementations the columns, in run order (built-in names and {@code --with} names)
 * @param custom          {@code --with NAME=COMMAND} specifications
 * @param runs            timed runs per benchmark and implementation
 * @param rounds          rounds of a program per run, in one process, timing the fastest (0: the
 *                        whole process is timed)
 * @param size            a size for every benchmark (overridden by a per-benchmark size)
 * @param quick           use each benchmark's {@code @quick} size
 * @param directory       where the benchmark scripts are (default: {@code bench/lua} under the root)
 * @param root            the project root (default: found from the working directory)
 * @param luajJar         LuaJ's jar (default: looked up)
 * @param timeoutSeconds  how long one run may take before it counts as failed
 * @param baseline        the implementation the ratios are taken to and whose output is the reference
 * @param format          what to print
 * @param list            list benchmarks and implementations instead of running
 * @param help            print the usage instead of running
 * @param quiet           no progress lines on standard error
 */
public record Options(List<String> benchmarks, Map<String, String> sizes, List<String> implementations,
                      List<String> custom, int runs, int rounds, Optional<String> size, boolean quick,
                      Optional<Path> directory, Optional<Path> root, Optional<Path> luajJar,
                      double timeoutSeconds, String baseline, Format format, boolean list,
                      boolean help, boolean quiet) {

    /** Which tables to print. */
    public enum Format { TEXT, MARKDOWN, BOTH }

    static final String USAGE = """
            usage: bin/compare [options]
              -b, --bench A,B,...     benchmarks to run (default: all in bench/lua); NAME:SIZE sets a size
              -i, --impl X,Y,...      implementations, in run order (default: panlua,lua5.4,luajit,luaj)
                  --with NAME=CMD     add an implementation run as CMD SCRIPT [SIZE] (repeatable)
              -n, --runs N            timed runs of each benchmark per implementation, interleaved (default 3)
              -r, --rounds N          run a program N times in each run's process and time its fastest
                                      round (os.clock): the steady state, start-up and warm-up left out
              -s, --size N            size argument for every benchmark (default: the script's own)
              -q, --quick             small sizes (each script's @quick tag): a smoke test, not a measurement
                  --baseline NAME     reference output and denominator of the ratios (default lua5.4)
                  --timeout SECONDS   a run taking longer fails (default 300)
                  --format F          text, markdown or both (default both)
                  --dir DIR           directory of the benchmark scripts (default bench/lua)
                  --root DIR          project root, for bin/panlua (default: found from the working directory)
                  --luaj-jar JAR      LuaJ's jar (default: the local Maven repository)
                  --list              list benchmarks and implementations, then exit
                  --quiet             no progress lines on standard error
              -h, --help              this text
            """;

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException with a message for the user when they are wrong
     */
    public static Options parse(String... args) {
        List<String> benchmarks = new ArrayList<>();
        Map<String, String> sizes = new LinkedHashMap<>();
        List<String> implementations = new ArrayList<>();
        List<String> custom = new ArrayList<>();
        int runs = 3;
        int rounds = 0;
        Optional<String> size = Optional.empty();
        boolean quick = false, list = false, help = false, quiet = false;
        Optional<Path> directory = Optional.empty(), root = Optional.empty(), luajJar = Optional.empty();
        double timeout = 300;
        String baseline = "lua5.4";
        Format format = Format.BOTH;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "-q", "--quick" -> quick = true;
                case "--list" -> list = true;
                case "-h", "--help" -> help = true;
                case "--quiet" -> quiet = true;
                default -> {
                    if (value == null) {
                        if (i + 1 >= args.length) throw new IllegalArgumentException("'" + arg + "' needs a value");
                        value = args[++i];
                    }
                    switch (arg) {
                        case "-b", "--bench" -> {
                            for (String item : items(value)) {
                                int colon = item.indexOf(':');
                                String name = colon < 0 ? item : item.substring(0, colon);
                                benchmarks.add(name);
                                if (colon >= 0) sizes.put(name, checkSize(item.substring(colon + 1)));
                            }
                        }
                        case "-i", "--impl" -> implementations.addAll(items(value));
                        case "--with" -> custom.add(value);
                        case "-n", "--runs" -> runs = positiveInt(arg, value);
                        case "-r", "--rounds" -> rounds = positiveInt(arg, value);
                        case "-s", "--size" -> size = Optional.of(checkSize(value));
                        case "--baseline" -> baseline = value;
                        case "--timeout" -> timeout = positiveDouble(arg, value);
                        case "--format" -> format = format(value);
                        case "--dir" -> directory = Optional.of(Path.of(value));
                        case "--root" -> root = Optional.of(Path.of(value));
                        case "--luaj-jar" -> luajJar = Optional.of(Path.of(value));
                        default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
                    }
                }
            }
        }
        if (implementations.isEmpty()) implementations.addAll(Implementation.STANDARD);
        for (String spec : custom) {
            String name = Implementation.custom(spec).name();
            if (!implementations.contains(name)) implementations.add(name);
        }
        return new Options(List.copyOf(benchmarks), Map.copyOf(sizes), List.copyOf(implementations),
                List.copyOf(custom), runs, rounds, size, quick, directory, root, luajJar, timeout, baseline,
                format, list, help, quiet);
    }

    /** The size a benchmark runs with, or empty for the script's default. */
    public Optional<String> sizeFor(Benchmark benchmark) {
        String own = sizes.get(benchmark.name());
        if (own != null) return Optional.of(own);
        if (size.isPresent()) return size;
        return quick ? benchmark.quickSize() : Optional.empty();
    }

    private static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) out.add(item.strip());
        }
        return out;
    }

    private static String checkSize(String value) {
        if (!value.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("a size is a number, got '" + value + "'");
        }
        return value;
    }

    private static int positiveInt(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("'" + option + "' needs a positive whole number, got '" + value + "'");
    }

    private static double positiveDouble(String option, String value) {
        try {
            double d = Double.parseDouble(value);
            if (d > 0 && Double.isFinite(d)) return d;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("'" + option + "' needs a positive number, got '" + value + "'");
    }

    private static Format format(String value) {
        return switch (value) {
            case "text" -> Format.TEXT;
            case "markdown", "md" -> Format.MARKDOWN;
            case "both" -> Format.BOTH;
            default -> throw new IllegalArgumentException("--format is text, markdown or both, got '" + value + "'");
        };
    }
}
