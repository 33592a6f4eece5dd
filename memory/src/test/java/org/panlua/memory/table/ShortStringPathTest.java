package org.panlua.memory.table;

import org.junit.jupiter.api.Test;
import org.panlua.memory.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The interned-key fast paths agree with the general lookup and store. */
class ShortStringPathTest extends TablesFixture {
    ShortStringPathTest() {
        super(12345);
    }




    @Test
    void getShortStringAgreesWithGetString() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            long t = tables.create(0, 0);
            List<Long> keys = new ArrayList<>();
            int n = 1 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                long k = strings.of("k" + random.nextInt(400));
                keys.add(k);
                tables.set(t, k, Value.ofInlineInteger(i));
                if (random.nextInt(5) == 0) tables.set(t, k, Value.NIL_WORD); // dead keys stay in nodes
            }
            for (int i = 0; i < 400; i++) {
                long k = strings.of("k" + i);
                assertEquals(tables.getString(t, k), tables.getShortString(t, k), "k" + i);
            }
            assertEquals(Value.NIL_WORD, tables.getShortString(t, strings.of("absent")));
        }
        assertEquals(Value.NIL_WORD, tables.getShortString(tables.create(0, 0), strings.of("x")));
    }

    @Test
    void replaceShortStringOnlyReplacesLiveValues() {
        long t = tables.create(0, 4);
        long x = strings.of("x"), y = strings.of("y"), z = strings.of("z");
        tables.set(t, x, Value.ofInlineInteger(1));
        tables.set(t, y, Value.ofInlineInteger(2));
        tables.set(t, y, Value.NIL_WORD);
        assertTrue(tables.replaceShortString(t, x, Value.ofInlineInteger(10)));
        assertEquals(Value.ofInlineInteger(10), tables.getString(t, x));
        assertFalse(tables.replaceShortString(t, y, Value.ofInlineInteger(20)), "a dead key takes the general path");
        assertFalse(tables.replaceShortString(t, z, Value.ofInlineInteger(30)), "an absent key takes the general path");
        assertFalse(tables.replaceShortString(t, x, Value.NIL_WORD), "deleting takes the general path");
        assertEquals(Value.ofInlineInteger(10), tables.getString(t, x));
        assertEquals(Value.NIL_WORD, tables.getString(t, z));
    }
}
