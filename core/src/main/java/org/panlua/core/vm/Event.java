package org.panlua.core.vm;

/**
 * Metamethod events. The first eight have a bit in a table's absent-metamethod byte
 * ({@link org.panlua.memory.table.Tables#isMetamethodAbsent}), so asking a metatable that lacks
 * them costs one byte test; they are the ones the interpreter asks most often.
 */
public enum Event {
    INDEX, NEWINDEX, GC, MODE, LEN, EQ, CALL, CLOSE,
    ADD, SUB, MUL, MOD, POW, DIV, IDIV,
    BAND, BOR, BXOR, SHL, SHR, UNM, BNOT,
    LT, LE, CONCAT, NAME, TOSTRING, METATABLE, PAIRS;

    /** The events with a cache bit. */
    public static final int CACHED = 8;

    private static final Event[] ALL = values();

    /** The key in a metatable: {@code __index}, {@code __add}... */
    public final String key = "__" + name().toLowerCase();

    public boolean isCached() {
        return ordinal() < CACHED;
    }

    static Event of(int ordinal) {
        return ALL[ordinal];
    }
}
