package org.panlua.core.lib.os;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * C's {@code localtime}/{@code gmtime} and {@code mktime} over a time zone of the JDK (the
 * system's by default, which follows {@code TZ}). Calendar arithmetic is done on longs, so
 * any year C's {@code int} can hold works; the zone's rules are applied within the JDK's range
 * of instants and extended with the nearest offset beyond it.
 */
public final class ZoneClock {
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final long MIN_SECOND = Instant.MIN.getEpochSecond() + 86_400;
    private static final long MAX_SECOND = Instant.MAX.getEpochSecond() - 86_400;
    private static final long MIN_LOCAL = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC) + 86_400;
    private static final long MAX_LOCAL = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC) - 86_400;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean utc;

    private ZoneClock(ZoneId zone, boolean utc) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.utc = utc;
    }

    /** The clock of {@code zone}. */
    public static ZoneClock of(ZoneId zone) {
        return new ZoneClock(zone, false);
    }

    /** The clock of the system's zone ({@code localtime}). */
    public static ZoneClock system() {
        return of(ZoneId.systemDefault());
    }

    /** Coordinated universal time as {@code gmtime} gives it (zone name {@code GMT}, never summer time). */
    public static ZoneClock utc() {
        return new ZoneClock(ZoneOffset.UTC, true);
    }

    /** The fields of time {@code t} (seconds since the epoch); null when the year does not fit an {@code int}. */
    public BrokenDownTime fields(long t) {
        if (utc) return checked(BrokenDownTime.of(t, false, 0, "GMT"));
        Instant at = Instant.ofEpochSecond(Math.clamp(t, MIN_SECOND, MAX_SECOND));
        ZoneOffset offset = rules.getOffset(at);
        long local;
        try {
            local = Math.addExact(t, offset.getTotalSeconds());
        } catch (ArithmeticException e) {
            return null;
        }
        return checked(BrokenDownTime.of(local, rules.isDaylightSavings(at), offset.getTotalSeconds(), abbreviation(at)));
    }

    private static BrokenDownTime checked(BrokenDownTime t) {
        return t.representable() ? t : null;
    }

    private String abbreviation(Instant at) {
        try {
            return ABBREVIATION.format(ZonedDateTime.ofInstant(at, zone));
        } catch (DateTimeException e) {
            return zone.getId();
        }
    }

    /**
     * {@code mktime}: the time of the given fields, each allowed out of its range (month 0-based,
     * any day, negative seconds...) and normalised as C does. {@code isdst} is 1 or 0 to say the
     * fields are in summer or standard time, -1 to let the zone decide.
     */
    public long time(long year, long month0, long day, long hour, long min, long sec, int isdst) {
        long y = year + Math.floorDiv(month0, 12);
        int m = (int) Math.floorMod(month0, 12) + 1;
        long local = (BrokenDownTime.daysFromCivil(y, m, 1) + day - 1) * 86_400 + hour * 3600 + min * 60 + sec;
        return local - offset(local, isdst);
    }

    /** The offset to subtract from clock time {@code local} to get the time. */
    private int offset(long local, int isdst) {
        if (utc || rules.isFixedOffset()) {
            int standard = rules.getOffset(Instant.EPOCH).getTotalSeconds();
            return isdst > 0 ? standard + 3600 : standard; // asked for summer time where there is none: C shifts an hour
        }
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(Math.clamp(local, MIN_LOCAL, MAX_LOCAL), 0, ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(ldt);
        if (isdst < 0) {
            if (valid.size() == 1) return valid.get(0).getTotalSeconds();
            if (valid.isEmpty()) return rules.getTransition(ldt).getOffsetBefore().getTotalSeconds(); // in a gap
            for (ZoneOffset o : valid) if (!summer(o, ldt)) return o.getTotalSeconds(); // repeated hour: standard time
            return valid.get(valid.size() - 1).getTotalSeconds();
        }
        boolean wantSummer = isdst > 0;
        for (ZoneOffset o : valid) if (summer(o, ldt) == wantSummer) return o.getTotalSeconds();
        ZoneOffset near = valid.isEmpty() ? rules.getTransition(ldt).getOffsetBefore() : valid.get(0);
        int standard = rules.getStandardOffset(ldt.toInstant(near)).getTotalSeconds();
        return wantSummer ? standard + 3600 : standard;
    }

    private boolean summer(ZoneOffset o, LocalDateTime ldt) {
        return !rules.getStandardOffset(ldt.toInstant(o)).equals(o);
    }
}
