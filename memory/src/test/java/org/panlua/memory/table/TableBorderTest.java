package org.panlua.memory.table;

import org.junit.jupiter.api.Test;
import org.panlua.memory.value.Value;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code #t} from the table's border hint ({@link Tables#length}): the stack-like uses it
 * serves in a read or two, and a valid border whatever the array part went through since the
 * hint was set.
 */
class TableBorderTest extends TablesFixture {
    TableBorderTest() {
        super(0xB0DE);
    }

    private static long item(long i) {
        return Value.ofInlineInteger(i);
    }

    /** True when {@code n} is a border of {@code t}: t[n] set (or n = 0) and t[n + 1] nil. */
    private boolean isBorder(long t, long n) {
        return (n == 0 || tables.getInteger(t, n) != Value.NIL_WORD) && tables.getInteger(t, n + 1) == Value.NIL_WORD;
    }

    @Test
    void pushAndPopLikeAStack() {
        long t = tables.create(0, 0);
        for (int i = 1; i <= 5000; i++) {
            tables.setInteger(t, tables.length(t) + 1, item(i));
            assertEquals(i, tables.length(t));
        }
        for (int i = 5000; i >= 1; i--) {
            assertEquals(i, tables.length(t));
            tables.setInteger(t, tables.length(t), Value.NIL_WORD);
        }
        assertEquals(0, tables.length(t));
        tables.free(t);
    }

    @Test
    void aBorderAfterHolesAndShrinking() {
        long t = tables.create(64, 0);
        for (int i = 1; i <= 40; i++) tables.setInteger(t, i, item(i));
        assertEquals(40, tables.length(t));
        tables.setInteger(t, 20, Value.NIL_WORD);
        tables.setInteger(t, 39, Value.NIL_WORD);
        tables.setInteger(t, 40, Value.NIL_WORD);
        long n = tables.length(t); // the hint (40) is now a nil: a border below it
        assertTrue(n == 19 || n == 38, "border " + n);
        for (int i = 21; i <= 38; i++) tables.setInteger(t, i, Value.NIL_WORD);
        assertEquals(19, tables.length(t));
        // a hint above the array part after it shrank
        for (int i = 1; i <= 64; i++) tables.setInteger(t, i, item(i));
        assertEquals(64, tables.length(t));
        for (int i = 5; i <= 64; i++) tables.setInteger(t, i, Value.NIL_WORD);
        tables.resize(t, 8, 0);
        assertEquals(4, tables.length(t));
        assertTrue(isBorder(t, tables.length(t)));
        tables.free(t);
    }

    @Test
    void randomStoresAlwaysLeaveABorder() {
        Random rnd = new Random(77);
        for (int round = 0; round < 30; round++) {
            long t = tables.create(rnd.nextInt(40), 0);
            for (int step = 0; step < 3000; step++) {
                int r = rnd.nextInt(10);
                long n = tables.length(t);
                assertTrue(isBorder(t, n), () -> "not a border: " + n);
                if (r < 4) tables.setInteger(t, n + 1, item(step));       // append
                else if (r < 6 && n > 0) tables.setInteger(t, n, Value.NIL_WORD); // pop
                else if (r < 8) tables.setInteger(t, 1 + rnd.nextInt(300), item(step));
                else tables.setInteger(t, 1 + rnd.nextInt(300), Value.NIL_WORD);
                if (step % 997 == 0) tables.resize(t, rnd.nextInt(300), 300);
            }
            tables.free(t);
        }
    }
}
