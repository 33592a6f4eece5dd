package org.panlua.bench.compile;

import org.panlua.core.code.Proto;
import org.panlua.core.compiler.Compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Compile speed in lines per second: Panlua's compiler (lexer, parser, code generator) on a
 * large generated source, warmed up, against {@code luac5.4 -p} on the same file in the same
 * run. Usage (after {@code bin/test -DskipTests}):
 * {@code java -XX:+UseParallelGC -Xms3g -Xmx3g -cp bench/target/benchmarks.jar org.panlua.bench.compile.CompileSpeed [lines]}
 * (a 200 000-line source builds a large tree: give the heap room so the figure is the
 * compiler's, not the collector's).
 */
public final class CompileSpeed {
    private CompileSpeed() {}

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        byte[] source = generate(lines);
        Path file = Files.createTempFile("panlua-compile-", ".lua");
        Files.write(file, source);
        int actualLines = countLines(source);

        for (int i = 0; i < 10; i++) compileOnce(source); // warm-up
        long[] panlua = new long[7];
        for (int i = 0; i < panlua.length; i++) panlua[i] = compileOnce(source);

        long[] luac = new long[7];
        boolean haveLuac = true;
        for (int i = 0; i < luac.length && haveLuac; i++) {
            long t = runLuac(file);
            if (t < 0) haveLuac = false;
            luac[i] = t;
        }
        Files.deleteIfExists(file);

        double panluaRate = actualLines / (median(panlua) / 1e9);
        System.out.printf("source: %d lines, %d bytes%n", actualLines, source.length);
        System.out.printf("panlua compile (warm): median %.1f ms, %.0f lines/s%n", median(panlua) / 1e6, panluaRate);
        if (haveLuac) {
            double luacRate = actualLines / (median(luac) / 1e9);
            System.out.printf("luac5.4 -p (process):  median %.1f ms, %.0f lines/s%n", median(luac) / 1e6, luacRate);
            System.out.printf("ratio panlua/luac (speed): %.2f%n", panluaRate / luacRate);
        } else {
            System.out.println("luac5.4 not found: install Debian's lua5.4 to compare");
        }
    }

    private static long compileOnce(byte[] source) {
        long t0 = System.nanoTime();
        Proto p = Compiler.compileFile(source, "@generated.lua");
        long t = System.nanoTime() - t0;
        if (p.code().length == 0) throw new AssertionError();
        return t;
    }

    private static long runLuac(Path file) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("luac5.4", "-p", file.toString()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return -1;
        }
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) return -1;
        return System.nanoTime() - t0;
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static int countLines(byte[] s) {
        int n = 0;
        for (byte b : s) if (b == '\n') n++;
        return n;
    }

    /** A mix of ordinary code: functions, locals, loops, tables, calls, strings and arithmetic. */
    static byte[] generate(int lines) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        int f = 0;
        while (n < lines) {
            b.append("function f").append(f).append("(a, b, ...)\n");
            b.append("  local t = {1, 2, 3, x = a, y = \"str").append(f).append("\", [b] = a * 2}\n");
            b.append("  for i = 1, #t do t[i] = t[i] + i * a - (b // 3) end\n");
            b.append("  if a > b and not t.x then return nil elseif a == 2 then a = a + 1 else b = b .. \"x\" end\n");
            b.append("  while a < 100 do a = a * 2 + math.floor(b / 3) end\n");
            b.append("  for k, v in pairs(t) do print(k, v, string.format(\"%d\", a)) end\n");
            b.append("  local s = ('abc'):rep(3) .. tostring(a) .. [[long\nstring]]\n");
            b.append("  return s, t, select('#', ...)\n");
            b.append("end\n");
            n += 10;
            f++;
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
