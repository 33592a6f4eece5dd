package org.panlua.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The outcome of running a program to its end: exit status, standard output and error. */
record ProcessRun(int status, String out, String err) {

    /**
     * Runs {@code command} in {@code dir} with the Lua variables of this environment removed and
     * {@code env} added, standard input from {@code stdin} (or empty).
     */
    static ProcessRun of(List<String> command, Path dir, Map<String, String> env, Path stdin) throws Exception {
        return of(command, dir, env, stdin, 180);
    }

    /** The same, giving up after {@code timeoutSeconds}. */
    static ProcessRun of(List<String> command, Path dir, Map<String, String> env, Path stdin, int timeoutSeconds)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LUA_") || k.startsWith("PANLUA_"));
        pb.environment().putAll(env);
        pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.from(stdin.toFile()));
        Process p = pb.start();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new ProcessRun(p.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    /** Whether {@code program} is found on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) return true;
        }
        return false;
    }
}
