package org.panlua.core.lib.os;

import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

/**
 * Date tables ({@code year month day hour min sec wday yday isdst}): made by
 * {@code os.date("*t")}, read (and normalised in place) by {@code os.time(table)}.
 */
final class DateTables {
    private DateTables() {}

    /** Pushes a new table with the fields of {@code t}. */
    static void push(LuaThread L, BrokenDownTime t) {
        long table = L.state.newTable(0, 9);
        L.push(table);
        fill(L, table, t);
    }

    private static void fill(LuaThread L, long table, BrokenDownTime t) {
        set(L, table, "year", t.year());
        set(L, table, "month", t.month());
        set(L, table, "day", t.day());
        set(L, table, "hour", t.hour());
        set(L, table, "min", t.min());
        set(L, table, "sec", t.sec());
        set(L, table, "yday", t.yday() + 1);
        set(L, table, "wday", t.wday() + 1);
        L.setIndex(table, L.state.string("isdst"), Value.ofBoolean(t.isdst()));
    }

    private static void set(LuaThread L, long table, String key, long v) {
        L.setIndex(table, L.state.string(key), L.state.integer(v));
    }

    /** {@code os.time([table])}. */
    static int time(LuaThread L) {
        if (L.isNoneOrNil(1)) {
            L.pushInteger(Math.floorDiv(System.currentTimeMillis(), 1000));
            return 1;
        }
        long table = L.checkTable(1);
        L.setTop(1);
        long year = field(L, table, "year", -1, 1900);
        long month = field(L, table, "month", -1, 1);
        long day = field(L, table, "day", -1, 0);
        long hour = field(L, table, "hour", 12, 0);
        long min = field(L, table, "min", 0, 0);
        long sec = field(L, table, "sec", 0, 0);
        long isdstValue = L.index(table, L.state.string("isdst"));
        int isdst = isdstValue == Value.NIL_WORD ? -1 : Value.isFalsy(isdstValue) ? 0 : 1;
        ZoneClock clock = ZoneClock.system();
        long t = clock.time(year + 1900, month, day, hour, min, sec, isdst);
        BrokenDownTime normal = clock.fields(t);
        if (normal == null || t == -1) throw L.error("time result cannot be represented in this installation");
        fill(L, table, normal);
        L.pushInteger(t);
        return 1;
    }

    /**
     * Field {@code key} less {@code delta} as C's {@code int} field of {@code struct tm}
     * ({@code getfield}): {@code def} when absent (an error when there is no default).
     */
    private static long field(LuaThread L, long table, String key, int def, int delta) {
        long v = L.index(table, L.state.string(key));
        Long i = LuaThread.toInteger(v);
        if (i == null) {
            if (v != Value.NIL_WORD) throw L.error("field '" + key + "' is not an integer");
            if (def < 0) throw L.error("field '" + key + "' missing in date table");
            return def;
        }
        long r = i;
        if (!(r >= 0 ? r - delta <= Integer.MAX_VALUE : Integer.MIN_VALUE + delta <= r)) {
            throw L.error("field '" + key + "' is out-of-bound");
        }
        return r - delta;
    }
}
