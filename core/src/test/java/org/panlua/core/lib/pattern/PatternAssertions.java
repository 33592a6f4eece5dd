package org.panlua.core.lib.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.panlua.core.vm.LuaError;

/**
 * Runs the string-library searches on Java strings (one char per byte, ISO-8859-1) and
 * compares a rendering of their results with the one the reference interpreter printed for
 * the same call: values joined by commas, strings in single quotes, positions 1-based, nil
 * as {@code nil}, an error as {@code error: message} (without its position).
 */
final class PatternAssertions {
    /** The {@code n} of gsub when the argument is absent (subject length plus one). */
    static final long ALL = Long.MIN_VALUE;

    private PatternAssertions() {}

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(byte[] a, int from, int length) {
        return new String(a, from, length, StandardCharsets.ISO_8859_1);
    }

    static void find(String s, String p, long init, boolean plain, String expected) {
        assertEquals(expected, outcome(() -> {
            PatternMatcher m = new PatternMatcher();
            byte[] sb = b(s);
            byte[] pb = b(p);
            int start = StringFind.find(m, sb, sb.length, pb, pb.length, init, plain);
            if (start < 0) return "nil";
            List<Object> values = new ArrayList<>();
            values.add((long) start + 1);
            values.add((long) m.matchEnd());
            values.addAll(values(m, m.captureCount()));
            return render(values);
        }), () -> "find(" + s + ", " + p + ")");
    }

    static void match(String s, String p, long init, String expected) {
        assertEquals(expected, outcome(() -> {
            PatternMatcher m = new PatternMatcher();
            byte[] sb = b(s);
            byte[] pb = b(p);
            if (StringFind.match(m, sb, sb.length, pb, pb.length, init) < 0) return "nil";
            return render(values(m, m.resultCount()));
        }), () -> "match(" + s + ", " + p + ")");
    }

    static void gmatch(String s, String p, long init, String expected) {
        assertEquals(expected, outcome(() -> {
            byte[] sb = b(s);
            byte[] pb = b(p);
            GmatchState g = new GmatchState(sb, sb.length, pb, pb.length, init);
            StringBuilder out = new StringBuilder();
            while (g.next()) {
                out.append('(').append(render(values(g.matcher(), g.matcher().resultCount())))
                        .append(')');
            }
            return "'" + out + "'";
        }), () -> "gmatch(" + s + ", " + p + ")");
    }

    static void gsub(String s, String p, String repl, long n, String expected) {
        byte[] rb = b(repl);
        assertGsub(s, p, n, new ReplacementString(rb, rb.length), expected);
    }

    /** A function replacement, one of those the generator of the expected values knows. */
    static void gsubFunction(String s, String p, String kind, long n, String expected) {
        Function<List<Object>, String> f = switch (kind) {
            case "upper" -> v -> asciiUpper((String) v.get(0));
            case "none", "false_" -> v -> null;
            case "join" -> v -> "<" + String.join("|", v.stream().map(PatternAssertions::plain)
                    .toList()) + ">";
            case "count" -> v -> Integer.toString(v.size());
            default -> throw new IllegalArgumentException(kind);
        };
        assertGsub(s, p, n, call(f), expected);
    }

    /** A table replacement written {@code key=value,...}, {@code !} standing for false. */
    static void gsubTable(String s, String p, String spec, long n, String expected) {
        Map<String, String> table = new HashMap<>();
        for (String pair : spec.split(",")) {
            int eq = pair.indexOf('=');
            if (eq >= 0) table.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        assertGsub(s, p, n, (m, out) -> {
            Object key = values(m, 1).get(0);
            String value = key instanceof String k ? table.get(k) : null;
            if (value == null || value.equals("!")) return false;
            out.append(b(value));
            return true;
        }, expected);
    }

    /** The way the runtime turns a function into a replacement. */
    static Replacement call(Function<List<Object>, String> f) {
        return (m, out) -> {
            String r = f.apply(values(m, m.resultCount()));
            if (r == null) return false;
            out.append(b(r));
            return true;
        };
    }

    private static void assertGsub(String s, String p, long n, Replacement r, String expected) {
        assertEquals(expected, outcome(() -> {
            byte[] sb = b(s);
            byte[] pb = b(p);
            long max = n == ALL ? sb.length + 1L : n;
            GsubResult g = Gsub.gsub(new PatternMatcher(), sb, sb.length, pb, pb.length, max, r,
                    new ByteBuilder());
            if (!g.changed()) assertEquals(sb, g.bytes(), "unchanged result is the subject");
            return render(List.of(text(g.bytes(), 0, g.length()), g.count()));
        }), () -> "gsub(" + s + ", " + p + ")");
    }

    /** The values of a match: strings, or positions as 1-based longs. */
    static List<Object> values(PatternMatcher m, int count) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = m.captureLength(i);
            int start = m.captureStart(i);
            if (length == PatternMatcher.POSITION) values.add((long) start + 1);
            else values.add(text(m.subject(), start, length));
        }
        return values;
    }

    static String render(List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) parts.add(v instanceof String s ? "'" + s + "'" : v.toString());
        return String.join(",", parts);
    }

    /** {@code string.upper} in the C locale: only a-z change. */
    private static String asciiUpper(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        return out.toString();
    }

    private static String plain(Object v) {
        return v.toString();
    }

    static String outcome(Supplier<String> action) {
        try {
            return action.get();
        } catch (LuaError e) {
            return "error: " + e.getMessage();
        }
    }
}
