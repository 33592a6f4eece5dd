package org.panlua.core.lib;

import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

/**
 * {@code math.random} and {@code math.randomseed} over one {@link Xoshiro256} per state,
 * with Lua 5.4's conventions: floats from the top 53 bits, {@code random(0)} the full 64
 * bits, integer intervals by unbiased projection, and {@code randomseed} returning the two
 * seed components it used.
 */
final class MathRandom {
    private MathRandom() {}

    /** Adds {@code random} and {@code randomseed} to the math library, seeded at random. */
    static void open(Library lib) {
        Xoshiro256 generator = new Xoshiro256(0, 0);
        long[] seed = randomSeed(lib);
        generator.seed(seed[0], seed[1]);
        lib.add("random", L -> random(L, generator));
        lib.add("randomseed", L -> {
            long n1, n2;
            if (L.isNone(1)) {
                long[] s = randomSeed(lib);
                n1 = s[0];
                n2 = s[1];
            } else {
                n1 = L.checkInteger(1);
                n2 = L.optInteger(2, 0);
            }
            generator.seed(n1, n2);
            L.pushInteger(n1);
            L.pushInteger(n2);
            return 2;
        });
    }

    /** A seed that differs between runs: the time in seconds and an address mixed with the clock. */
    private static long[] randomSeed(Library lib) {
        long time = System.currentTimeMillis() / 1000;
        long address = Value.address(lib.table()) ^ System.nanoTime();
        return new long[] {time, address};
    }

    private static int random(LuaThread L, Xoshiro256 generator) {
        long bits = generator.next(); // drawn before the arguments are checked, as in the reference
        long low, up;
        switch (L.nargs()) {
            case 0 -> {
                L.pushNumber(Xoshiro256.toFloat(bits));
                return 1;
            }
            case 1 -> {
                low = 1;
                up = L.checkInteger(1);
                if (up == 0) { // random(0): all 64 bits
                    L.pushInteger(bits);
                    return 1;
                }
            }
            case 2 -> {
                low = L.checkInteger(1);
                up = L.checkInteger(2);
            }
            default -> throw L.error("wrong number of arguments");
        }
        if (low > up) throw L.argError(1, "interval is empty");
        L.pushInteger(generator.project(bits, up - low) + low);
        return 1;
    }
}
