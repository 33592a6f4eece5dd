package org.panlua.core.lib.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.panlua.core.lib.Library;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaStringCodec;
import org.panlua.memory.value.Value;

/**
 * The io library ({@code liolib.c}): {@code io.open}, {@code io.popen}, {@code io.tmpfile},
 * {@code io.input}/{@code io.output} (the default files live in the registry as
 * {@code _IO_input}/{@code _IO_output}), {@code io.read}, {@code io.write}, {@code io.lines},
 * {@code io.close}, {@code io.flush}, {@code io.type} and the standard streams. Files are byte
 * streams ({@link LuaFile}) over file channels, the state's print streams or pipes; see
 * {@code docs/stdlib-io.md}.
 */
public final class IoLib {
    private IoLib() {}

    private static final String INPUT = "_IO_input";
    private static final String OUTPUT = "_IO_output";
    private static final String OPEN_FILES = "_IO_files";

    /** Opens the library in {@code state}: the {@code io} table, the handles' metatable, the standard files. */
    public static void open(LuaState state) {
        FileHandles.createMetatable(state);
        OpenFiles files = new OpenFiles();
        state.setField(state.registry, OPEN_FILES, state.userdata(files, 0));
        Library lib = Library.create(state, "io", 16);
        long input = state.string(INPUT);
        long output = state.string(OUTPUT);
        long io = lib.table();
        state.setField(io, "open", state.function(L -> ioOpen(L, files)));
        state.setField(io, "popen", state.function(L -> popen(L, files)));
        state.setField(io, "tmpfile", state.function(L -> tmpfile(L, files)));
        state.setField(io, "input", state.function(L -> setDefault(L, "r", files), input));
        state.setField(io, "output", state.function(L -> setDefault(L, "w", files), output));
        state.setField(io, "read", state.function(L -> FileReads.read(L, defaultFile(L, "input"), 1), input));
        state.setField(io, "write", state.function(L -> {
            LuaFile f = defaultFile(L, "output");
            return FileHandles.write(L, f, 1, registry(L, L.upvalue(0)));
        }, output));
        state.setField(io, "lines", state.function(L -> lines(L, files), input));
        state.setField(io, "close", state.function(L -> {
            if (L.isNone(1)) L.push(registry(L, L.upvalue(0)));
            return FileHandles.close(L, FileHandles.open(L, 1));
        }, output));
        state.setField(io, "flush", state.function(L -> FileHandles.flush(L, defaultFile(L, "output")), output));
        lib.add("type", L -> {
            L.checkAny(1);
            LuaFile f = FileHandles.fileOf(L.state, L.arg(1));
            if (f == null) L.pushNil();
            else L.pushString(f.isClosed() ? "closed file" : "file");
            return 1;
        });
        long stdin = FileHandles.newHandle(state,
                new LuaFile(new InputRaw(System.in), LuaFile.Kind.STANDARD, true, false), null);
        long stdout = FileHandles.newHandle(state,
                new LuaFile(new PrintRaw(state, false), LuaFile.Kind.STANDARD, false, true), null);
        LuaFile err = new LuaFile(new PrintRaw(state, true), LuaFile.Kind.STANDARD, false, true);
        try {
            err.setBuffering(LuaFile.Buffering.NO); // stderr is unbuffered in C
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long stderr = FileHandles.newHandle(state, err, null);
        state.setField(io, "stdin", stdin);
        state.setField(io, "stdout", stdout);
        state.setField(io, "stderr", stderr);
        state.setField(state.registry, INPUT, stdin);
        state.setField(state.registry, OUTPUT, stdout);
    }

    /**
     * Flushes every open file of {@code state} and its standard output and error, as C's
     * {@code exit} flushes all streams. For embedders and the command line ({@code os.exit}).
     */
    public static void flushAll(LuaState state) {
        OpenFiles files = openFiles(state);
        if (files != null) files.flushAll();
        state.out.flush();
        state.err.flush();
    }

    /**
     * Closes every open file of {@code state} (waiting for the commands of {@code io.popen}) and
     * flushes the standard streams: what the finalizers do when the reference closes a state.
     */
    public static void closeAll(LuaState state) {
        OpenFiles files = openFiles(state);
        if (files != null) files.closeAll();
        state.out.flush();
        state.err.flush();
    }

    private static OpenFiles openFiles(LuaState state) {
        return state.userdataObject(state.getField(state.registry, OPEN_FILES)) instanceof OpenFiles f ? f : null;
    }

    private static long registry(LuaThread L, long key) {
        return L.state.tables.getString(Value.address(L.state.registry), key);
    }

    /** The default file named by the function's upvalue, which must be open ({@code getiofile}). */
    private static LuaFile defaultFile(LuaThread L, String what) {
        LuaFile f = FileHandles.fileOf(L.state, registry(L, L.upvalue(0)));
        if (f == null || f.isClosed()) throw L.error("default " + what + " file is closed");
        return f;
    }

    /** {@code io.input}/{@code io.output}: sets the default file by name or handle, returns it. */
    private static int setDefault(LuaThread L, String mode, OpenFiles files) {
        long key = L.upvalue(0);
        if (!L.isNoneOrNil(1)) {
            long v = L.arg(1);
            long handle;
            if (Value.isString(v) || Value.isNumber(v)) {
                handle = openOrRaise(L, L.checkBytes(1), mode, files);
            } else {
                FileHandles.open(L, 1);
                handle = v;
            }
            L.push(handle);
            L.state.tables.set(Value.address(L.state.registry), key, handle);
        }
        L.push(registry(L, key));
        return 1;
    }

    private static int ioOpen(LuaThread L, OpenFiles files) {
        byte[] name = L.checkBytes(1);
        byte[] mode = L.optBytes(2, new byte[] {'r'});
        if (!validMode(mode)) throw L.argError(2, "invalid mode");
        try {
            L.push(FileHandles.newHandle(L.state, openFile(name, mode), files));
            return 1;
        } catch (IOException e) {
            return IoResults.failure(L, e, IoResults.cName(name));
        }
    }

    /** {@code opencheck}: a handle for the file, or the error {@code cannot open file}. */
    private static long openOrRaise(LuaThread L, byte[] name, String mode, OpenFiles files) {
        try {
            return FileHandles.newHandle(L.state, openFile(name, new byte[] {(byte) mode.charAt(0)}), files);
        } catch (IOException e) {
            throw L.error("cannot open file '" + LuaStringCodec.decode(IoResults.cName(name)) + "' ("
                    + IoFailure.of(e).message() + ")");
        }
    }

    /** C's {@code fopen} modes: {@code [rwa]%+?b*}. */
    static boolean validMode(byte[] mode) {
        if (mode.length == 0 || (mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a')) return false;
        int i = 1;
        if (i < mode.length && mode[i] == '+') i++;
        while (i < mode.length && mode[i] == 'b') i++;
        return i == mode.length;
    }

    /** Opens {@code name} as {@code fopen(name, mode)} would (mode already checked). */
    static LuaFile openFile(byte[] name, byte[] mode) throws IOException {
        char kind = (char) mode[0];
        boolean update = mode.length > 1 && mode[1] == '+';
        Set<OpenOption> options = new HashSet<>();
        if (kind == 'r' || update) options.add(StandardOpenOption.READ);
        if (kind != 'r' || update) options.add(StandardOpenOption.WRITE);
        if (kind != 'r') options.add(StandardOpenOption.CREATE);
        if (kind == 'w') options.add(StandardOpenOption.TRUNCATE_EXISTING);
        FileChannel channel = FileChannel.open(path(name), options);
        return new LuaFile(new FileRaw(channel, kind == 'a'), LuaFile.Kind.FILE, kind == 'r' || update, kind != 'r' || update);
    }

    /** The path a Lua file name (bytes, up to the first NUL) stands for. */
    public static Path path(byte[] name) throws IOException {
        byte[] c = IoResults.cName(name);
        if (c.length == 0) throw new ErrnoException(IoFailure.ENOENT);
        try {
            return Path.of(LuaStringCodec.decode(c));
        } catch (InvalidPathException e) {
            throw new ErrnoException(IoFailure.ENOENT);
        }
    }

    private static int popen(LuaThread L, OpenFiles files) {
        byte[] command = L.checkBytes(1);
        byte[] mode = L.optBytes(2, new byte[] {'r'});
        if (mode.length != 1 || (mode[0] != 'r' && mode[0] != 'w')) throw L.argError(2, "invalid mode");
        flushAll(L.state); // as C's popen is preceded by fflush(NULL)
        Posix.Result r;
        try {
            r = Posix.popen(command, mode[0] == 'r' ? "r" : "w");
        } catch (Posix.Unavailable e) {
            throw L.error("'popen' not supported");
        }
        if (r.value() == 0) return IoResults.failure(L, IoFailure.ofErrno(r.errno()), IoResults.cName(command));
        LuaFile f = new LuaFile(new PipeRaw(r.value()), LuaFile.Kind.PROCESS, mode[0] == 'r', mode[0] == 'w');
        L.push(FileHandles.newHandle(L.state, f, files));
        return 1;
    }

    private static int tmpfile(LuaThread L, OpenFiles files) {
        try {
            Path p = temporaryFile();
            FileChannel channel = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Files.delete(p); // nameless from now on, gone when closed, as C's tmpfile
            L.push(FileHandles.newHandle(L.state, new LuaFile(new FileRaw(channel, false), LuaFile.Kind.FILE, true, true), files));
            return 1;
        } catch (IOException e) {
            return IoResults.failure(L, e, null);
        }
    }

    /**
     * Creates a new empty file only its owner may read and write, named as C's {@code mkstemp}
     * names it from {@code /tmp/lua_XXXXXX} (the JDK's temporary directory when there is no
     * {@code /tmp}).
     */
    public static Path temporaryFile() throws IOException {
        Path dir = Path.of("/tmp");
        if (!Files.isDirectory(dir)) dir = Path.of(System.getProperty("java.io.tmpdir"));
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        java.util.Random random = java.util.concurrent.ThreadLocalRandom.current();
        Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        for (int attempt = 0; ; attempt++) {
            StringBuilder name = new StringBuilder("lua_");
            for (int i = 0; i < 6; i++) name.append(letters.charAt(random.nextInt(letters.length())));
            try {
                Path p = dir.resolve(name.toString());
                try {
                    return Files.createFile(p, PosixFilePermissions.asFileAttribute(ownerOnly));
                } catch (UnsupportedOperationException e) {
                    return Files.createFile(p);
                }
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** {@code io.lines([name, ...])}: a file opened by name is closed at its end (and by the loop's closing value). */
    private static int lines(LuaThread L, OpenFiles files) {
        if (L.isNone(1)) L.pushNil();
        boolean toClose;
        if (L.arg(1) == Value.NIL_WORD) {
            L.setArg(1, registry(L, L.upvalue(0)));
            FileHandles.open(L, 1);
            toClose = false;
        } else {
            L.setArg(1, openOrRaise(L, L.checkBytes(1), "r", files));
            toClose = true;
        }
        FileHandles.lines(L, toClose);
        if (!toClose) return 1;
        long file = L.arg(1);
        L.pushNil();
        L.pushNil();
        L.push(file);
        return 4;
    }
}
