package org.panlua.core.lib.os;

/**
 * C's {@code struct tm} with a full year: a moment split into calendar fields in some time zone.
 *
 * @param year   the year (1970, -5, ...)
 * @param month  1..12
 * @param day    1..31
 * @param hour   0..23
 * @param min    0..59
 * @param sec    0..59 (60 never appears: the JDK knows no leap seconds)
 * @param wday   day of the week, 0..6 from Sunday
 * @param yday   day of the year, 0..365
 * @param isdst  whether daylight saving time is in effect
 * @param gmtoff seconds east of UTC
 * @param zone   the zone's abbreviation ({@code UTC}, {@code CEST}, {@code GMT} for {@code !} dates)
 */
public record BrokenDownTime(long year, int month, int day, int hour, int min, int sec, int wday, int yday,
                             boolean isdst, int gmtoff, String zone) {

    private static final long SECONDS_PER_DAY = 86_400;

    /** The fields of {@code localSeconds} (seconds since 1970-01-01 00:00 on the zone's clock). */
    static BrokenDownTime of(long localSeconds, boolean isdst, int gmtoff, String zone) {
        long days = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
        int secOfDay = (int) Math.floorMod(localSeconds, SECONDS_PER_DAY);
        long[] ymd = civilFromDays(days);
        long yday = days - daysFromCivil(ymd[0], 1, 1);
        int wday = (int) Math.floorMod(days + 4, 7); // 1970-01-01 was a Thursday
        return new BrokenDownTime(ymd[0], (int) ymd[1], (int) ymd[2], secOfDay / 3600, secOfDay / 60 % 60, secOfDay % 60,
                wday, (int) yday, isdst, gmtoff, zone);
    }

    /** Days from 1970-01-01 to the given date of the proleptic Gregorian calendar (month 1..12). */
    static long daysFromCivil(long year, int month, long day) {
        long y = month <= 2 ? year - 1 : year; // years counted from March, so February ends them
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int monthFromMarch = (month + 9) % 12;
        long dayOfYear = (153L * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** The date {year, month, day} of a day number counted from 1970-01-01. */
    static long[] civilFromDays(long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        long month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return new long[] {year, month, day};
    }

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInYear(long year) {
        return isLeap(year) ? 366 : 365;
    }

    /** Whether the year fits C's {@code int tm_year} (counted from 1900). */
    boolean representable() {
        long tmYear = year - 1900;
        return tmYear >= Integer.MIN_VALUE && tmYear <= Integer.MAX_VALUE;
    }
}
