package org.panlua.bench.compare;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison's results and their two renderings, a plain-text table and a markdown table.
 * Columns: the benchmark, its size, then per implementation the median seconds and (except for
 * the baseline) the ratio of that median to the baseline's. A last row holds the geometric
 * mean of each ratio column over the benchmarks where both sides ran.
 *
 * @param implementations the implementation names, in column order
 * @param baseline        the name of the baseline implementation
 * @param rows            one row per benchmark
 * @param notes           lines printed under the tables (versions, failures)
 */
public record Report(List<String> implementations, String baseline, List<Row> rows, List<String> notes) {

    /**
     * The results of one benchmark.
     *
     * @param benchmark the benchmark's name
     * @param size      the size it ran with, or empty for its default
     * @param outcomes  the outcome per implementation name
     */
    public record Row(String benchmark, Optional<String> size, Map<String, Outcome> outcomes) {}

    public Report {
        implementations = List.copyOf(implementations);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** Whether ratio columns are shown: when the baseline and another implementation are columns. */
    private boolean hasRatios() {
        return implementations.contains(baseline) && implementations.size() > 1;
    }

    /** The ratio of an implementation's median to the baseline's on a row, when both ran. */
    public Optional<Double> ratio(Row row, String implementation) {
        if (row.outcomes().get(implementation) instanceof Outcome.Timed t
                && row.outcomes().get(baseline) instanceof Outcome.Timed b && b.median() > 0) {
            return Optional.of(t.median() / b.median());
        }
        return Optional.empty();
    }

    /** The ratios of an implementation over all rows where it and the baseline ran. */
    public List<Double> ratios(String implementation) {
        List<Double> out = new ArrayList<>();
        for (Row row : rows) ratio(row, implementation).filter(r -> r > 0).ifPresent(out::add);
        return out;
    }

    /** The geometric mean of an implementation's ratios, when it has any. */
    public Optional<Double> geometricMean(String implementation) {
        List<Double> r = ratios(implementation);
        return r.isEmpty() ? Optional.empty() : Optional.of(Stats.geometricMean(r));
    }

    /** The header cells. */
    List<String> header() {
        List<String> h = new ArrayList<>(List.of("benchmark", "size"));
        for (String impl : implementations) {
            h.add(impl + " s");
            if (hasRatios() && !impl.equals(baseline)) h.add(impl + "/" + baseline);
        }
        return h;
    }

    /** The body cells, the geometric-mean row last. */
    List<List<String>> body() {
        List<List<String>> body = new ArrayList<>();
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.benchmark(), row.size().orElse("default")));
            for (String impl : implementations) {
                cells.add(row.outcomes().get(impl).cell());
                if (hasRatios() && !impl.equals(baseline)) cells.add(ratio(row, impl).map(Report::ratioText).orElse("-"));
            }
            body.add(cells);
        }
        if (hasRatios()) {
            List<String> mean = new ArrayList<>(List.of("geomean", ""));
            for (String impl : implementations) {
                mean.add("");
                if (!impl.equals(baseline)) mean.add(geometricMean(impl).map(Report::ratioText).orElse("-"));
            }
            body.add(mean);
        }
        return body;
    }

    /** A line per implementation: its geometric-mean ratio and over how many benchmarks. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (!hasRatios()) return lines;
        for (String impl : implementations) {
            if (impl.equals(baseline)) continue;
            int n = ratios(impl).size();
            lines.add(String.format("geometric mean of %s/%s: %s (over %d of %d benchmarks)", impl, baseline,
                    geometricMean(impl).map(Report::ratioText).orElse("n/a"), n, rows.size()));
        }
        return lines;
    }

    static String ratioText(double r) {
        return String.format(r < 0.1 ? "%.3f" : "%.2f", r);
    }

    /** Prints the plain-text table, aligned in columns, with the summary and the notes. */
    public void printText(PrintStream out) {
        List<String> header = header();
        List<List<String>> body = body();
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> r : body) width[c] = Math.max(width[c], r.get(c).length());
        }
        out.println(textLine(header, width));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        out.println(rule);
        for (List<String> r : body) out.println(textLine(r, width));
        out.println();
        for (String line : summary()) out.println(line);
        for (String note : notes) out.println(note);
    }

    private static String textLine(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) b.append("  ");
            String cell = cells.get(c);
            // names left-aligned, figures right-aligned
            b.append(c == 0 ? String.format("%-" + width[c] + "s", cell) : String.format("%" + width[c] + "s", cell));
        }
        return b.toString().stripTrailing();
    }

    /** Prints the markdown table, then the summary and notes as a list. */
    public void printMarkdown(PrintStream out) {
        List<String> header = header();
        out.println(markdownLine(header));
        StringBuilder align = new StringBuilder("|");
        for (int c = 0; c < header.size(); c++) align.append(c == 0 ? ":---|" : "---:|");
        out.println(align);
        for (List<String> r : body()) out.println(markdownLine(r));
        out.println();
        for (String line : summary()) out.println("- " + line);
        for (String note : notes) out.println("- " + note.replace("|", "\\|"));
    }

    private static String markdownLine(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String cell : cells) b.append(' ').append(cell.replace("|", "\\|")).append(" |");
        return b.toString();
    }
}
