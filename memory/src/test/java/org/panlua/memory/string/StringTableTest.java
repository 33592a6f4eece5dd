package org.panlua.memory.string;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.panlua.memory.heap.Mem;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.heap.SizeClasses;
import org.panlua.memory.object.ObjectHeader;
import org.panlua.memory.value.Value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StringTableTest {
    private NativeHeap heap;
    private StringTable strings;

    @BeforeEach
    void open() {
        heap = new NativeHeap();
        strings = new StringTable(heap, 0x5EED);
    }

    @AfterEach
    void close() {
        heap.close();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    private static byte[] randomBytes(Random rnd, int length) {
        byte[] b = new byte[length];
        rnd.nextBytes(b);
        return b;
    }

    /** A native block holding {@code b}, for {@link StringTable#ofNative}. */
    private long nativeCopy(byte[] b) {
        long a = heap.allocate(Math.max(b.length, 1));
        Mem.copyIn(b, 0, a, b.length);
        return a;
    }

    // ---- Layout and interning ----------------------------------------------------------------

    /**
     * Leaves garbage in the block the next allocation of {@code size} bytes gets (freed blocks
     * are handed out again first), so that nothing passes only because fresh memory is zero.
     */
    private void dirtyNextBlock(long size) {
        long a = heap.allocate(size);
        Mem.fill(a, size, (byte) 0x55);
        heap.free(a, size);
    }

    @Test
    void stringsHoldTheirBytesAndATerminatingNul() {
        Random rnd = new Random(1);
        for (int length = 0; length <= 100; length++) {
            byte[] b = randomBytes(rnd, length);
            dirtyNextBlock(LuaString.blockSize(length));
            long w = strings.of(b);
            assertTrue(Value.isString(w));
            assertEquals(Value.STRING, ObjectHeader.type(Value.address(w)));
            assertEquals(length, LuaString.length(w));
            assertArrayEquals(b, LuaString.toBytes(w));
            assertEquals(0, Mem.getByte(LuaString.data(w) + length), "NUL after " + length + " bytes");
            assertEquals(length <= StringTable.MAX_SHORT, LuaString.isShort(w), "short at " + length);
        }
        dirtyNextBlock(LuaString.blockSize(4));
        long withZeros = strings.of(bytes('a', 0, 'b', 0));
        assertEquals(4, LuaString.length(withZeros));
        assertArrayEquals(bytes('a', 0, 'b', 0), LuaString.toBytes(withZeros));
        assertEquals(0, Mem.getByte(LuaString.data(withZeros) + 4));
        dirtyNextBlock(LuaString.blockSize(0));
        long empty = strings.of(new byte[0]);
        assertEquals(0, LuaString.length(empty));
        assertEquals(0, Mem.getByte(LuaString.data(empty)));
    }

    @Test
    void shortStringsAreInternedFromEverySource() {
        Random rnd = new Random(2);
        for (int length = 0; length <= StringTable.MAX_SHORT; length++) {
            byte[] b = randomBytes(rnd, length);
            int count = strings.count();
            long w = strings.of(b);
            assertEquals(count + 1, strings.count(), "a new short string enters the table");
            assertEquals(w, strings.of(b.clone()), "same bytes, same word");
            byte[] padded = new byte[length + 10];
            System.arraycopy(b, 0, padded, 5, length);
            assertEquals(w, strings.of(padded, 5, length), "from a slice");
            long a = nativeCopy(b);
            assertEquals(w, strings.ofNative(a, length), "from native memory");
            heap.free(a, Math.max(length, 1));
            assertEquals(count + 1, strings.count(), "re-interning adds nothing");
        }
        assertEquals(strings.of("hello"), strings.of("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(strings.of("h\u00e9llo"), strings.of(bytes('h', 0xC3, 0xA9, 'l', 'l', 'o')));
        assertNotEquals(strings.of("hello"), strings.of("hellO"));
        assertNotEquals(strings.of(bytes('a')), strings.of(bytes('a', 0)), "a trailing NUL is content");
    }

    @Test
    void longStringsAreNotInternedButCompareEqual() {
        Random rnd = new Random(3);
        for (int length = StringTable.MAX_SHORT + 1; length <= 300; length += 7) {
            byte[] b = randomBytes(rnd, length);
            int count = strings.count();
            long w1 = strings.of(b);
            long w2 = strings.of(b);
            long a = nativeCopy(b);
            long w3 = strings.ofNative(a, length);
            heap.free(a, length);
            assertEquals(count, strings.count(), "long strings stay out of the table");
            assertNotEquals(w1, w2);
            assertNotEquals(w1, w3);
            assertFalse(LuaString.isShort(w1));
            assertTrue(LuaString.equals(w1, w2));
            assertTrue(LuaString.equals(w3, w1));
            assertEquals(0, LuaString.compare(w1, w2));
            assertArrayEquals(b, LuaString.toBytes(w3));
            byte[] other = b.clone();
            other[length - 1] ^= 1;
            long w4 = strings.of(other);
            assertFalse(LuaString.equals(w1, w4));
            assertFalse(LuaString.equals(w1, strings.of(Arrays.copyOf(b, length + 1))));
        }
        // the boundary: 40 bytes interned, 41 not
        byte[] forty = new byte[40];
        Arrays.fill(forty, (byte) 'x');
        assertEquals(strings.of(forty), strings.of(forty.clone()));
        byte[] fortyOne = Arrays.copyOf(forty, 41);
        fortyOne[40] = 'x';
        assertNotEquals(strings.of(fortyOne), strings.of(fortyOne));
    }

    @Test
    void equalsAgreesWithBytesForEveryPair() {
        Random rnd = new Random(4);
        List<byte[]> contents = new ArrayList<>();
        List<Long> words = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            byte[] b = randomBytes(rnd, rnd.nextInt(3) == 0 ? 40 + rnd.nextInt(3) : rnd.nextInt(60));
            for (int k = 0; k < b.length; k++) b[k] &= 1; // small alphabet: many equal strings
            contents.add(b);
            words.add(strings.of(b));
        }
        for (int i = 0; i < contents.size(); i++) {
            for (int j = 0; j < contents.size(); j++) {
                boolean same = Arrays.equals(contents.get(i), contents.get(j));
                assertEquals(same, LuaString.equals(words.get(i), words.get(j)), i + " vs " + j);
                if (same && contents.get(i).length <= StringTable.MAX_SHORT) {
                    assertEquals(words.get(i), words.get(j));
                }
            }
        }
    }

    // ---- Order -------------------------------------------------------------------------------

    @Test
    void compareIsUnsignedBytewiseWithPrefixesFirst() {
        byte[] common = new byte[45];
        Arrays.fill(common, (byte) 0x80);
        List<byte[]> samples = new ArrayList<>(List.of(
                bytes(), bytes(0), bytes(0, 0), bytes(0, 1), bytes(1), bytes('a'), bytes('a', 0),
                bytes('a', 0, 'b'), bytes('a', 'b'), bytes('b'), bytes(0x7F), bytes(0x80), bytes(0xFF),
                bytes(0xFF, 0), bytes(0xFF, 0xFF), bytes('a', 0xE9), bytes('a', 'z'),
                common, Arrays.copyOf(common, 40), Arrays.copyOf(common, 41), Arrays.copyOf(common, 46)));
        byte[] lastHigh = common.clone();
        lastHigh[44] = (byte) 0xFF;
        byte[] lastLow = common.clone();
        lastLow[44] = 0;
        samples.add(lastHigh);
        samples.add(lastLow);
        Random rnd = new Random(5);
        byte[] alphabet = bytes(0, 1, 'a', 0x7F, 0x80, 0xFF);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[rnd.nextInt(i % 4 == 0 ? 60 : 6)];
            for (int k = 0; k < b.length; k++) b[k] = alphabet[rnd.nextInt(alphabet.length)];
            samples.add(b);
        }
        long[] words = new long[samples.size()];
        for (int i = 0; i < words.length; i++) words[i] = strings.of(samples.get(i));
        for (int i = 0; i < words.length; i++) {
            for (int j = 0; j < words.length; j++) {
                int expected = Integer.signum(Arrays.compareUnsigned(samples.get(i), samples.get(j)));
                int actual = Integer.signum(LuaString.compare(words[i], words[j]));
                if (expected != actual) {
                    fail("compare(" + Arrays.toString(samples.get(i)) + ", " + Arrays.toString(samples.get(j))
                            + ") = " + actual + ", expected " + expected);
                }
            }
        }
        assertTrue(LuaString.compare(strings.of(bytes(0x7F)), strings.of(bytes(0x80))) < 0, "bytes are unsigned");
        assertTrue(LuaString.compare(strings.of(bytes('a')), strings.of(bytes('a', 0))) < 0, "prefix first");
        assertTrue(LuaString.compare(strings.of(bytes('a', 0, 'c')), strings.of(bytes('a', 0, 'b'))) > 0,
                "bytes after an embedded zero still count");
    }

    // ---- Hashing -----------------------------------------------------------------------------

    @Test
    void shortStringsAreHashedAtOnceWithTheSeed() {
        Random rnd = new Random(6);
        for (int length = 0; length <= StringTable.MAX_SHORT; length++) {
            byte[] b = randomBytes(rnd, length);
            long w = strings.of(b);
            assertNotEquals(0, ObjectHeader.flags(Value.address(w)) & LuaString.FLAG_HASHED);
            int h = StringHash.hash(b, 0, length, strings.seed());
            assertEquals(h, strings.hash(w));
            assertEquals(h, Mem.getInt(Value.address(w) + LuaString.HASH));
            assertEquals(h, StringHash.hashNative(LuaString.data(w), length, strings.seed()),
                    "the same hash from native memory");
        }
    }

    @Test
    void longStringsAreHashedLazilyAndStably() {
        Random rnd = new Random(7);
        for (int length = StringTable.MAX_SHORT + 1; length < 400; length += 13) {
            byte[] b = randomBytes(rnd, length);
            long w = strings.of(b);
            long s = Value.address(w);
            assertEquals(0, ObjectHeader.flags(s) & LuaString.FLAG_HASHED, "not hashed at creation");
            assertEquals(0, ObjectHeader.flags(s) & LuaString.FLAG_SHORT);
            int h = strings.hash(w);
            assertEquals(StringHash.hash(b, 0, length, strings.seed()), h);
            assertNotEquals(0, ObjectHeader.flags(s) & LuaString.FLAG_HASHED, "hashed on first use");
            assertEquals(0, ObjectHeader.flags(s) & LuaString.FLAG_SHORT, "still long");
            assertEquals(h, Mem.getInt(s + LuaString.HASH), "cached in the header");
            assertEquals(h, strings.hash(w));
            long copy = strings.of(b);
            assertEquals(h, strings.hash(copy), "equal strings, equal hashes");
            assertEquals(length, LuaString.length(w), "hashing leaves the length alone");
            assertArrayEquals(b, LuaString.toBytes(w));
        }
    }

    @Test
    void theHashIsSeededPerState() {
        StringTable other = new StringTable(heap, 0x5EED + 1);
        int differing = 0;
        for (int i = 0; i < 50; i++) {
            byte[] b = ("string number " + i).getBytes(StandardCharsets.US_ASCII);
            if (StringHash.hash(b, 0, b.length, strings.seed()) != StringHash.hash(b, 0, b.length, other.seed())) {
                differing++;
            }
            assertEquals(StringHash.hash(b, 0, b.length, other.seed()), other.hash(other.of(b)));
        }
        assertTrue(differing >= 45, "hashes differing between seeds: " + differing);
        other.close();
    }

    // ---- Freeing and growth ------------------------------------------------------------------

    @Test
    void freeingAShortStringTakesItOutOfTheTable() {
        long alpha = strings.of("alpha");
        long beta = strings.of("beta");
        int count = strings.count();
        long inUse = heap.bytesInUse();
        strings.free(alpha);
        assertEquals(count - 1, strings.count());
        assertEquals(inUse - SizeClasses.roundUp(LuaString.blockSize(5)), heap.bytesInUse());
        // take the freed block, so that a new "alpha" must live elsewhere
        long filler = heap.allocate(LuaString.blockSize(5));
        assertEquals(Value.address(alpha), filler, "the freed block is reused first");
        long again = strings.of("alpha");
        assertNotEquals(alpha, again, "a fresh string, not the freed one");
        assertEquals(count, strings.count());
        assertEquals("alpha", LuaString.toJava(again));
        assertEquals(again, strings.of("alpha"));
        assertEquals(beta, strings.of("beta"), "other strings are untouched");
        heap.free(filler, LuaString.blockSize(5));

        long longOne = strings.of("x".repeat(100));
        long before = heap.bytesInUse();
        strings.free(longOne);
        assertEquals(count, strings.count(), "a long string was never in the table");
        assertEquals(before - SizeClasses.roundUp(LuaString.blockSize(100)), heap.bytesInUse());
    }

    @Test
    void theTableGrowsPastThousandsOfStringsAndShrinksBackToNothing() {
        long base = heap.bytesInUse();
        Random rnd = new Random(8);
        int n = 20_000;
        Map<String, Long> words = new HashMap<>();
        List<byte[]> contents = new ArrayList<>();
        long stringBytes = 0;
        while (contents.size() < n) {
            byte[] b = randomBytes(rnd, 1 + rnd.nextInt(StringTable.MAX_SHORT));
            String key = new String(b, StandardCharsets.ISO_8859_1);
            if (words.containsKey(key)) continue;
            long w = strings.of(b);
            words.put(key, w);
            contents.add(b);
            stringBytes += SizeClasses.roundUp(LuaString.blockSize(b.length));
        }
        assertEquals(n, strings.count());
        assertEquals(n, new HashSet<>(words.values()).size(), "distinct strings, distinct words");
        for (byte[] b : contents) {
            assertEquals(words.get(new String(b, StandardCharsets.ISO_8859_1)), strings.of(b));
        }
        assertEquals(n, strings.count());
        // the buckets doubled from 128 to the first power of two not below the count
        long buckets = 32_768;
        assertEquals(base + stringBytes + SizeClasses.roundUp(buckets * 8) - SizeClasses.roundUp(128 * 8),
                heap.bytesInUse(), "strings plus one bucket array of " + buckets);

        // free half in random order: the rest stay interned, the freed ones come back new
        List<byte[]> shuffled = new ArrayList<>(contents);
        Collections.shuffle(shuffled, rnd);
        Set<String> freed = new HashSet<>();
        for (int i = 0; i < n / 2; i++) {
            String key = new String(shuffled.get(i), StandardCharsets.ISO_8859_1);
            strings.free(words.get(key));
            freed.add(key);
        }
        assertEquals(n - n / 2, strings.count());
        for (byte[] b : contents) {
            String key = new String(b, StandardCharsets.ISO_8859_1);
            if (!freed.contains(key)) assertEquals(words.get(key), strings.of(b), "still interned");
        }
        assertEquals(n - n / 2, strings.count(), "looking up the survivors adds nothing");
        for (String key : freed) {
            long w = strings.of(key.getBytes(StandardCharsets.ISO_8859_1));
            assertArrayEquals(key.getBytes(StandardCharsets.ISO_8859_1), LuaString.toBytes(w));
            words.put(key, w);
        }
        assertEquals(n, strings.count());
        for (long w : words.values()) strings.free(w);
        assertEquals(0, strings.count());
        strings.close();
        assertEquals(base - SizeClasses.roundUp(128 * 8), heap.bytesInUse(), "nothing left but what was there");
        assertEquals(0, heap.liveBlocks());
    }

    // ---- Java strings ------------------------------------------------------------------------

    private static void assertRoundTrip(byte[] b) {
        String s = LuaStringCodec.decode(b);
        byte[] back = LuaStringCodec.encode(s);
        if (!Arrays.equals(b, back)) {
            fail("bytes " + hex(b) + " decoded to " + chars(s) + " encoded back to " + hex(back));
        }
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02X ", x & 0xFF));
        return sb.toString().trim();
    }

    private static String chars(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(String.format("U+%04X ", (int) s.charAt(i)));
        return sb.toString().trim();
    }

    @Test
    void everySingleByteSurvivesTheRoundTrip() {
        for (int b = 0; b < 256; b++) {
            String s = LuaStringCodec.decode(bytes(b));
            assertEquals(1, s.length());
            assertEquals(b < 0x80 ? b : 0xDC00 + b, s.charAt(0), "byte " + b);
            assertArrayEquals(bytes(b), LuaStringCodec.encode(s), "byte " + b);
        }
    }

    @Test
    void everyPairOfBytesSurvivesTheRoundTrip() {
        byte[] b = new byte[2];
        for (int x = 0; x < 256; x++) {
            for (int y = 0; y < 256; y++) {
                b[0] = (byte) x;
                b[1] = (byte) y;
                assertRoundTrip(b);
            }
        }
    }

    @Test
    void randomBytesSurviveTheRoundTrip() {
        Random rnd = new Random(9);
        byte[] lead = bytes(0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0x80, 0xBF, 0xC0, 0xC1, 0xFF);
        for (int i = 0; i < 50_000; i++) {
            byte[] b = randomBytes(rnd, rnd.nextInt(24));
            if (i % 2 == 0) { // bias towards lead bytes and continuations, where decoding is subtle
                for (int k = 0; k < b.length; k++) {
                    int r = rnd.nextInt(3);
                    if (r == 0) b[k] = lead[rnd.nextInt(lead.length)];
                    else if (r == 1) b[k] = (byte) (0x80 | rnd.nextInt(0x40));
                }
            }
            assertRoundTrip(b);
        }
    }

    @Test
    void malformedUtf8BecomesEscapedBytesAndComesBack() {
        Object[][] cases = {
            {bytes(0xC0, 0x80), "\uDCC0\uDC80"},                    // overlong NUL
            {bytes(0xC1, 0xBF), "\uDCC1\uDCBF"},                    // overlong 2-byte
            {bytes(0xE0, 0x80, 0x80), "\uDCE0\uDC80\uDC80"},        // overlong 3-byte
            {bytes(0xE0, 0x9F, 0xBF), "\uDCE0\uDC9F\uDCBF"},
            {bytes(0xF0, 0x80, 0x80, 0x80), "\uDCF0\uDC80\uDC80\uDC80"}, // overlong 4-byte
            {bytes(0xF0, 0x8F, 0xBF, 0xBF), "\uDCF0\uDC8F\uDCBF\uDCBF"},
            {bytes(0xED, 0xA0, 0x80), "\uDCED\uDCA0\uDC80"},        // encoded high surrogate D800
            {bytes(0xED, 0xBF, 0xBF), "\uDCED\uDCBF\uDCBF"},        // encoded low surrogate DFFF
            {bytes(0xED, 0xB2, 0x80), "\uDCED\uDCB2\uDC80"},        // encoded DC80, an escape's own value
            {bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80), "\uDCED\uDCA0\uDCBD\uDCED\uDCB8\uDC80"}, // CESU pair
            {bytes(0xF4, 0x90, 0x80, 0x80), "\uDCF4\uDC90\uDC80\uDC80"}, // above U+10FFFF
            {bytes(0xF5, 0x80, 0x80, 0x80), "\uDCF5\uDC80\uDC80\uDC80"},
            {bytes(0xF8, 0x88, 0x80, 0x80, 0x80), "\uDCF8\uDC88\uDC80\uDC80\uDC80"}, // 5-byte form
            {bytes(0xFE), "\uDCFE"},
            {bytes(0xFF), "\uDCFF"},
            {bytes(0x80), "\uDC80"},                                // lone continuation
            {bytes('a', 0xBF, 'b'), "a\uDCBFb"},
            {bytes(0xC3), "\uDCC3"},                                // truncated 2-byte
            {bytes(0xE2, 0x82), "\uDCE2\uDC82"},                    // truncated 3-byte
            {bytes(0xF0, 0x9F, 0x98), "\uDCF0\uDC9F\uDC98"},        // truncated 4-byte
            {bytes(0xE2, 0x82, 'x'), "\uDCE2\uDC82x"},              // interrupted
            {bytes(0xC3, 0xC3, 0xA9), "\uDCC3\u00E9"},              // bad lead, then a good pair
            {bytes(0xF0, 0x9F, 0x98, 0x80, 0x80), "\uD83D\uDE00\uDC80"}, // good 4-byte, stray byte
            {bytes(0xE2, 0x82, 0xAC, 0xE2, 0x82), "\u20AC\uDCE2\uDC82"},
        };
        for (Object[] c : cases) {
            byte[] b = (byte[]) c[0];
            String expected = (String) c[1];
            String actual = LuaStringCodec.decode(b);
            assertEquals(expected, actual, () -> hex(b) + " decoded to " + chars(actual));
            assertArrayEquals(b, LuaStringCodec.encode(actual), () -> hex(b));
        }
    }

    @Test
    void wellFormedUtf8DecodesToTheCharactersItEncodes() {
        String[] samples = {
            "", "plain ASCII \u0000 with a NUL", "h\u00e9llo", "\u20ac", "\u0080", "\u07ff", "\u0800",
            "\ud7ff", "\ue000", "\uffff", "\ufffd", "\ud83d\ude00", "\udbff\udfff", "\ud800\udc00",
            "\u65e5\u672c\u8a9e", "mixed \u00e9\u20ac\ud83d\ude00 text",
        };
        for (String s : samples) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            assertEquals(s, LuaStringCodec.decode(utf8), () -> hex(utf8));
            assertArrayEquals(utf8, LuaStringCodec.encode(s), () -> chars(s));
        }
        assertEquals("\u20ac", LuaStringCodec.decode(bytes(0xE2, 0x82, 0xAC)));
        assertEquals("\ud83d\ude00", LuaStringCodec.decode(bytes(0xF0, 0x9F, 0x98, 0x80)));
        assertEquals("\udbff\udfff", LuaStringCodec.decode(bytes(0xF4, 0x8F, 0xBF, 0xBF)));
        assertEquals("bc", LuaStringCodec.decode(bytes('a', 'b', 'c', 'd'), 1, 2));
    }

    @Test
    void everyCodePointSurvivesBothWays() {
        StringBuilder sb = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) continue;
            sb.setLength(0);
            sb.appendCodePoint(cp);
            String s = sb.toString();
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            byte[] encoded = LuaStringCodec.encode(s);
            if (!Arrays.equals(utf8, encoded)) fail("U+" + Integer.toHexString(cp) + " encoded to " + hex(encoded));
            String decoded = LuaStringCodec.decode(utf8);
            if (!s.equals(decoded)) fail("U+" + Integer.toHexString(cp) + " decoded to " + chars(decoded));
        }
    }

    @Test
    void loneSurrogatesOfJavaStringsAreKept() {
        // not escapes: encoded as three bytes, which decode back to escaped bytes
        String lone = "a\ud800b\udc00c\udbffd";
        byte[] b = LuaStringCodec.encode(lone);
        assertArrayEquals(bytes('a', 0xED, 0xA0, 0x80, 'b', 0xED, 0xB0, 0x80, 'c', 0xED, 0xAF, 0xBF, 'd'), b);
        assertRoundTrip(b);
        // escapes turn back into their byte
        assertArrayEquals(bytes(0x80, 0xFF), LuaStringCodec.encode("\udc80\udcff"));
    }

    @Test
    void luaStringsConvertToAndFromJava() {
        String s = "caf\u00e9 \ud83d\ude00";
        long w = strings.of(s);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), LuaString.toBytes(w));
        assertEquals(s, LuaString.toJava(w));
        byte[] raw = bytes('x', 0xFF, 0xC3, 0, 0xED, 0xA0, 0x80);
        long r = strings.of(raw);
        assertArrayEquals(raw, LuaStringCodec.encode(LuaString.toJava(r)));
        assertEquals(r, strings.of(LuaString.toJava(r)), "back to the same interned string");
    }
}
