package org.panlua.core.lib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code os.time}'s {@code mktime} and {@code os.date}'s {@code localtime} in zones with summer
 * time, around its changes (gaps and repeated hours) and with {@code isdst} asked for against
 * the season. Expected values from the reference interpreter run with {@code TZ} set:
 * {@code TZ=Europe/Berlin lua5.4 -e "t = {...}; print(os.time(t), t.hour, t.min, t.isdst)"}.
 */
class ZoneClockTest {

    @ParameterizedTest
    @CsvSource({
        // zone, year, month, day, hour, min, isdst (-1: nil), time, then the normalised hour, min, isdst
        "Europe/Berlin, 2024, 3, 31, 2, 30, -1, 1711848600, 3, 30, true",
        "Europe/Berlin, 2024, 10, 27, 2, 30, -1, 1729992600, 2, 30, false",
        "Europe/Berlin, 2024, 10, 27, 2, 30, 0, 1729992600, 2, 30, false",
        "Europe/Berlin, 2024, 10, 27, 2, 30, 1, 1729989000, 2, 30, true",
        "Europe/Berlin, 2024, 3, 31, 2, 30, 1, 1711845000, 1, 30, false",
        "Europe/Berlin, 2024, 1, 1, 12, 0, 1, 1704103200, 11, 0, false",
        "Europe/Berlin, 2024, 7, 1, 12, 0, 0, 1719831600, 13, 0, true",
        "Europe/Berlin, 2024, 7, 1, 12, 0, -1, 1719828000, 12, 0, true",
        "America/New_York, 2024, 10, 27, 2, 30, 0, 1730014200, 3, 30, true",
        "America/New_York, 2024, 3, 10, 2, 30, -1, 1710055800, 3, 30, true",
        "America/New_York, 2024, 11, 3, 1, 30, -1, 1730615400, 1, 30, false",
        "America/New_York, 2024, 1, 1, 12, 0, 1, 1704124800, 11, 0, false",
        "Australia/Lord_Howe, 2024, 10, 27, 2, 30, 0, 1729958400, 3, 0, true",
        "Australia/Lord_Howe, 2024, 7, 1, 12, 0, -1, 1719797400, 12, 0, false",
        "Australia/Lord_Howe, 2024, 1, 1, 12, 0, 1, 1704070800, 12, 0, true",
        "UTC, 2024, 1, 1, 12, 0, 1, 1704106800, 11, 0, false",
        "UTC, 2024, 1, 1, 12, 0, -1, 1704110400, 12, 0, false",
    })
    void mktimeAsTheReference(String zone, int year, int month, int day, int hour, int min, int isdst,
                              long time, int hour2, int min2, boolean isdst2) {
        ZoneClock clock = ZoneClock.of(ZoneId.of(zone));
        long t = clock.time(year, month - 1, day, hour, min, 0, isdst);
        assertEquals(time, t);
        BrokenDownTime f = clock.fields(t);
        assertEquals(hour2, f.hour());
        assertEquals(min2, f.min());
        assertEquals(isdst2, f.isdst());
    }

    @ParameterizedTest
    @CsvSource({
        "Europe/Berlin, 1719835200, CEST, 7200",
        "Europe/Berlin, 1704110400, CET, 3600",
        "America/New_York, 1719835200, EDT, -14400",
        "America/New_York, 1704110400, EST, -18000",
    })
    void zoneNamesAndOffsets(String zone, long t, String name, int offset) {
        BrokenDownTime f = ZoneClock.of(ZoneId.of(zone)).fields(t);
        assertEquals(name, f.zone());
        assertEquals(offset, f.gmtoff());
        StringBuilder z = new StringBuilder();
        Strftime.convert('z', f, z);
        assertEquals(String.format("%+03d%02d", offset / 3600, Math.abs(offset) / 60 % 60), z.toString());
    }

    @ParameterizedTest
    @CsvSource({
        // time, year, month, day, yday (0-based), wday (0 = Sunday)
        "0, 1970, 1, 1, 0, 4",
        "-1, 1969, 12, 31, 364, 3",
        "951782400, 2000, 2, 29, 59, 2",
        "-62135596800, 1, 1, 1, 0, 1",
        "-62198755200, -1, 1, 1, 0, 5",
        "253402300800, 10000, 1, 1, 0, 6",
    })
    void utcFields(long t, long year, int month, int day, int yday, int wday) {
        BrokenDownTime f = ZoneClock.utc().fields(t);
        assertEquals(year, f.year());
        assertEquals(month, f.month());
        assertEquals(day, f.day());
        assertEquals(yday, f.yday());
        assertEquals(wday, f.wday());
        assertEquals("GMT", f.zone());
        assertEquals(Math.floorDiv(t, 86_400) * 86_400, ZoneClock.utc().time(year, month - 1, day, 0, 0, 0, -1));
    }

    @ParameterizedTest
    @CsvSource({"1152921504606846976", "-1152921504606846976", "9223372036854775807"})
    void yearsBeyondAnIntAreNotRepresentable(long t) {
        assertNull(ZoneClock.utc().fields(t));
        assertNull(ZoneClock.of(ZoneId.of("Europe/Berlin")).fields(t));
    }
}
