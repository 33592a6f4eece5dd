package org.panlua.memory.value;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;
import static org.panlua.memory.value.Value.*;

class ValueTest {

    private static final double[] DOUBLES = {
        0.0, -0.0, 1.0, -1.0, 0.5, Math.PI, -Math.E,
        Double.MIN_VALUE, -Double.MIN_VALUE,                // smallest subnormals
        Double.MIN_NORMAL, Double.MIN_NORMAL / 2,           // normal/subnormal edge
        Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        0x1p53, 0x1p63, -0x1p63, 1e300, -1e-300,
    };

    @Test
    void everyOrdinaryDoubleRoundTripsBitForBit() {
        for (double d : DOUBLES) {
            long w = ofDouble(d);
            assertTrue(isDouble(w), () -> "double " + d);
            assertFalse(isTagged(w));
            assertEquals(DOUBLE, tag(w));
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(asDouble(w)), () -> "bits of " + d);
            assertTrue(isNumber(w));
            assertFalse(isInteger(w));
            assertEquals("number", typeName(w));
        }
    }

    @Test
    void signOfZeroIsKept() {
        assertNotEquals(ofDouble(0.0), ofDouble(-0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(asDouble(ofDouble(-0.0))));
    }

    @Test
    void everyNanBecomesTheCanonicalNan() {
        long[] nanBits = {
            0x7FF8_0000_0000_0000L, 0x7FF0_0000_0000_0001L, 0x7FFF_FFFF_FFFF_FFFFL,
            0xFFF8_0000_0000_0000L, // the x86 "default NaN": inside the tagged range as raw bits
            0xFFFF_FFFF_FFFF_FFFFL, 0xFFF0_0000_0000_0001L, 0xFFFA_BCDE_F012_3456L,
        };
        for (long bits : nanBits) {
            double nan = Double.longBitsToDouble(bits);
            long w = ofDouble(nan);
            assertEquals(CANONICAL_NAN, w, () -> Long.toHexString(bits));
            assertTrue(isDouble(w));
            assertTrue(Double.isNaN(asDouble(w)));
        }
        double computed = 0.0 / zero();
        assertEquals(CANONICAL_NAN, ofDouble(computed));
        assertEquals(CANONICAL_NAN, ofDouble(Math.sqrt(-1)));
        assertEquals(CANONICAL_NAN, ofDouble(Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY));
    }

    private static double zero() {
        return 0.0;
    }

    @Test
    void integerEdges() {
        long[] values = {
            0, 1, -1, 42, -42,
            MAX_INLINE_INTEGER, MIN_INLINE_INTEGER,
            MAX_INLINE_INTEGER + 1, MIN_INLINE_INTEGER - 1,
            Long.MAX_VALUE, Long.MIN_VALUE,
            1L << 46, -(1L << 46), (1L << 46) - 1, -(1L << 46) - 1,
        };
        for (long v : values) {
            boolean fits = v >= MIN_INLINE_INTEGER && v <= MAX_INLINE_INTEGER;
            assertEquals(fits, fitsInline(v), () -> "fitsInline " + v);
            if (fits) {
                long w = ofInlineInteger(v);
                assertTrue(isInlineInteger(w));
                assertTrue(isInteger(w));
                assertTrue(isNumber(w));
                assertFalse(isDouble(w));
                assertEquals(INTEGER, tag(w));
                assertEquals(v, inlineInteger(w));
                assertEquals("number", typeName(w));
            }
        }
        assertEquals(1L << 46, -MIN_INLINE_INTEGER);
        assertEquals((1L << 46) - 1, MAX_INLINE_INTEGER);
    }

    @Test
    void nilAndBooleans() {
        assertEquals(-1L, NIL_WORD);
        assertTrue(isNil(NIL_WORD));
        assertEquals(NIL, tag(NIL_WORD));
        assertEquals(TRUE, tag(TRUE_WORD));
        assertEquals(FALSE, tag(FALSE_WORD));
        assertTrue(isFalsy(NIL_WORD));
        assertTrue(isFalsy(FALSE_WORD));
        assertFalse(isFalsy(TRUE_WORD));
        assertFalse(isFalsy(ofDouble(0.0)));
        assertFalse(isFalsy(ofInlineInteger(0)));
        assertFalse(isFalsy(CANONICAL_NAN));
        assertFalse(isFalsy(ofDouble(-1.0)));
        assertFalse(isFalsy(ofObject(STRING, 0x7000_0000_1000L)));
        assertTrue(asBoolean(TRUE_WORD));
        assertFalse(asBoolean(FALSE_WORD));
        assertEquals(TRUE_WORD, ofBoolean(true));
        assertEquals(FALSE_WORD, ofBoolean(false));
        assertTrue(isBoolean(TRUE_WORD) && isBoolean(FALSE_WORD) && !isBoolean(NIL_WORD));
        assertEquals("nil", typeName(NIL_WORD));
        assertEquals("boolean", typeName(TRUE_WORD));
    }

    @Test
    void freshlyFilledMemoryReadsAsNil() {
        long allOnes = 0;
        for (int i = 0; i < 8; i++) allOnes = (allOnes << 8) | 0xFF;
        assertEquals(NIL_WORD, allOnes);
    }

    @Test
    void objectWordsCarryTheirAddress() {
        long address = 0x7FFF_F000_0010L; // top of x86-64 user space, 16-byte aligned
        int[] tags = {BOXED_INTEGER, STRING, TABLE, FUNCTION, USERDATA, THREAD, PROTO, UPVALUE};
        for (int t : tags) {
            long w = ofObject(t, address);
            assertTrue(isTagged(w));
            assertEquals(t, tag(w));
            assertTrue(hasTag(w, t));
            assertEquals(address, address(w));
            assertTrue(isHeapObject(w));
            assertFalse(isFalsy(w));
        }
        assertTrue(isTable(ofObject(TABLE, address)));
        assertTrue(isString(ofObject(STRING, address)));
        assertTrue(isFunction(ofObject(FUNCTION, address)));
        assertTrue(isBoxedInteger(ofObject(BOXED_INTEGER, address)));
        assertTrue(isInteger(ofObject(BOXED_INTEGER, address)));
        assertFalse(isString(ofObject(TABLE, address)));
        assertEquals("userdata", typeName(ofLightUserdata(address)));
        assertEquals(LIGHTUSERDATA, tag(ofLightUserdata(0)));
        assertFalse(isHeapObject(ofLightUserdata(address)));
        assertThrows(IllegalArgumentException.class, () -> ofObject(TABLE, 1L << 47));
    }

    @Test
    void tagTestsNeverConfuseTypes() {
        long[] words = {
            NIL_WORD, TRUE_WORD, FALSE_WORD, ofDouble(1.5), CANONICAL_NAN, ofInlineInteger(-5),
            ofObject(STRING, 0x1000), ofObject(TABLE, 0x1000), ofObject(FUNCTION, 0x1000),
            ofLightUserdata(0x1000), ofDouble(Double.NEGATIVE_INFINITY),
        };
        for (long w : words) {
            int t = tag(w);
            assertEquals(t == TABLE, isTable(w));
            assertEquals(t == STRING, isString(w));
            assertEquals(t == FUNCTION, isFunction(w));
            assertEquals(t == INTEGER, isInlineInteger(w));
            assertEquals(t == DOUBLE, isDouble(w));
            assertEquals(t == NIL || t == FALSE, isFalsy(w));
        }
    }

    @Test
    void exactIntegerValuesOfDoubles() {
        assertTrue(hasExactInteger(2.0));
        assertTrue(hasExactInteger(-0.0));
        assertTrue(hasExactInteger(-0x1p63));
        assertTrue(hasExactInteger(0x1p62));
        assertFalse(hasExactInteger(0x1p63));
        assertFalse(hasExactInteger(2.5));
        assertFalse(hasExactInteger(Double.NaN));
        assertFalse(hasExactInteger(Double.POSITIVE_INFINITY));
        assertFalse(hasExactInteger(Double.MIN_VALUE));
        assertEquals(Long.MIN_VALUE, (long) -0x1p63);
    }
}
