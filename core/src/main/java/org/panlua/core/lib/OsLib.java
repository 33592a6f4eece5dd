package org.panlua.core.lib;

import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The parts of the os library ({@code loslib.c}) that need no file handles: clocks, time,
 * environment, exit and file removal and renaming. {@code os.date} and {@code os.setlocale}
 * come with the io library.
 */
public final class OsLib {
    private OsLib() {}

    public static void open(LuaState state) {
        Library lib = Library.create(state, "os", 12);
        lib.add("clock", L -> {
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            L.pushNumber(cpu >= 0 ? cpu / 1e9 : System.nanoTime() / 1e9);
            return 1;
        });
        lib.add("time", OsLib::time);
        lib.add("difftime", L -> {
            L.pushNumber(L.checkNumber(1) - L.optNumber(2, 0));
            return 1;
        });
        lib.add("getenv", L -> {
            String v = System.getenv(L.checkJavaString(1));
            if (v == null) L.pushNil();
            else L.pushString(v);
            return 1;
        });
        lib.add("exit", L -> {
            long v = L.arg(1);
            int status = v == Value.NIL_WORD || v == Value.TRUE_WORD ? 0 : v == Value.FALSE_WORD ? 1 : (int) L.checkInteger(1);
            L.state.out.flush();
            System.exit(status);
            return 0;
        });
        lib.add("remove", L -> fileResult(L, () -> Files.delete(Path.of(L.checkJavaString(1))), L.checkJavaString(1)));
        lib.add("rename", L -> fileResult(L, () -> Files.move(Path.of(L.checkJavaString(1)), Path.of(L.checkJavaString(2))),
                L.checkJavaString(1)));
        lib.add("setlocale", L -> {
            // Only the C locale exists here: querying answers "C", asking for it (or the
            // default "") succeeds, any other locale is unavailable.
            String locale = L.isNoneOrNil(1) ? null : L.checkJavaString(1);
            L.checkOption(2, "all", "all", "collate", "ctype", "monetary", "numeric", "time");
            if (locale == null || locale.equals("C") || locale.equals("") || locale.equals("POSIX")) L.pushString("C");
            else L.pushNil();
            return 1;
        });
        lib.add("tmpname", L -> {
            try {
                L.pushString(Files.createTempFile("lua_", null).toString());
            } catch (IOException e) {
                throw L.error("unable to generate a unique filename");
            }
            return 1;
        });
    }

    private interface FileAction {
        void run() throws IOException;
    }

    /** {@code true}, or nil, the message and an error number, as {@code luaL_fileresult} returns. */
    private static int fileResult(LuaThread L, FileAction action, String name) {
        try {
            action.run();
            L.pushBoolean(true);
            return 1;
        } catch (java.nio.file.NoSuchFileException e) {
            L.pushNil();
            L.pushString(name + ": No such file or directory");
            L.pushInteger(2);
            return 3;
        } catch (IOException e) {
            L.pushNil();
            L.pushString(name + ": " + (e.getMessage() == null ? "error" : e.getMessage()));
            L.pushInteger(5);
            return 3;
        }
    }

    private static int time(LuaThread L) {
        if (L.isNoneOrNil(1)) {
            L.pushInteger(System.currentTimeMillis() / 1000);
            return 1;
        }
        long t = L.checkTable(1);
        int year = field(L, t, "year", -1);
        int month = field(L, t, "month", -1);
        int day = field(L, t, "day", -1);
        int hour = field(L, t, "hour", 12);
        int min = field(L, t, "min", 0);
        int sec = field(L, t, "sec", 0);
        LocalDateTime dt = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(month - 1).plusDays(day - 1)
                .plusHours(hour).plusMinutes(min).plusSeconds(sec);
        L.pushInteger(dt.atZone(ZoneId.systemDefault()).toEpochSecond());
        return 1;
    }

    private static int field(LuaThread L, long t, String key, int def) {
        long v = L.state.getField(t, key);
        if (v == Value.NIL_WORD) {
            if (def < 0) throw L.error("field '" + key + "' missing in date table");
            return def;
        }
        Long i = org.panlua.core.vm.Conversions.toInteger(v);
        if (i == null) throw L.error("field '" + key + "' is not an integer");
        return (int) (long) i;
    }
}
