package org.panlua.core.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generator against values of the reference interpreter (lua5.4). */
class Xoshiro256Test {
    @Test
    void firstValueAfterSeed1007() {
        // math.randomseed(1007); math.random(0) == 0x7a7040a5a323c9d6 (official math.lua)
        Xoshiro256 g = new Xoshiro256(1007, 0);
        long bits = g.next();
        assertEquals(0x7a7040a5a323c9d6L, bits);
        assertEquals(0x1.e9c102968c8f2p-2, Xoshiro256.toFloat(bits));
    }

    @Test
    void integersAfterSeed42() {
        // math.randomseed(42); math.random(100) x10, then math.random(0) x5 (after 5 floats)
        Xoshiro256 g = new Xoshiro256(42, 0);
        long[] dice = {50, 76, 86, 54, 64, 7, 25, 3, 24, 24};
        for (long expected : dice) assertEquals(expected, g.project(g.next(), 99) + 1);
        double[] floats = {0x1.2bffb6ad27fd8p-4, 0x1.5d1fa08517fep-5, 0x1.134e707737dc7p-1,
            0x1.9fa62d1e516dcp-2, 0x1.dd0661766821fp-1};
        for (double expected : floats) assertEquals(expected, Xoshiro256.toFloat(g.next()));
        long[] full = {-1531244909674237728L, -1348856425985113987L, 5175065933773059081L,
            3672190198671438312L, 7616342095575388332L};
        for (long expected : full) assertEquals(expected, g.next());
    }

    @Test
    void projectionStaysInTheIntervalAndCoversIt() {
        Xoshiro256 g = new Xoshiro256(1, 2);
        boolean[] seen = new boolean[13];
        for (int i = 0; i < 10_000; i++) {
            long r = g.project(g.next(), 12);
            assertTrue(r >= 0 && r <= 12);
            seen[(int) r] = true;
        }
        for (boolean s : seen) assertTrue(s);
        // a power-of-two interval is a plain mask; the full range keeps all bits
        assertEquals(0x5L, g.project(0xF5L, 0xF));
        assertEquals(-2L, g.project(-2L, -1L));
        // an unsigned bound above 2^63
        for (int i = 0; i < 1000; i++) {
            long r = g.project(g.next(), -3L);
            assertTrue(Long.compareUnsigned(r, -3L) <= 0);
        }
    }

    @Test
    void floatsUseTheTop53Bits() {
        assertEquals(0.0, Xoshiro256.toFloat(0x7FFL));
        assertEquals(0x1.fffffffffffffp-1, Xoshiro256.toFloat(-1L));
        assertEquals(0.5, Xoshiro256.toFloat(Long.MIN_VALUE));
    }

    @Test
    void reseedingRepeatsTheSequence() {
        Xoshiro256 g = new Xoshiro256(-1, Long.MAX_VALUE);
        long a = g.next(), b = g.next();
        g.seed(-1, Long.MAX_VALUE);
        assertEquals(a, g.next());
        assertEquals(b, g.next());
    }
}
