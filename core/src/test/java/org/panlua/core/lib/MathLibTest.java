package org.panlua.core.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The base-2 logarithm behind {@code math.log(x, 2)}. */
class MathLibTest {
    @Test
    void powersOfTwoAreExact() {
        for (int k = -1074; k <= 1023; k++) assertEquals(k, MathLib.log2(Math.scalb(1.0, k)), "2^" + k);
    }

    @Test
    void specialValues() {
        assertEquals(Double.NEGATIVE_INFINITY, MathLib.log2(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, MathLib.log2(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, MathLib.log2(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(MathLib.log2(-1)));
        assertTrue(Double.isNaN(MathLib.log2(Double.NaN)));
        // values printed by lua5.4 (glibc log2)
        assertEquals(0x1.95c01a39fbd68p+0, MathLib.log2(3));
        assertEquals(0x1.a934f0979a371p+1, MathLib.log2(10));
        assertEquals(-0x1.a8ff971810a5ep-2, MathLib.log2(0.75));
        assertEquals(-0x1.0c1a8ff971811p+10, MathLib.log2(3 * Double.MIN_VALUE));
        assertEquals(63.0, MathLib.log2(0x1p63));
    }

    /** At most one unit in the last place from the exact value, and nearly always the nearest double. */
    @Test
    void closeToTheExactLogarithm() {
        SplittableRandom random = new SplittableRandom(11);
        MathContext mc = new MathContext(40);
        BigDecimal ln2 = ln(BigDecimal.valueOf(2), mc);
        int notNearest = 0;
        for (int i = 0; i < 2000; i++) {
            double x = i % 2 == 0 ? 1 + (random.nextDouble() - 0.5) * 0.2 : Math.scalb(1 + random.nextDouble(), random.nextInt(-1000, 1000));
            double got = MathLib.log2(x);
            int e = Math.getExponent(x);
            BigDecimal m = new BigDecimal(Math.scalb(x, -e)); // in [1, 2): the series converges fast
            BigDecimal exact = ln(m, mc).divide(ln2, mc).add(BigDecimal.valueOf(e));
            double nearest = exact.doubleValue();
            assertTrue(Math.abs(got - nearest) <= Math.ulp(nearest), x + ": " + got + " vs " + nearest);
            if (got != nearest) notNearest++;
        }
        assertTrue(notNearest <= 4, notNearest + " results not correctly rounded");
    }

    /** Natural logarithm of {@code x} in {@code [1, 2]} to {@code mc} digits by the series of atanh. */
    private static BigDecimal ln(BigDecimal x, MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10);
        BigDecimal s = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), wide);
        BigDecimal s2 = s.multiply(s, wide);
        BigDecimal term = s, sum = BigDecimal.ZERO;
        for (int k = 1; term.abs().compareTo(BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5)) > 0; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), wide), wide);
            term = term.multiply(s2, wide);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }
}
