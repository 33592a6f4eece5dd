package org.panlua.bench.compare;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Finds a jar (or directory) holding LuaJ's command-line class {@code lua}: preferably LuaJ's
 * own jar in the local Maven repository, else wherever this JVM loaded the class from (the
 * shaded benchmarks jar carries it too).
 */
final class LuajLocator {
    static final String VERSION = "3.0.1";

    private LuajLocator() {}

    static Optional<Path> find() {
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "luaj", "luaj-jse",
                VERSION, "luaj-jse-" + VERSION + ".jar");
        if (Files.isRegularFile(m2)) return Optional.of(m2);
        return loadedFrom();
    }

    private static Optional<Path> loadedFrom() {
        try {
            Class<?> main = Class.forName("lua", false, LuajLocator.class.getClassLoader());
            CodeSource source = main.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return Optional.empty();
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (ClassNotFoundException | URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
