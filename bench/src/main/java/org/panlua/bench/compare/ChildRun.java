package org.panlua.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The result of running one child process to completion: its wall-clock time, exit status
 * and output. Output goes to temporary files rather than pipes, so the parent does no work
 * while the child runs and a chatty child can never block on a full pipe.
 *
 * @param seconds  wall-clock time from start to exit
 * @param exitCode the exit status ({@code -1} when it timed out or could not start)
 * @param stdout   everything written to standard output
 * @param stderr   everything written to standard error, or why the process did not run
 * @param timedOut whether it was killed for taking longer than allowed
 */
public record ChildRun(double seconds, int exitCode, String stdout, String stderr, boolean timedOut) {

    /** Whether the child exited normally with status 0. */
    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** Runs a command in a directory and waits for it, at most {@code timeoutSeconds}. */
    public static ChildRun run(List<String> command, Path directory, double timeoutSeconds) {
        Path out = null, err = null;
        try {
            out = Files.createTempFile("panlua-compare-", ".out");
            err = Files.createTempFile("panlua-compare-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            boolean finished = process.waitFor((long) (timeoutSeconds * 1e3), TimeUnit.MILLISECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            String stdout = Files.readString(out, StandardCharsets.ISO_8859_1);
            String stderr = Files.readString(err, StandardCharsets.ISO_8859_1);
            return new ChildRun(seconds, finished ? process.exitValue() : -1, stdout, stderr, !finished);
        } catch (IOException e) {
            return new ChildRun(0, -1, "", "cannot run " + command.getFirst() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ChildRun(0, -1, "", "interrupted", false);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is not worth failing a measurement for
        }
    }
}
