package org.panlua.core.lib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random numbers and random specifications, formatted by the reference interpreter
 * ({@code lua5.4}, or the executable named by {@code PANLUA_LUA}) and here, compared byte for
 * byte. Numbers travel to Lua as bit patterns, so the comparison does not depend on either
 * side's parsing. Skipped when no reference interpreter is installed; the fixed tables of
 * the other tests hold outputs taken from it.
 */
class ReferenceFormatDifferentialTest {
    private static final int CASES = 6000;

    static String findLua() {
        String configured = System.getenv("PANLUA_LUA");
        if (configured != null && !configured.isEmpty()) return configured;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "lua5.4");
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return null;
    }

    /** One case: a format of one conversion and a value, a float given by its bits or an integer. */
    record Case(String fmt, long bits, boolean isFloat) {}

    @Test
    void sameTextAsTheReferenceInterpreter() throws Exception {
        String lua = findLua();
        assumeTrue(lua != null, "no reference interpreter: lua5.4 is not on the PATH and PANLUA_LUA is unset");
        List<Case> cases = cases(new SplittableRandom(0x5eed));
        List<String> expected = runReference(lua, cases);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String actual;
            if (c.fmt().equals("tostring")) {
                actual = LuaNumberText.floatToString(Double.longBitsToDouble(c.bits()));
            } else {
                Object v = c.isFloat() ? (Object) Double.longBitsToDouble(c.bits()) : (Object) c.bits();
                actual = TestArgs.format(c.fmt(), v);
            }
            if (!expected.get(i).equals(actual) && failures.size() < 40) {
                failures.add(c.fmt() + " " + (c.isFloat() ? Double.longBitsToDouble(c.bits()) + " " + Long.toHexString(c.bits()) : c.bits())
                        + "\n  reference: " + expected.get(i) + "\n  panlua:    " + actual);
            }
        }
        assertEquals(CASES, cases.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<Case> cases(SplittableRandom rnd) {
        List<Case> cases = new ArrayList<>();
        String floatConvs = "eEfgGaA";
        String intConvs = "diuoxXc";
        while (cases.size() < CASES) {
            int kind = rnd.nextInt(10);
            if (kind < 3) {
                cases.add(new Case("tostring", Double.doubleToRawLongBits(randomDouble(rnd)), true));
            } else if (kind < 8) {
                char conv = floatConvs.charAt(rnd.nextInt(floatConvs.length()));
                cases.add(new Case(spec(rnd, "-+#0 ", true, conv), Double.doubleToRawLongBits(randomDouble(rnd)), true));
            } else {
                char conv = intConvs.charAt(rnd.nextInt(intConvs.length()));
                String flags = switch (conv) {
                    case 'd', 'i' -> "-+0 ";
                    case 'u' -> "-0";
                    case 'c' -> "-";
                    default -> "-#0";
                };
                cases.add(new Case(spec(rnd, flags, conv != 'c', conv), randomLong(rnd), false));
            }
        }
        return cases;
    }

    private static String spec(SplittableRandom rnd, String flags, boolean precision, char conv) {
        StringBuilder sb = new StringBuilder("%");
        for (int i = rnd.nextInt(3); i > 0; i--) sb.append(flags.charAt(rnd.nextInt(flags.length())));
        if (rnd.nextInt(3) == 0) sb.append(1 + rnd.nextInt(rnd.nextBoolean() ? 9 : 40));
        if (precision && rnd.nextInt(3) != 0) {
            sb.append('.');
            int r = rnd.nextInt(10);
            if (r < 6) sb.append(rnd.nextInt(18));
            else if (r < 9) sb.append(rnd.nextInt(100));
        }
        return sb.append(conv).toString();
    }

    static double randomDouble(SplittableRandom rnd) {
        return switch (rnd.nextInt(9)) {
            case 0 -> Double.longBitsToDouble(rnd.nextLong()); // any bits: NaNs, subnormals, huge
            case 1 -> rnd.nextInt(2000) / 8.0 - 100;
            case 2 -> (rnd.nextLong(2_000_000_001L) - 1_000_000_000L) / Math.pow(10, rnd.nextInt(12));
            case 3 -> Math.pow(10, rnd.nextInt(-330, 310)) * (rnd.nextBoolean() ? 1 : -1);
            case 4 -> Math.nextUp(Math.pow(10, rnd.nextInt(-30, 30)) * (0.5 + rnd.nextInt(20) / 2.0));
            case 5 -> Math.nextDown(Math.pow(10, rnd.nextInt(-30, 30)) * (0.5 + rnd.nextInt(20) / 2.0));
            case 6 -> rnd.nextDouble() * Math.pow(2, rnd.nextInt(-80, 80));
            case 7 -> Double.longBitsToDouble(rnd.nextLong(1L << 53)); // subnormal or tiny
            default -> (double) rnd.nextLong() / (1L << rnd.nextInt(64));
        };
    }

    private static long randomLong(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> rnd.nextLong();
            case 1 -> rnd.nextInt(-300, 300);
            case 2 -> rnd.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            default -> rnd.nextLong() >> rnd.nextInt(64);
        };
    }

    /** Runs all cases in one interpreter; each result comes back as {@code length:bytes}. */
    private static List<String> runReference(String lua, List<Case> cases) throws Exception {
        StringBuilder script = new StringBuilder("""
                local function f(b) return (string.unpack("<d", string.pack("<i8", b))) end
                local out = {}
                local function put(s) out[#out + 1] = #s .. ":" .. s end
                """);
        for (Case c : cases) {
            String value = c.isFloat() ? "f(" + literal(c.bits()) + ")" : literal(c.bits());
            if (c.fmt().equals("tostring")) script.append("put(tostring(").append(value).append("))\n");
            else script.append("put(string.format(\"").append(c.fmt()).append("\", ").append(value).append("))\n");
        }
        script.append("io.write(table.concat(out))\n");
        Path file = Files.createTempFile("panlua-format", ".lua");
        try {
            Files.writeString(file, script.toString());
            Process p = new ProcessBuilder(lua, file.toString()).redirectErrorStream(true).start();
            byte[] bytes = p.getInputStream().readAllBytes();
            assertEquals(0, p.waitFor(), new String(bytes, StandardCharsets.ISO_8859_1));
            String all = new String(bytes, StandardCharsets.ISO_8859_1);
            List<String> results = new ArrayList<>();
            int i = 0;
            while (i < all.length()) {
                int colon = all.indexOf(':', i);
                int n = Integer.parseInt(all.substring(i, colon));
                results.add(all.substring(colon + 1, colon + 1 + n));
                i = colon + 1 + n;
            }
            return results;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** An integer literal Lua reads back exactly (math.mininteger has no decimal literal). */
    private static String literal(long v) {
        return v == Long.MIN_VALUE ? "math.mininteger" : Long.toString(v);
    }
}
