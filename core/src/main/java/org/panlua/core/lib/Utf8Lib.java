package org.panlua.core.lib;

import org.panlua.core.vm.Conversions;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;

/**
 * The utf8 library. Strings are read in place ({@link StringBytes}); a position at or past
 * the end reads as the terminating NUL byte the reference relies on. Strict decoding accepts
 * code points up to {@code 0x10FFFF} without surrogates; lax decoding accepts the original
 * UTF-8 up to {@code 0x7FFFFFFF} (six bytes). Overlong forms are always invalid.
 */
public final class Utf8Lib {
    private Utf8Lib() {}

    private static final long MAX_UNICODE = 0x10FFFF;
    private static final long MAX_UTF = 0x7FFFFFFF;
    private static final String INVALID = "invalid UTF-8 code";
    /** One UTF-8 sequence, as a pattern: {@code [\0-\x7F\xC2-\xFD][\x80-\xBF]*}. */
    private static final byte[] CHAR_PATTERN = {
        '[', 0, '-', 0x7F, (byte) 0xC2, '-', (byte) 0xFD, ']', '[', (byte) 0x80, '-', (byte) 0xBF, ']', '*'
    };
    /** Most values {@code codepoint} may push (the stack limit of a coroutine, minus some room). */
    private static final long MAX_RESULTS = 1_000_000 - 1_000;

    /** Registers the {@code utf8} library. */
    public static void open(LuaState state) {
        Library lib = Library.create(state, "utf8", 6);
        lib.add("offset", Utf8Lib::offset);
        lib.add("codepoint", Utf8Lib::codepoint);
        lib.add("char", Utf8Lib::chars);
        lib.add("len", Utf8Lib::len);
        lib.add("codes", L -> {
            boolean isLax = L.toBoolean(2);
            StringBytes s = StringBytes.of(L.checkString(1));
            if (isContinuation(s.at(0))) throw L.argError(1, INVALID);
            L.push(L.upvalue(isLax ? 1 : 0)); // the strict or the lax iterator
            L.push(L.arg(1));
            L.pushInteger(0);
            return 3;
        }, state.function(L -> nextCode(L, true)), state.function(L -> nextCode(L, false)));
        state.setField(lib.table(), "charpattern", state.string(CHAR_PATTERN));
    }

    // ---- Decoding --------------------------------------------------------------------------
    static boolean isContinuation(int b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * Smallest code point of a sequence with that many continuation bytes (smaller ones are
     * overlong); nothing is small enough for a lone continuation byte (no continuation).
     */
    private static final long[] LIMITS = {Long.MAX_VALUE, 0x80, 0x800, 0x10000, 0x200000, 0x4000000};

    /** Decodes one sequence at a time; {@link #code} holds the code point of the last one. */
    static final class Decoder {
        private final boolean strict;
        long code;

        /** A decoder; {@code strict} rejects surrogates and code points above {@code 0x10FFFF}. */
        Decoder(boolean strict) {
            this.strict = strict;
        }

        /** Decodes the sequence at {@code i}: returns the index just after it, or -1 when it is invalid. */
        long next(StringBytes s, long i) {
            int c = s.at(i);
            long cp;
            int count = 0; // continuation bytes
            if (c < 0x80) {
                cp = c;
            } else {
                cp = 0;
                // each 1 bit after the leading one announces a continuation byte
                for (int lead = c; (lead & 0x40) != 0; lead <<= 1) {
                    int cc = s.at(i + ++count);
                    if (!isContinuation(cc)) return -1;
                    cp = (cp << 6) | (cc & 0x3F);
                }
                if (count > 5) return -1;
                cp |= (long) (c & (0x3F >> count)) << (6 * count);
                if (cp > MAX_UTF || cp < LIMITS[count]) return -1;
            }
            if (strict && (cp > MAX_UNICODE || (cp >= 0xD800 && cp <= 0xDFFF))) return -1;
            code = cp;
            return i + count + 1;
        }
    }

    /** A relative string position: negatives count back from the end, too far back gives 0. */
    static long relative(long pos, long len) {
        if (pos >= 0) return pos;
        if (pos == Long.MIN_VALUE || -pos > len) return 0;
        return len + pos + 1;
    }

    // ---- Functions -------------------------------------------------------------------------
    /** {@code utf8.len(s [, i [, j [, lax]]])}: characters starting in {@code [i, j]}, or fail and a position. */
    private static int len(LuaThread L) {
        StringBytes s = StringBytes.of(L.checkString(1));
        long i = relative(L.optInteger(2, 1), s.length());
        long j = relative(L.optInteger(3, -1), s.length());
        Decoder d = new Decoder(!L.toBoolean(4));
        if (!(1 <= i && --i <= s.length())) throw L.argError(2, "initial position out of bounds");
        if (!(--j < s.length())) throw L.argError(3, "final position out of bounds");
        long n = 0;
        while (i <= j) {
            long next = d.next(s, i);
            if (next < 0) {
                L.pushNil();
                L.pushInteger(i + 1);
                return 2;
            }
            i = next;
            n++;
        }
        L.pushInteger(n);
        return 1;
    }

    /** {@code utf8.codepoint(s [, i [, j [, lax]]])}: the code points of the characters starting in {@code [i, j]}. */
    private static int codepoint(LuaThread L) {
        StringBytes s = StringBytes.of(L.checkString(1));
        long i = relative(L.optInteger(2, 1), s.length());
        long j = relative(L.optInteger(3, i), s.length());
        Decoder d = new Decoder(!L.toBoolean(4));
        if (i < 1) throw L.argError(2, "out of bounds");
        if (j > s.length()) throw L.argError(3, "out of bounds");
        if (i > j) return 0;
        if (j - i >= Integer.MAX_VALUE) throw L.error("string slice too long");
        if (j - i + 1 > MAX_RESULTS) throw L.error("stack overflow (string slice too long)");
        int n = 0;
        for (long p = i - 1; p < j; n++) {
            p = d.next(s, p);
            if (p < 0) throw L.error(INVALID);
            L.pushInteger(d.code);
        }
        return n;
    }

    /** {@code utf8.char(...)}: the concatenated encodings of code points up to {@code 0x7FFFFFFF}. */
    private static int chars(LuaThread L) {
        int n = L.nargs();
        LuaBuffer b = new LuaBuffer(L);
        byte[] one = new byte[6];
        for (int i = 1; i <= n; i++) {
            long code = L.checkInteger(i);
            if (Long.compareUnsigned(code, MAX_UTF) > 0) throw L.argError(i, "value out of range");
            int k = encode(code, one);
            b.add(one, one.length - k, k);
        }
        L.push(b.toStringValue());
        return 1;
    }

    /**
     * Writes the UTF-8 form of {@code code} (up to six bytes) at the end of {@code out};
     * returns its length.
     */
    static int encode(long code, byte[] out) {
        int end = out.length;
        if (code < 0x80) {
            out[end - 1] = (byte) code;
            return 1;
        }
        int n = 0;
        long firstMax = 0x3F; // largest payload the first byte can still hold
        do {
            out[end - 1 - n++] = (byte) (0x80 | (code & 0x3F));
            code >>= 6;
            firstMax >>= 1;
        } while (code > firstMax);
        out[end - 1 - n++] = (byte) ((~firstMax << 1) | code);
        return n;
    }

    /**
     * {@code utf8.offset(s, n [, i])}: where the {@code n}-th character counted from
     * position {@code i} starts ({@code n == 0}: the start of the character at {@code i}).
     */
    private static int offset(LuaThread L) {
        StringBytes s = StringBytes.of(L.checkString(1));
        long len = s.length();
        long n = L.checkInteger(2);
        long pos = relative(L.optInteger(3, n >= 0 ? 1 : len + 1), len);
        if (!(1 <= pos && --pos <= len)) throw L.argError(3, "position out of bounds");
        if (n == 0) {
            while (pos > 0 && isContinuation(s.at(pos))) pos--; // back to its first byte
        } else {
            if (isContinuation(s.at(pos))) throw L.error("initial position is a continuation byte");
            if (n < 0) {
                while (n < 0 && pos > 0) { // back one character at a time
                    do {
                        pos--;
                    } while (pos > 0 && isContinuation(s.at(pos)));
                    n++;
                }
            } else {
                n--; // the character at pos is the first one
                while (n > 0 && pos < len) {
                    do {
                        pos++;
                    } while (isContinuation(s.at(pos))); // stops at the end at the latest
                    n--;
                }
            }
        }
        if (n == 0) L.pushInteger(pos + 1);
        else L.pushNil();
        return 1;
    }

    /** The iterator of {@code utf8.codes}: the position and code of the character after {@code i}. */
    private static int nextCode(LuaThread L, boolean strict) {
        StringBytes s = StringBytes.of(L.checkString(1));
        Long control = Conversions.toInteger(L.arg(2));
        long i = control == null ? 0 : control; // unsigned: negatives are past the end
        if (Long.compareUnsigned(i, s.length()) < 0) {
            while (isContinuation(s.at(i))) i++; // skip the rest of the previous character
        }
        if (Long.compareUnsigned(i, s.length()) >= 0) return 0;
        Decoder d = new Decoder(strict);
        long next = d.next(s, i);
        if (next < 0 || isContinuation(s.at(next))) throw L.error(INVALID);
        L.pushInteger(i + 1);
        L.pushInteger(d.code);
        return 2;
    }
}
