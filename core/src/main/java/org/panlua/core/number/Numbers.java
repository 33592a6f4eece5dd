package org.panlua.core.number;

/**
 * Lua 5.4's arithmetic on integers and floats, where it differs from Java's: floor division and
 * modulo, shifts by any amount, C's {@code pow} edge cases. One definition for the constant
 * folder and the interpreter.
 */
public final class Numbers {
    private Numbers() {}

    /** {@code a // b} on integers, {@code b != 0}; wraps around like Lua ({@code mininteger // -1}). */
    public static long floorDiv(long a, long b) {
        return Math.floorDiv(a, b);
    }

    /** {@code a % b} on integers, {@code b != 0}: the result has the sign of {@code b}. */
    public static long floorMod(long a, long b) {
        return Math.floorMod(a, b);
    }

    /** {@code a // b} on floats. */
    public static double floorDiv(double a, double b) {
        return Math.floor(a / b);
    }

    /** {@code a % b} on floats: C's {@code fmod}, moved to the sign of {@code b}. */
    public static double floorMod(double a, double b) {
        double m = a % b; // Java's % on doubles is C's fmod
        if (m > 0 ? b < 0 : (m < 0 && b > 0)) m += b;
        return m;
    }

    /** {@code a ^ b}: C's {@code pow}, which Java's differs from at 1 and -1. */
    public static double pow(double a, double b) {
        if (a == 1.0) return 1.0;
        if (a == -1.0 && Double.isInfinite(b)) return 1.0;
        return Math.pow(a, b);
    }

    /** {@code x << n} with Lua's rules: any n, negative n shifts right, |n| >= 64 gives 0. */
    public static long shiftLeft(long x, long n) {
        if (n <= -64 || n >= 64) return 0;
        return n >= 0 ? x << n : x >>> -n;
    }

    public static long shiftRight(long x, long n) {
        if (n <= -64 || n >= 64) return 0;
        return n >= 0 ? x >>> n : x << -n;
    }

    /** True when {@code d} has an exact integer value in the 64-bit range. */
    public static boolean hasIntegerValue(double d) {
        return d >= -0x1p63 && d < 0x1p63 && d == Math.rint(d);
    }
}
