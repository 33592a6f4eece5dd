package org.panlua.core.lib.os;

/**
 * C's {@code strftime} conversions in the C locale, as glibc writes them: every conversion of
 * C99 and the {@code E} and {@code O} modifiers (which change nothing in that locale). Years
 * ({@code %Y %C %G}) print as many digits as they have, negative ones with a sign.
 */
public final class Strftime {
    private Strftime() {}

    /** The one-letter conversions, and the two-letter ones (modifier then conversion). */
    private static final String SINGLE = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";
    private static final String[] DOUBLE = {"Ec", "EC", "Ex", "EX", "Ey", "EY",
        "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy"};

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /**
     * The length (1 or 2) of the conversion specifier at {@code fmt[at..end)} (after its
     * {@code %}), or 0 when it is not a valid one (as {@code os.date}'s {@code checkoption}).
     */
    public static int specifierLength(byte[] fmt, int at, int end) {
        if (at < end && SINGLE.indexOf(fmt[at]) >= 0 && fmt[at] != 0) return 1;
        if (at + 1 < end) {
            for (String d : DOUBLE) if (fmt[at] == d.charAt(0) && fmt[at + 1] == d.charAt(1)) return 2;
        }
        return 0;
    }

    /** Appends conversion {@code c} (the letter after any modifier) of {@code t} to {@code out}. */
    public static void convert(char c, BrokenDownTime t, StringBuilder out) {
        switch (c) {
            case 'a' -> out.append(DAYS[t.wday()], 0, 3);
            case 'A' -> out.append(DAYS[t.wday()]);
            case 'b', 'h' -> out.append(MONTHS[t.month() - 1], 0, 3);
            case 'B' -> out.append(MONTHS[t.month() - 1]);
            case 'c' -> {
                convert('a', t, out);
                out.append(' ');
                convert('b', t, out);
                out.append(' ');
                convert('e', t, out);
                out.append(' ');
                convert('T', t, out);
                out.append(' ');
                convert('Y', t, out);
            }
            case 'C' -> out.append(Math.floorDiv(t.year(), 100));
            case 'd' -> two(out, t.day());
            case 'D', 'x' -> {
                two(out, t.month());
                out.append('/');
                two(out, t.day());
                out.append('/');
                convert('y', t, out);
            }
            case 'e' -> out.append(t.day() < 10 ? " " : "").append(t.day());
            case 'F' -> {
                convert('Y', t, out);
                out.append('-');
                two(out, t.month());
                out.append('-');
                two(out, t.day());
            }
            case 'g' -> two(out, (int) Math.floorMod(isoYear(t), 100));
            case 'G' -> out.append(isoYear(t));
            case 'H' -> two(out, t.hour());
            case 'I' -> two(out, t.hour() % 12 == 0 ? 12 : t.hour() % 12);
            case 'j' -> out.append(String.format("%03d", t.yday() + 1));
            case 'm' -> two(out, t.month());
            case 'M' -> two(out, t.min());
            case 'n' -> out.append('\n');
            case 'p' -> out.append(t.hour() < 12 ? "AM" : "PM");
            case 'r' -> {
                convert('I', t, out);
                out.append(':');
                two(out, t.min());
                out.append(':');
                two(out, t.sec());
                out.append(' ');
                convert('p', t, out);
            }
            case 'R' -> {
                two(out, t.hour());
                out.append(':');
                two(out, t.min());
            }
            case 'S' -> two(out, t.sec());
            case 't' -> out.append('\t');
            case 'T', 'X' -> {
                two(out, t.hour());
                out.append(':');
                two(out, t.min());
                out.append(':');
                two(out, t.sec());
            }
            case 'u' -> out.append(t.wday() == 0 ? 7 : t.wday());
            case 'U' -> two(out, (t.yday() + 7 - t.wday()) / 7);
            case 'V' -> two(out, isoWeek(t));
            case 'w' -> out.append(t.wday());
            case 'W' -> two(out, (t.yday() + 7 - (t.wday() + 6) % 7) / 7);
            case 'y' -> two(out, (int) Math.floorMod(t.year(), 100));
            case 'Y' -> out.append(t.year());
            case 'z' -> {
                int minutes = t.gmtoff() / 60;
                out.append(minutes < 0 ? '-' : '+');
                minutes = Math.abs(minutes);
                two(out, minutes / 60);
                two(out, minutes % 60);
            }
            case 'Z' -> out.append(t.zone());
            case '%' -> out.append('%');
            default -> throw new IllegalArgumentException("not a strftime conversion: " + c);
        }
    }

    private static void two(StringBuilder out, int v) {
        if (v < 10) out.append('0');
        out.append(v);
    }

    /**
     * The day of the year (0-based, may fall outside {@code 0..length-1}) of the Thursday of
     * {@code t}'s ISO week: the week belongs to that Thursday's year.
     */
    private static int isoThursday(BrokenDownTime t) {
        int mondayBased = (t.wday() + 6) % 7;
        return t.yday() - mondayBased + 3;
    }

    private static long isoYear(BrokenDownTime t) {
        int thursday = isoThursday(t);
        if (thursday < 0) return t.year() - 1;
        if (thursday >= BrokenDownTime.daysInYear(t.year())) return t.year() + 1;
        return t.year();
    }

    private static int isoWeek(BrokenDownTime t) {
        int thursday = isoThursday(t);
        if (thursday < 0) thursday += BrokenDownTime.daysInYear(t.year() - 1);
        else if (thursday >= BrokenDownTime.daysInYear(t.year())) thursday -= BrokenDownTime.daysInYear(t.year());
        return thursday / 7 + 1;
    }
}
