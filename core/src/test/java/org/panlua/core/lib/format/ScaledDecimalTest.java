package org.panlua.core.lib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Both paths of {@link ScaledDecimal} agree with {@link BigDecimal}, the oracle here. */
class ScaledDecimalTest {

    @Test
    void fastPathAgreesWithBigNumbers() {
        SplittableRandom rnd = new SplittableRandom(42);
        int fast = 0;
        for (int i = 0; i < 20_000; i++) {
            double x = Math.abs(ReferenceFormatDifferentialTest.randomDouble(rnd));
            if (!Double.isFinite(x)) continue;
            int k = rnd.nextInt(-25, 40);
            String exact = oracle(x, k);
            assertEquals(exact, new String(ScaledDecimal.roundBig(x, k), StandardCharsets.ISO_8859_1), () -> x + " * 10^" + k);
            long v = ScaledDecimal.round(x, k);
            if (v < 0) continue;
            fast++;
            assertEquals(exact, Long.toString(v), () -> x + " * 10^" + k);
        }
        assertTrue(fast > 5_000, "fast path taken " + fast + " times");
    }

    @Test
    void bigPathAtTheExtremes() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 300; i++) {
            double x = Math.abs(ReferenceFormatDifferentialTest.randomDouble(rnd));
            if (!Double.isFinite(x)) continue;
            int k = rnd.nextInt(-330, 420);
            assertEquals(oracle(x, k), new String(ScaledDecimal.roundBig(x, k), StandardCharsets.ISO_8859_1), () -> x + " * 10^" + k);
        }
    }

    private static String oracle(double x, int k) {
        return new BigDecimal(x).scaleByPowerOfTen(k).setScale(0, RoundingMode.HALF_EVEN).toBigInteger().toString();
    }

    @Test
    void halfwayCasesRoundToEven() {
        assertEquals(0, ScaledDecimal.round(0.5, 0));
        assertEquals(2, ScaledDecimal.round(1.5, 0));
        assertEquals(2, ScaledDecimal.round(2.5, 0));
        assertEquals(12, ScaledDecimal.round(0.125, 2));
        assertEquals(38, ScaledDecimal.round(0.375, 2));
        assertEquals(2, ScaledDecimal.round(250.0, -2));
        assertEquals(4, ScaledDecimal.round(350.0, -2));
        assertEquals(4, ScaledDecimal.round(350.0000000000001, -2));
        // 2.675 is really 2.67499999999999982236431605997495353221893310546875
        assertEquals(267, ScaledDecimal.round(2.675, 2));
        assertEquals(0, ScaledDecimal.round(Double.MIN_VALUE, 0));
        assertEquals(-1, ScaledDecimal.round(1e300, 0)); // too big for a long: the caller goes big
        // 0.1 is 0.1000000000000000055511151231257827...
        assertEquals("10000000000000000555", new String(ScaledDecimal.roundBig(0.1, 20), StandardCharsets.ISO_8859_1));
        assertEquals("1000000000000000052504760255", new String(ScaledDecimal.roundBig(1e300, -273), StandardCharsets.ISO_8859_1));
    }

    @Test
    void exponentEstimateIsNeverTooHighAndAtMostTwoLow() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 30_000; i++) {
            double x = Math.abs(ReferenceFormatDifferentialTest.randomDouble(rnd));
            if (!Double.isFinite(x) || x == 0) continue;
            BigDecimal exact = new BigDecimal(x);
            int floorLog10 = exact.precision() - exact.scale() - 1;
            int estimate = ScaledDecimal.estimateExponent(x);
            assertTrue(estimate <= floorLog10 && estimate >= floorLog10 - 2, () -> x + ": " + estimate + " vs " + floorLog10);
        }
        for (int p = -323; p <= 308; p++) {
            double x = new BigDecimal(BigDecimal.ONE.scaleByPowerOfTen(p).toString()).round(MathContext.DECIMAL64).doubleValue();
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x)}) {
                if (y == 0) continue;
                BigDecimal exact = new BigDecimal(y);
                int floorLog10 = exact.precision() - exact.scale() - 1;
                assertTrue(ScaledDecimal.estimateExponent(y) <= floorLog10, () -> y + " estimate too high");
            }
        }
    }
}
