package org.panlua.core.vm;

import org.panlua.memory.heap.Mem;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

import java.nio.charset.StandardCharsets;

/**
 * The concatenation of registers {@code first .. first+n-1} ({@code luaV_concat}): from the
 * right, each maximal run of strings and numbers is joined in one copy; anything else goes
 * pairwise through {@code __concat}.
 */
final class Concat {
    private Concat() {}

    /** Leaves the result in slot {@code first}. */
    static void concat(LuaThread t, int first, int n) {
        while (n > 1) {
            int last = first + n - 1;
            long b = t.get(last), a = t.get(last - 1);
            if (!isText(a) || !isText(b)) {
                t.frame.pending = n - 1; // what is left after this step, should the metamethod yield
                t.set(last - 1, metamethod(t, a, b, last - 1));
                n--;
                continue;
            }
            int run = 2;
            while (run < n && isText(t.get(last - run))) run++;
            int start = last - run + 1;
            t.set(start, join(t, start, run));
            n -= run - 1;
        }
    }

    private static boolean isText(long w) {
        return Value.isString(w) || Value.isNumber(w);
    }

    private static long join(LuaThread t, int start, int count) {
        long total = 0;
        byte[][] numbers = null;
        for (int i = 0; i < count; i++) {
            long w = t.get(start + i);
            if (Value.isString(w)) {
                total += LuaString.length(w);
            } else {
                if (numbers == null) numbers = new byte[count][];
                numbers[i] = Text.numberText(w).getBytes(StandardCharsets.ISO_8859_1);
                total += numbers[i].length;
            }
        }
        if (total > Integer.MAX_VALUE - 64) throw t.runError("string length overflow");
        // a result that fits is built in the state's reusable array: no garbage per concatenation
        boolean reuse = total <= ByteScratch.KEEP_LIMIT;
        byte[] out = reuse ? t.state.scratch.borrow((int) total) : new byte[(int) total];
        int pos = 0;
        for (int i = 0; i < count; i++) {
            long w = t.get(start + i);
            if (Value.isString(w)) {
                int len = (int) LuaString.length(w);
                Mem.copyOut(LuaString.data(w), out, pos, len);
                pos += len;
            } else {
                byte[] b = numbers[i];
                System.arraycopy(b, 0, out, pos, b.length);
                pos += b.length;
            }
        }
        long r = t.state.string(out, 0, pos);
        if (reuse) t.state.scratch.giveBack(out);
        return r;
    }

    private static long metamethod(LuaThread t, long a, long b, int slotOfA) {
        long tm = t.state.metamethod(a, Event.CONCAT);
        if (tm == Value.NIL_WORD) tm = t.state.metamethod(b, Event.CONCAT);
        if (tm == Value.NIL_WORD) {
            boolean aIsText = isText(a);
            long bad = aIsText ? b : a;
            int slot = aIsText ? slotOfA + 1 : slotOfA;
            throw t.typeError(bad, "concatenate", VarInfo.describeSlot(t, slot));
        }
        int saved = t.top;
        t.top = Math.max(t.top, slotOfA + 2);
        long r = t.callMetamethod(tm, a, b);
        t.top = saved;
        return r;
    }
}
