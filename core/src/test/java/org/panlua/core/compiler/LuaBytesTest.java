package org.panlua.core.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LuaBytesTest {

    @Test
    void equalityIsByContent() {
        LuaBytes a = LuaBytes.of(new byte[] {1, 2, (byte) 200});
        LuaBytes b = LuaBytes.of(new byte[] {1, 2, (byte) 200});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, LuaBytes.of(new byte[] {1, 2}));
        assertEquals(LuaBytes.EMPTY, LuaBytes.of(new byte[0]));
    }

    @Test
    void isImmutable() {
        byte[] source = {'a', 'b'};
        LuaBytes s = LuaBytes.of(source);
        source[0] = 'z';
        assertEquals("ab", s.toString());
        s.toByteArray()[1] = 'z';
        assertEquals("ab", s.toString());
    }

    @Test
    void orderIsUnsignedWithPrefixesFirst() {
        assertTrue(LuaBytes.ascii("a").compareTo(LuaBytes.ascii("ab")) < 0);
        assertTrue(LuaBytes.of(new byte[] {(byte) 0x80}).compareTo(LuaBytes.ascii("z")) > 0);
        assertEquals(0, LuaBytes.ascii("x").compareTo(LuaBytes.of("x")));
    }

    @Test
    void textRoundTripsEveryByte() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        LuaBytes s = LuaBytes.of(all);
        assertEquals(s, LuaBytes.of(s.toString()));
        assertEquals(256, s.length());
        assertEquals(255, s.byteAt(255));
        assertEquals("é", LuaBytes.of("é").toString());
        assertEquals(2, LuaBytes.of("é").length());
        assertEquals(3, LuaBytes.of(new byte[] {1, 2, 3, 4}, 1, 3).length());
    }
}
