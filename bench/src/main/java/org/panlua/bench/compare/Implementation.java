package org.panlua.bench.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Lua implementation the comparison can run: a command line to which the script and its
 * size are appended.
 *
 * @param name      the name used in options and in the table's columns
 * @param command   the command and its fixed arguments, before the script
 * @param missing   why it cannot run on this machine, or empty when it can
 * @param runsLua54 whether it runs programs that need Lua 5.4 (LuaJIT and LuaJ do not)
 */
public record Implementation(String name, List<String> command, Optional<String> missing, boolean runsLua54) {

    /** The names of the built-in implementations, in the default order of the columns. */
    public static final List<String> STANDARD = List.of("panlua", "lua5.4", "luajit", "luaj");

    /** Whether it can run on this machine. */
    public boolean available() {
        return missing.isEmpty();
    }

    /** The command line that asks for the version (it also makes {@code bin/panlua} build, untimed). */
    public List<String> versionCommand() {
        List<String> line = new ArrayList<>(command);
        line.add("-v");
        return line;
    }

    /** The full command line for a script, with the size argument when one is given. */
    public List<String> commandFor(Path script, Optional<String> size) {
        List<String> line = new ArrayList<>(command);
        line.add(script.toString());
        size.ifPresent(line::add);
        return line;
    }

    /**
     * A built-in implementation by name: {@code panlua} (the project's {@code bin/panlua}
     * under {@code root}), {@code lua5.4} and {@code luajit} (looked up on the PATH) or
     * {@code luaj} (LuaJ's {@code lua} class in a child JVM).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Implementation standard(String name, Path root, Optional<Path> luajJar) {
        return switch (name) {
            case "panlua" -> {
                Path launcher = root.resolve("bin").resolve("panlua");
                List<String> command = List.of(launcher.toString());
                yield new Implementation(name, command,
                        Files.isExecutable(launcher) ? Optional.empty() : Optional.of(launcher + " not found"),
                        true);
            }
            case "lua5.4", "luajit" -> fromPath(name, List.of(name), name.equals("lua5.4"));
            case "luaj" -> {
                Optional<Path> jar = luajJar.or(LuajLocator::find);
                List<String> command = List.of(javaLauncher(), "-cp", jar.map(Path::toString).orElse("?"), "lua");
                yield new Implementation(name, command,
                        jar.isPresent() ? Optional.empty() : Optional.of("LuaJ jar not found (use --luaj-jar)"),
                        false);
            }
            default -> throw new IllegalArgumentException("unknown implementation '" + name
                    + "' (known: " + String.join(", ", STANDARD) + "; add others with --with NAME=COMMAND)");
        };
    }

    /**
     * An implementation given on the command line as {@code NAME=COMMAND ARGS...} (split at
     * spaces); it is assumed to run Lua 5.4 programs.
     *
     * @throws IllegalArgumentException when the text has no name or no command
     */
    public static Implementation custom(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("--with needs NAME=COMMAND, got '" + spec + "'");
        }
        String name = spec.substring(0, eq).strip();
        List<String> command = Arrays.stream(spec.substring(eq + 1).strip().split("\\s+")).toList();
        return fromPath(name, command, true);
    }

    private static Implementation fromPath(String name, List<String> command, boolean runsLua54) {
        String program = command.getFirst();
        Optional<String> missing = Executables.locate(program).isPresent()
                ? Optional.empty() : Optional.of(program + " not found");
        return new Implementation(name, command, missing, runsLua54);
    }

    /** The {@code java} launcher of the running JVM, for child JVMs. */
    static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
