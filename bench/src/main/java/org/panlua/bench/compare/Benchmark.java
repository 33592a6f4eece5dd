package org.panlua.bench.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One benchmark program: a Lua script that takes an optional size as {@code arg[1]} and prints
 * a checksum line. Its header comments may carry two tags the comparison reads:
 * {@code -- @quick N} (the size for a quick smoke run) and {@code -- @lua54-only} (the program
 * needs Lua 5.4 features, so implementations of older dialects are not asked to run it).
 *
 * @param name      the file name without {@code .lua}
 * @param script    the path of the script
 * @param quickSize the size of a quick run, if the header gives one
 * @param lua54Only whether the program needs Lua 5.4
 */
public record Benchmark(String name, Path script, Optional<String> quickSize, boolean lua54Only) {

    /** Every {@code *.lua} file of a directory, sorted by name. */
    public static List<Benchmark> discover(Path dir) {
        List<Benchmark> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".lua") && Files.isRegularFile(file)) found.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the benchmarks in " + dir, e);
        }
        return found;
    }

    /** Reads the tags of the leading comment block of a script. */
    static Benchmark read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".lua".length());
        Optional<String> quick = Optional.empty();
        boolean only54 = false;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String t = line.strip();
            if (!t.startsWith("--")) break; // tags live in the header only
            String tag = t.substring(2).strip();
            if (tag.startsWith("@quick")) {
                String value = tag.substring("@quick".length()).strip();
                if (!value.isEmpty()) quick = Optional.of(value);
            } else if (tag.equals("@lua54-only")) {
                only54 = true;
            }
        }
        return new Benchmark(name, file, quick, only54);
    }
}
