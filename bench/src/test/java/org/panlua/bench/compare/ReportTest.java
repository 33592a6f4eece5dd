package org.panlua.bench.compare;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class ReportTest {
    private static Report.Row row(String name, Outcome a, Outcome base, Outcome c) {
        Map<String, Outcome> m = new LinkedHashMap<>();
        m.put("a", a);
        m.put("base", base);
        m.put("c", c);
        return new Report.Row(name, Optional.empty(), m);
    }

    private static Outcome.Timed timed(double... s) {
        return new Outcome.Timed(java.util.Arrays.stream(s).boxed().toList(), true);
    }

    private final Report report = new Report(List.of("a", "base", "c"), "base", List.of(
            row("one", timed(2.0, 1.0, 3.0), timed(1.0), new Outcome.Failed("exit 1")),
            row("two", timed(0.5, 0.5), timed(2.0, 2.0), new Outcome.Missing("c not found")),
            row("three", new Outcome.Skipped(), timed(1.0), timed(0.05))), List.of("a note"));

    private static String print(java.util.function.Consumer<PrintStream> how) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        how.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ratiosAndGeometricMeans() {
        assertEquals(List.of(2.0, 0.25), report.ratios("a"));
        assertEquals(0.7071067811865476, report.geometricMean("a").orElseThrow(), 1e-12);
        assertEquals(List.of(0.05), report.ratios("c"));
        assertEquals(List.of(1.0, 1.0, 1.0), report.ratios("base"));
    }

    @Test
    void markdown() {
        assertEquals("""
                | benchmark | size | a s | a/base | base s | c s | c/base |
                |:---|---:|---:|---:|---:|---:|---:|
                | one | default | 2.000 | 2.00 | 1.000 | fail | - |
                | two | default | 0.500 | 0.25 | 2.000 | n/a | - |
                | three | default | skip | - | 1.000 | 0.050 | 0.050 |
                | geomean |  |  | 0.71 |  |  | 0.050 |

                - geometric mean of a/base: 0.71 (over 2 of 3 benchmarks)
                - geometric mean of c/base: 0.050 (over 1 of 3 benchmarks)
                - a note
                """, print(report::printMarkdown));
    }

    @Test
    void text() {
        assertEquals("""
                benchmark     size    a s  a/base  base s    c s  c/base
                ---------  -------  -----  ------  ------  -----  ------
                one        default  2.000    2.00   1.000   fail       -
                two        default  0.500    0.25   2.000    n/a       -
                three      default   skip       -   1.000  0.050   0.050
                geomean                      0.71                  0.050

                geometric mean of a/base: 0.71 (over 2 of 3 benchmarks)
                geometric mean of c/base: 0.050 (over 1 of 3 benchmarks)
                a note
                """, print(report::printText));
    }

    @Test
    void withoutTheBaselineThereAreNoRatios() {
        Report plain = new Report(List.of("a"), "base", List.of(new Report.Row("one", Optional.of("5"),
                Map.of("a", timed(1.25)))), List.of());
        assertEquals("""
                | benchmark | size | a s |
                |:---|---:|---:|
                | one | 5 | 1.250 |

                """, print(plain::printMarkdown));
    }

    @Test
    void stats() {
        assertEquals(2.0, Stats.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertEquals(4.0, Stats.geometricMean(List.of(2.0, 8.0)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Stats.median(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Stats.geometricMean(List.of(1.0, 0.0)));
    }
}
