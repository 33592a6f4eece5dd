package org.panlua.core.vm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.panlua.core.lib.Libraries;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/**
 * Finds the Lua test scripts under {@code src/test/lua} and runs one in a fresh state with the
 * standard libraries, capturing what it prints.
 */
final class LuaScripts {
    /** The scripts' root, relative to the module directory (Maven's working directory for tests). */
    static final Path ROOT = Path.of("src", "test", "lua");

    private LuaScripts() {}

    /** What a run produced: the bytes printed and the error message, null on success. */
    record Outcome(byte[] output, String error) {}

    /** The {@code .lua} files of {@code ROOT/dir}, sorted by name. */
    static List<Path> scripts(String dir) {
        try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".lua")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code script} as a main chunk named after its path below {@code ROOT}. */
    static Outcome run(Path script) throws IOException {
        byte[] source = Files.readAllBytes(script);
        String chunkName = "@" + ROOT.relativize(script).toString().replace('\\', '/');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LuaState state = new LuaState(); PrintStream out = new PrintStream(bytes, true)) {
            state.out = out;
            state.err = out;
            Libraries.openStandard(state);
            LuaThread L = state.main;
            String error = null;
            try {
                long function = L.load(source, chunkName, "bt", state.globals, true);
                L.push(function);
                LuaError e = L.pcall(0, 0, Value.NIL_WORD);
                if (e != null) error = message(e);
            } catch (LuaError e) {
                error = message(e);
            }
            out.flush();
            return new Outcome(bytes.toByteArray(), error);
        }
    }

    /** The text of an error as the command line shows it. */
    static String message(LuaError e) {
        if (e.hasPendingMessage()) return e.pendingMessage();
        long v = e.value();
        if (Value.isString(v)) return LuaString.toJava(v);
        if (Value.isNumber(v)) return Text.numberText(v);
        return "(error object is a " + Value.typeName(v) + " value)";
    }
}
