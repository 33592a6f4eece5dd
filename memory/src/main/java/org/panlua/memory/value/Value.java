package org.panlua.memory.value;

/**
 * The one place that knows how a Lua value is packed into a 64-bit word (DESIGN.md section 3).
 *
 * <pre>
 *  63          51 50  47 46                                              0
 * +--------------+------+-------------------------------------------------+
 * | 1111111111111|  tag |                  payload (47 bits)              |   tagged word
 * +--------------+------+-------------------------------------------------+
 *  any other bit pattern is an IEEE-754 double, stored as is
 * </pre>
 *
 * A double whose top 13 bits are all ones is a negative quiet NaN; every NaN is stored as the
 * single {@link #CANONICAL_NAN} (a positive quiet NaN), so that range is free for tags. The tag
 * numbers are chosen so that the hot tests cost one shift and one compare:
 * <ul>
 *   <li>{@code w >>> 47} is {@code 0x1FFF0 | tag} for every tagged word, so "is a table" is
 *       {@code (w >>> 47) == 0x1FFF4};</li>
 *   <li>false (14) and nil (15) are the only tags whose bits 48..50 are all set, so
 *       "is falsy" is {@code (w >> 48) == -1};</li>
 *   <li>nil is the word with every bit set ({@code -1L}), so freshly filled memory
 *       ({@code 0xFF} bytes) reads as nil.</li>
 * </ul>
 * Integers whose value fits 47 signed bits are inline; any other integer is a
 * {@code BoxedInteger} object, never both (the encoding is canonical). GC objects and light
 * userdata carry a raw x86-64 user-space address, which fits in 47 bits.
 */
public final class Value {
    private Value() {}

    // ---- Tags: the single definition of every type number ----------------------------------
    public static final int LIGHTUSERDATA = 0;
    public static final int INTEGER = 1;
    public static final int BOXED_INTEGER = 2;
    public static final int STRING = 3;
    public static final int TABLE = 4;
    public static final int FUNCTION = 5;
    public static final int USERDATA = 6;
    public static final int THREAD = 7;
    /** Internal objects that a word may point to but no Lua program sees as a value. */
    public static final int PROTO = 8;
    public static final int UPVALUE = 9;
    /**
     * A key the collector freed, left in an empty table node: it keeps the node's place in its
     * chain and equals no live key, without its object being read.
     */
    public static final int DEAD_KEY = 10;
    public static final int TRUE = 13;
    public static final int FALSE = 14;
    public static final int NIL = 15;
    /** What {@link #tag} reports for a double; not a real tag, every double is untagged. */
    public static final int DOUBLE = 16;

    public static final int TAG_SHIFT = 47;
    public static final int PAYLOAD_BITS = 47;
    public static final long PAYLOAD_MASK = (1L << PAYLOAD_BITS) - 1;
    private static final long TAGGED_PREFIX = 0x1FFFL; // the top 13 bits of a tagged word
    private static final int TAGGED_SHIFT = 51;

    /** {@code w >>> TAG_SHIFT} of a word with tag {@code t} equals {@code ITYPE_BASE | t}. */
    private static final long ITYPE_BASE = TAGGED_PREFIX << 4;

    private static long tagBits(int tag) {
        return (ITYPE_BASE | tag) << TAG_SHIFT;
    }

    // ---- Canonical words -------------------------------------------------------------------
    public static final long NIL_WORD = -1L;
    public static final long FALSE_WORD = tagBits(FALSE) | PAYLOAD_MASK;
    public static final long TRUE_WORD = tagBits(TRUE) | PAYLOAD_MASK;
    /** The only NaN a word may hold: {@code Double.doubleToLongBits(Double.NaN)}. */
    public static final long CANONICAL_NAN = 0x7FF8_0000_0000_0000L;

    /** Smallest and largest integer stored inline (47-bit two's complement). */
    public static final long MIN_INLINE_INTEGER = -(1L << (PAYLOAD_BITS - 1));
    public static final long MAX_INLINE_INTEGER = (1L << (PAYLOAD_BITS - 1)) - 1;

    private static final long INTEGER_BITS = tagBits(INTEGER);

    // ---- Tests -----------------------------------------------------------------------------
    public static boolean isDouble(long w) {
        return (w >>> TAGGED_SHIFT) != TAGGED_PREFIX;
    }

    public static boolean isTagged(long w) {
        return (w >>> TAGGED_SHIFT) == TAGGED_PREFIX;
    }

    /** The tag of a word, {@link #DOUBLE} for a double. */
    public static int tag(long w) {
        return isDouble(w) ? DOUBLE : (int) (w >>> TAG_SHIFT) & 0xF;
    }

    public static boolean hasTag(long w, int tag) {
        return (w >>> TAG_SHIFT) == (ITYPE_BASE | tag);
    }

    public static boolean isNil(long w) {
        return w == NIL_WORD;
    }

    public static boolean isFalsy(long w) {
        return (w >> 48) == -1;
    }

    public static boolean isInlineInteger(long w) {
        return (w >>> TAG_SHIFT) == (ITYPE_BASE | INTEGER);
    }

    public static boolean isBoxedInteger(long w) {
        return hasTag(w, BOXED_INTEGER);
    }

    /** An integer, inline or boxed. */
    public static boolean isInteger(long w) {
        long itype = w >>> TAG_SHIFT;
        return itype == (ITYPE_BASE | INTEGER) || itype == (ITYPE_BASE | BOXED_INTEGER);
    }

    public static boolean isNumber(long w) {
        return isDouble(w) || isInteger(w);
    }

    public static boolean isString(long w) {
        return hasTag(w, STRING);
    }

    public static boolean isTable(long w) {
        return hasTag(w, TABLE);
    }

    public static boolean isFunction(long w) {
        return hasTag(w, FUNCTION);
    }

    public static boolean isBoolean(long w) {
        return w == TRUE_WORD || w == FALSE_WORD;
    }

    /** A word whose payload is the address of an object on the native heap. */
    public static boolean isHeapObject(long w) {
        int t = tag(w);
        return t >= BOXED_INTEGER && t <= UPVALUE;
    }

    // ---- Constructors ----------------------------------------------------------------------
    /** A double, with every NaN made the canonical one. */
    public static long ofDouble(double d) {
        return Double.doubleToLongBits(d);
    }

    public static boolean fitsInline(long v) {
        return ((v << (64 - PAYLOAD_BITS)) >> (64 - PAYLOAD_BITS)) == v;
    }

    /** The inline word of an integer that {@link #fitsInline fits}. */
    public static long ofInlineInteger(long v) {
        assert fitsInline(v) : v;
        return (v & PAYLOAD_MASK) | INTEGER_BITS;
    }

    public static long ofBoolean(boolean b) {
        return b ? TRUE_WORD : FALSE_WORD;
    }

    public static long ofLightUserdata(long address) {
        return ofAddress(LIGHTUSERDATA, address);
    }

    /** The word of the heap object at {@code address} with type {@code tag}. */
    public static long ofObject(int tag, long address) {
        assert tag >= BOXED_INTEGER && tag <= DEAD_KEY : tag;
        return ofAddress(tag, address);
    }

    private static long ofAddress(int tag, long address) {
        if ((address & ~PAYLOAD_MASK) != 0) {
            throw new IllegalArgumentException("address does not fit 47 bits: 0x" + Long.toHexString(address));
        }
        return tagBits(tag) | address;
    }

    // ---- Accessors -------------------------------------------------------------------------
    public static double asDouble(long w) {
        return Double.longBitsToDouble(w);
    }

    public static long inlineInteger(long w) {
        return (w << (64 - PAYLOAD_BITS)) >> (64 - PAYLOAD_BITS);
    }

    /** The address carried by an object or light-userdata word. */
    public static long address(long w) {
        return w & PAYLOAD_MASK;
    }

    public static boolean asBoolean(long w) {
        return !isFalsy(w);
    }

    // ---- Numbers as keys -------------------------------------------------------------------
    /** True when {@code d} has an exact 64-bit integer value (so as a key it is that integer). */
    public static boolean hasExactInteger(double d) {
        return d >= -0x1p63 && d < 0x1p63 && d == Math.rint(d);
    }

    /** The names {@code type()} reports. */
    public static String typeName(long w) {
        return tagName(tag(w));
    }

    /** The type name of the words of tag {@code tag} ({@link #typeName}). */
    public static String tagName(int tag) {
        return switch (tag) {
            case NIL -> "nil";
            case TRUE, FALSE -> "boolean";
            case DOUBLE, INTEGER, BOXED_INTEGER -> "number";
            case STRING -> "string";
            case TABLE -> "table";
            case FUNCTION -> "function";
            case USERDATA, LIGHTUSERDATA -> "userdata";
            case THREAD -> "thread";
            case PROTO -> "proto";
            case UPVALUE -> "upvalue";
            default -> "no value";
        };
    }

    /** A debugging description of a word (not Lua's {@code tostring}). */
    public static String describe(long w) {
        return switch (tag(w)) {
            case DOUBLE -> "double " + asDouble(w);
            case INTEGER -> "integer " + inlineInteger(w);
            case NIL -> "nil";
            case TRUE -> "true";
            case FALSE -> "false";
            default -> typeName(w) + "@0x" + Long.toHexString(address(w));
        };
    }
}
