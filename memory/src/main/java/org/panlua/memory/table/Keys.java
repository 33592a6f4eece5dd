package org.panlua.memory.table;

import org.panlua.memory.object.BoxedInteger;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.string.StringTable;
import org.panlua.memory.value.Value;

/**
 * Hashing, equality and order of (normalised) table keys.
 *
 * <p>Keys within an indexed collision chain are kept sorted by (hash, {@link #order}), which is
 * what lets a long chain carry skip-list levels. The order only needs to be total and to call equal
 * keys equal: it compares type tags, then integers by value, long strings by contents, and every
 * other key (interned short strings, doubles, objects) by its word.
 */
final class Keys {
    /** The multiplier of the integer mix (2^64 over the golden ratio, made odd: invertible). */
    static final long MIX = 0x9E37_79B9_7F4A_7C15L;
    private static final long INVERSE_MIX = inverse(MIX);

    private final StringTable strings;
    private final long seed;

    Keys(StringTable strings) {
        this.strings = strings;
        this.seed = strings.seed() * 0xBF58_476D_1CE4_E5B9L;
    }

    long seed() {
        return seed;
    }

    /**
     * The hash of any 64-bit quantity under this state's seed: the high half of one product
     * (Fibonacci hashing), whose bits depend on all of the multiplicand's. The fold first makes
     * the top bits of {@code x} (a double's exponent, a large integer's high half) count in
     * the low bits of the hash, which pick the main position.
     * One multiply where two were used before: five cycles less before the main position can be
     * read (docs/tables.md, "Hashes").
     */
    int mix(long x) {
        long p = (x ^ (x >>> 32) ^ seed) * MIX;
        return (int) (p >>> 32);
    }

    /**
     * The integer whose hash is {@code h}, one of 2^32 such (chosen by {@code r}): the mix run
     * backwards, as an attacker who knew the seed would. Distinct {@code r} give distinct keys.
     */
    long integerWithHash(int h, int r) {
        // the product's low half, which the hash drops, is r
        long y = ((((long) h << 32) | (r & 0xFFFF_FFFFL)) * INVERSE_MIX) ^ seed;
        return y ^ (y >>> 32); // the fold undone: y's high half is x's
    }

    /** The inverse of an odd number modulo 2^64, by Newton's iteration. */
    static long inverse(long odd) {
        long x = odd; // correct to 3 bits: odd * odd == 1 (mod 8)
        for (int i = 0; i < 5; i++) x *= 2 - odd * x; // each step doubles the correct bits
        return x;
    }

    int hashInteger(long value) {
        return mix(value);
    }

    /** The hash of a normalised key word. */
    int hash(long key) {
        if (Value.isInlineInteger(key)) return mix(Value.inlineInteger(key));
        if (Value.isString(key)) return strings.hash(key);
        if (Value.isBoxedInteger(key)) return mix(BoxedInteger.valueOf(key));
        return mix(key);
    }

    /**
     * What {@link #order} reads from a key's object, kept beside the key in skip-list links so
     * that comparing with them reads no object: a boxed integer's value, a string's length,
     * 0 for any other key.
     */
    static long orderValue(long key) {
        int tag = Value.tag(key);
        if (tag == Value.BOXED_INTEGER) return BoxedInteger.valueOf(key);
        if (tag == Value.STRING) return LuaString.length(key);
        return 0;
    }

    /**
     * {@link #order} of {@code a} and {@code b} given their {@link #orderValue}s: reads no
     * object, except the contents of two long strings of equal length.
     */
    static int order(long a, long orderA, long b, long orderB) {
        if (a == b) return 0;
        int ta = Value.tag(a);
        int tb = Value.tag(b);
        if (ta != tb) return Integer.compare(ta, tb);
        if (ta == Value.BOXED_INTEGER) return Long.compare(orderA, orderB);
        if (ta == Value.STRING) {
            if (orderA != orderB) return Long.compare(orderA, orderB);
            if (!LuaString.isShort(a)) return LuaString.compare(a, b);
        }
        return Long.compare(a, b);
    }

    static boolean equal(long a, long b) {
        return a == b || order(a, b) == 0;
    }

    /** A total order on keys of equal hash; 0 exactly when the keys are the same key. */
    static int order(long a, long b) {
        if (a == b) return 0;
        int ta = Value.tag(a);
        int tb = Value.tag(b);
        if (ta != tb) return Integer.compare(ta, tb);
        if (ta == Value.BOXED_INTEGER) return Long.compare(BoxedInteger.valueOf(a), BoxedInteger.valueOf(b));
        if (ta == Value.STRING) {
            long la = LuaString.length(a);
            long lb = LuaString.length(b);
            if (la != lb) return Long.compare(la, lb);
            if (!LuaString.isShort(a)) return LuaString.compare(a, b);
        }
        return Long.compare(a, b);
    }
}
