package org.panlua.core.lib.os;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.panlua.core.lib.Library;
import org.panlua.core.lib.io.IoFailure;
import org.panlua.core.lib.io.IoLib;
import org.panlua.core.lib.io.IoResults;
import org.panlua.core.lib.io.Posix;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaStringCodec;
import org.panlua.memory.value.Value;

/**
 * The os library ({@code loslib.c}): {@code clock}, {@code date}, {@code difftime},
 * {@code execute}, {@code exit}, {@code getenv}, {@code remove}, {@code rename},
 * {@code setlocale}, {@code time}, {@code tmpname}. Dates use the JDK's time-zone rules for the
 * system zone (see {@link ZoneClock}); {@code os.exit} raises {@link LuaExit}.
 */
public final class OsLib {
    private OsLib() {}

    /** Opens the library in {@code state}: the {@code os} table. */
    public static void open(LuaState state) {
        Library lib = Library.create(state, "os", 12);
        lib.add("clock", L -> {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            L.pushNumber(cpu >= 0 ? cpu / 1e9 : System.nanoTime() / 1e9);
            return 1;
        });
        lib.add("date", OsLib::date);
        lib.add("time", DateTables::time);
        lib.add("difftime", L -> {
            long t1 = L.checkInteger(1);
            long t2 = L.checkInteger(2);
            L.pushNumber(difference(t1, t2));
            return 1;
        });
        lib.add("execute", OsLib::execute);
        lib.add("exit", L -> {
            int status;
            if (Value.isBoolean(L.arg(1))) status = L.toBoolean(1) ? 0 : 1;
            else status = (int) L.optInteger(1, 0);
            throw new LuaExit(status, L.toBoolean(2));
        });
        lib.add("getenv", L -> {
            String v = System.getenv(L.checkJavaString(1));
            if (v == null) L.pushNil();
            else L.pushString(v);
            return 1;
        });
        lib.add("remove", L -> {
            byte[] name = L.checkBytes(1);
            try {
                Files.delete(IoLib.path(name));
                return IoResults.success(L);
            } catch (IOException e) {
                return IoResults.failure(L, e, IoResults.cName(name));
            }
        });
        lib.add("rename", L -> {
            byte[] from = L.checkBytes(1);
            byte[] to = L.checkBytes(2);
            try {
                Files.move(IoLib.path(from), IoLib.path(to), StandardCopyOption.ATOMIC_MOVE); // rename(2), replacing
                return IoResults.success(L);
            } catch (IOException e) {
                return IoResults.failure(L, e, null); // the reference names no file here
            }
        });
        lib.add("setlocale", L -> {
            // Only the C locale exists here: querying answers "C", asking for it (or for the
            // default "", or "POSIX") succeeds, any other locale is unavailable.
            String locale = L.isNoneOrNil(1) ? null : L.checkJavaString(1);
            L.checkOption(2, "all", "all", "collate", "ctype", "monetary", "numeric", "time");
            if (locale == null || locale.equals("C") || locale.isEmpty() || locale.equals("POSIX")) L.pushString("C");
            else L.pushNil();
            return 1;
        });
        lib.add("tmpname", L -> {
            try {
                L.pushString(IoLib.temporaryFile().toString());
            } catch (IOException | RuntimeException e) {
                throw L.error("unable to generate a unique filename");
            }
            return 1;
        });
    }

    private static double difference(long t1, long t2) {
        try {
            return Math.subtractExact(t1, t2);
        } catch (ArithmeticException e) {
            return (double) t1 - (double) t2;
        }
    }

    /** {@code os.execute([command])}: runs it through {@code /bin/sh -c} and reports how it ended. */
    private static int execute(LuaThread L) {
        byte[] command = L.isNoneOrNil(1) ? null : L.checkBytes(1);
        L.state.out.flush(); // the command writes to the same descriptors as the state's streams
        L.state.err.flush();
        Posix.Result r;
        try {
            r = Posix.system(command);
        } catch (Posix.Unavailable e) {
            if (command == null) {
                L.pushBoolean(false);
                return 1;
            }
            throw L.error("'os.execute' not supported");
        }
        if (command == null) {
            L.pushBoolean(r.value() != 0);
            return 1;
        }
        if (r.value() == -1) return IoResults.failure(L, IoFailure.ofErrno(r.errno()), null);
        return IoResults.execResult(L, (int) r.value());
    }

    /** {@code os.date([format [, time]])}. */
    private static int date(LuaThread L) {
        byte[] format = L.isNoneOrNil(1) ? new byte[] {'%', 'c'} : L.checkBytes(1);
        long t = L.isNoneOrNil(2) ? System.currentTimeMillis() / 1000 : L.checkInteger(2);
        int at = 0;
        ZoneClock clock;
        if (format.length > 0 && format[0] == '!') {
            clock = ZoneClock.utc();
            at = 1;
        } else {
            clock = ZoneClock.system();
        }
        BrokenDownTime fields = clock.fields(t);
        if (fields == null) throw L.error("date result cannot be represented in this installation");
        if (format.length - at >= 2 && format[at] == '*' && format[at + 1] == 't'
                && (format.length - at == 2 || format[at + 2] == 0)) { // compared as C strings
            DateTables.push(L, fields);
            return 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(format.length + 16);
        StringBuilder item = new StringBuilder(32);
        while (at < format.length) {
            byte b = format[at++];
            if (b != '%') {
                out.write(b);
                continue;
            }
            int n = Strftime.specifierLength(format, at, format.length);
            if (n == 0) {
                int end = at;
                while (end < format.length && format[end] != 0) end++;
                String rest = LuaStringCodec.decode(format, at, end - at);
                throw L.argError(1, "invalid conversion specifier '%" + rest + "'");
            }
            item.setLength(0);
            Strftime.convert((char) format[at + n - 1], fields, item);
            out.writeBytes(item.toString().getBytes(StandardCharsets.ISO_8859_1));
            at += n;
        }
        L.pushBytes(out.toByteArray());
        return 1;
    }
}
