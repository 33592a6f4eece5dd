package org.panlua.core.lib;

import org.panlua.core.vm.Conversions;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

import java.util.function.DoubleUnaryOperator;

/**
 * The math library. Integer arguments keep integer results where Lua 5.4 keeps them
 * ({@code abs}, {@code floor}, {@code ceil}, {@code fmod}, {@code modf}, {@code max}...).
 * {@code sin}, {@code cos}, {@code tan}, {@code exp}, {@code log} and {@code pow} use
 * {@link Math}, whose results agree with the C library's more often than {@link StrictMath}'s
 * do; the other functions of floats use {@link StrictMath}; {@code log(x, 2)} is computed here
 * to be exact for powers of two and otherwise nearly always correctly rounded, as C's
 * {@code log2} is. The 5.3 compatibility functions ({@code pow}, {@code ldexp}...) are present, as in the
 * reference interpreter built with its default options.
 */
public final class MathLib {
    private MathLib() {}

    private static final double PI = Math.PI;

    /** Registers the {@code math} library, its generator seeded at random. */
    public static void open(LuaState state) {
        Library lib = Library.create(state, "math", 40);
        lib.add("abs", MathLib::abs);
        float1(lib, "acos", StrictMath::acos);
        float1(lib, "asin", StrictMath::asin);
        long atan = lib.add("atan", MathLib::atan);
        lib.add("ceil", L -> round(L, true));
        float1(lib, "cos", Math::cos);
        float1(lib, "deg", x -> x * (180.0 / PI));
        float1(lib, "exp", Math::exp);
        lib.add("tointeger", MathLib::toInteger);
        lib.add("floor", L -> round(L, false));
        lib.add("fmod", MathLib::fmod);
        lib.add("ult", L -> {
            long a = L.checkInteger(1), b = L.checkInteger(2);
            L.pushBoolean(Long.compareUnsigned(a, b) < 0);
            return 1;
        });
        lib.add("log", MathLib::log);
        lib.add("max", L -> extreme(L, true));
        lib.add("min", L -> extreme(L, false));
        lib.add("modf", MathLib::modf);
        float1(lib, "rad", x -> x * (PI / 180.0));
        float1(lib, "sin", Math::sin);
        float1(lib, "sqrt", Math::sqrt);
        float1(lib, "tan", Math::tan);
        lib.add("type", L -> {
            long v = L.arg(1);
            if (Value.isNumber(v)) {
                L.pushString(Value.isInteger(v) ? "integer" : "float");
            } else {
                L.checkAny(1);
                L.pushNil();
            }
            return 1;
        });
        // Lua 5.3 compatibility (LUA_COMPAT_MATHLIB)
        state.setField(lib.table(), "atan2", atan); // the same function, as in the reference
        float1(lib, "cosh", StrictMath::cosh);
        float1(lib, "sinh", StrictMath::sinh);
        float1(lib, "tanh", StrictMath::tanh);
        lib.add("pow", L -> {
            double x = L.checkNumber(1), y = L.checkNumber(2);
            L.pushNumber(Math.pow(x, y));
            return 1;
        });
        lib.add("frexp", MathLib::frexp);
        lib.add("ldexp", L -> {
            double x = L.checkNumber(1);
            int e = (int) L.checkInteger(2); // truncated to an int, as C's cast does
            L.pushNumber(Math.scalb(x, e));
            return 1;
        });
        float1(lib, "log10", Math::log10);

        state.setField(lib.table(), "pi", Value.ofDouble(PI));
        state.setField(lib.table(), "huge", Value.ofDouble(Double.POSITIVE_INFINITY));
        state.setField(lib.table(), "maxinteger", state.integer(Long.MAX_VALUE));
        state.setField(lib.table(), "mininteger", state.integer(Long.MIN_VALUE));
        MathRandom.open(lib);
    }

    /** Adds a function of one float argument with a float result. */
    private static void float1(Library lib, String name, DoubleUnaryOperator f) {
        lib.add(name, L -> {
            L.pushNumber(f.applyAsDouble(L.checkNumber(1)));
            return 1;
        });
    }

    /** Pushes {@code d} as an integer when it has an integer value in range, else as a float. */
    static void pushNumberOrInteger(LuaThread L, double d) {
        if (d >= -0x1p63 && d < 0x1p63) L.pushInteger((long) d);
        else L.pushNumber(d);
    }

    private static int abs(LuaThread L) {
        long v = L.arg(1);
        if (Value.isInteger(v)) {
            long n = Conversions.integerValue(v);
            L.pushInteger(n < 0 ? -n : n); // wraps for mininteger
        } else {
            L.pushNumber(Math.abs(L.checkNumber(1)));
        }
        return 1;
    }

    private static int atan(LuaThread L) {
        double y = L.checkNumber(1);
        double x = L.optNumber(2, 1);
        L.pushNumber(StrictMath.atan2(y, x));
        return 1;
    }

    /** {@code floor} ({@code up} false) and {@code ceil}: integers as they are. */
    private static int round(LuaThread L, boolean up) {
        long v = L.arg(1);
        if (Value.isInteger(v)) {
            L.setTop(1);
        } else {
            double d = L.checkNumber(1);
            pushNumberOrInteger(L, up ? Math.ceil(d) : Math.floor(d));
        }
        return 1;
    }

    private static int toInteger(LuaThread L) {
        Long n = Conversions.toInteger(L.arg(1));
        if (n != null) {
            L.pushInteger(n);
        } else {
            L.checkAny(1);
            L.pushNil();
        }
        return 1;
    }

    private static int fmod(LuaThread L) {
        long a = L.arg(1), b = L.arg(2);
        if (Value.isInteger(a) && Value.isInteger(b)) {
            long d = Conversions.integerValue(b);
            if (d == 0) throw L.argError(2, "zero");
            // d == -1 would overflow for mininteger; the remainder is 0 anyway
            L.pushInteger(d == -1 ? 0 : Conversions.integerValue(a) % d);
        } else {
            // the reference (built by gcc) checks the second argument first
            double y = L.checkNumber(2), x = L.checkNumber(1);
            L.pushNumber(x % y); // Java's % on doubles is C's fmod
        }
        return 1;
    }

    private static int modf(LuaThread L) {
        if (Value.isInteger(L.arg(1))) {
            L.setTop(1);
            L.pushNumber(0.0);
        } else {
            double n = L.checkNumber(1);
            double ip = n < 0 ? Math.ceil(n) : Math.floor(n);
            pushNumberOrInteger(L, ip);
            L.pushNumber(n == ip ? 0.0 : n - ip); // infinities have no fraction
        }
        return 2;
    }

    private static int log(LuaThread L) {
        double x = L.checkNumber(1);
        double r;
        if (L.isNoneOrNil(2)) {
            r = Math.log(x);
        } else {
            double base = L.checkNumber(2);
            if (base == 2.0) r = log2(x);
            else if (base == 10.0) r = Math.log10(x);
            else r = Math.log(x) / Math.log(base);
        }
        L.pushNumber(r);
        return 1;
    }

    /** 1 / ln 2 as a double-double (head and tail). */
    private static final double INV_LN2 = 1.4426950408889634, INV_LN2_TAIL = 2.0355273740931033e-17;

    /**
     * Base-2 logarithm, exact for powers of two and otherwise nearly always correctly
     * rounded: {@code x = 2^e * m} with {@code m} in {@code [sqrt(1/2), sqrt(2))}, then
     * {@code ln m = 2 atanh(s)} with {@code s = (m - 1) / (m + 1)} by its series, carried in
     * double-double precision until the final sum.
     */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return Math.log(x); // NaN, negatives, 0, inf
        int scale = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) { // subnormal
            x *= 0x1p64;
            scale = 64;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        if (m > 1.4142135623730951) {
            m /= 2;
            e++;
        }
        e -= scale;
        double f = m - 1; // exact
        // s = f / (2 + f) as sHi + sLo
        double dHi = 2 + f, dLo = f - (dHi - 2);
        double sHi = f / dHi;
        double sLo = (Math.fma(-sHi, dHi, f) - sHi * dLo) / dHi;
        // ln m = 2s + 2s * (z/3 + z^2/5 + ...), z = s^2 <= 0.03: 12 terms reach 2^-60
        double z = sHi * sHi, tail = 0;
        for (int k = 12; k >= 1; k--) tail = z * (1.0 / (2 * k + 1) + tail);
        double lnHi = 2 * sHi, lnLo = 2 * sLo + 2 * sHi * tail;
        double sum = lnHi + lnLo;
        lnLo -= sum - lnHi;
        lnHi = sum;
        // times 1 / ln 2, then plus e
        double pHi = lnHi * INV_LN2;
        double pLo = Math.fma(lnHi, INV_LN2, -pHi) + lnHi * INV_LN2_TAIL + lnLo * INV_LN2;
        double r = e + pHi;
        double rb = r - e;
        double err = (e - (r - rb)) + (pHi - rb);
        return r + (err + pLo);
    }

    /** {@code max} ({@code greatest} true) and {@code min}: the first extreme argument. */
    private static int extreme(LuaThread L, boolean greatest) {
        int n = L.nargs();
        if (n < 1) throw L.argError(1, "value expected");
        int best = 1;
        for (int i = 2; i <= n; i++) {
            boolean better = greatest ? L.lessThan(L.arg(best), L.arg(i)) : L.lessThan(L.arg(i), L.arg(best));
            if (better) best = i;
        }
        L.push(L.arg(best));
        return 1;
    }

    private static int frexp(LuaThread L) {
        double x = L.checkNumber(1);
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            L.pushNumber(x);
            L.pushInteger(0);
            return 2;
        }
        int adjust = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) { // subnormal: normalize first
            x *= 0x1p64;
            adjust = 64;
        }
        int e = Math.getExponent(x) + 1; // the mantissa goes to [0.5, 1)
        L.pushNumber(Math.scalb(x, -e));
        L.pushInteger(e - adjust);
        return 2;
    }
}
