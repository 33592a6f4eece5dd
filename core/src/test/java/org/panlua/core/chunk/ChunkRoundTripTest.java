package org.panlua.core.chunk;

import org.junit.jupiter.api.Test;
import org.panlua.core.code.Listing;
import org.panlua.core.code.Proto;
import org.panlua.core.compiler.Compiler;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class ChunkRoundTripTest {
    static final String SOURCE = """
            local a, b <const> = 1, 2.5
            local t = {1, 2, 3, x = "four", [5] = true, [6.5] = nil, "long string constant beyond forty bytes, surely"}
            function t.f(x, ...) return x + b, ... end
            function t:m(y) return self.x .. y end
            for i = 1, 10, 2 do a = a + i end
            for k, v in pairs(t) do a = a + #k end
            while a < 100 do a = a * 2 end
            repeat local z = a; a = a - 1 until z < 50
            if a > 5 and b or not a then a = -a elseif a == 3 then a = ~a else a = a // 2 end
            do local c <close> = nil end
            local function rec(n) if n == 0 then return 0 end return rec(n - 1) end
            goto done
            ::done::
            return t:m(a), math.maxinteger, -0.0, 0x7fffffffffffffff
            """;

    static Proto compile(String source) {
        return Compiler.compile(source.getBytes(StandardCharsets.UTF_8), "=test");
    }

    @Test
    void dumpThenLoadGivesTheSamePrototypes() {
        Proto p = compile(SOURCE);
        byte[] chunk = ChunkWriter.dump(p, false);
        Proto back = ChunkReader.load(chunk, "test");
        assertEquals(Listing.of(p), Listing.of(back));
        assertArrayEquals(chunk, ChunkWriter.dump(back, false));
        assertTrue(ChunkReader.isBinary(chunk));
    }

    @Test
    void everyCorpusFileCompilesAndRoundTrips() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/corpus");
        int count = 0;
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".lua")).sorted().toList()) {
                Proto p = Compiler.compileFile(java.nio.file.Files.readAllBytes(file), "@" + file.getFileName());
                Proto back = ChunkReader.load(ChunkWriter.dump(p, false), "corpus");
                assertEquals(Listing.of(p), Listing.of(back), file.toString());
                count++;
            }
        }
        assertTrue(count >= 5, "corpus files found: " + count);
    }

    @Test
    void strippingDropsDebugInformationOnly() {
        Proto p = compile(SOURCE);
        byte[] full = ChunkWriter.dump(p, false);
        byte[] stripped = ChunkWriter.dump(p, true);
        assertTrue(stripped.length < full.length);
        Proto back = ChunkReader.load(stripped, "test");
        assertEquals(0, back.lines().length);
        assertEquals(0, back.locals().length);
        assertArrayEquals(p.code(), back.code());
        assertArrayEquals(p.constants(), back.constants());
        assertEquals(p.protos().length, back.protos().length);
    }

    @Test
    void hexDumpAccountsForEveryByte() {
        Proto p = compile(SOURCE);
        byte[] chunk = ChunkWriter.dump(p, false);
        ByteSink sink = ChunkWriter.write(p, false);
        int covered = 0;
        for (ByteSink.Span s : sink.spans()) {
            assertEquals(covered, s.start(), "spans must be contiguous: " + s);
            covered = s.end();
        }
        assertEquals(chunk.length, covered);
        String dump = HexDump.of(p, false);
        assertTrue(dump.contains("signature"), dump);
        assertTrue(dump.contains("body CRC-32"), dump);
        assertTrue(dump.contains("[1] VARARGPREP"), dump);
        assertTrue(dump.endsWith(chunk.length + " bytes\n"), dump);
    }

    @Test
    void headerProblemsAreNamed() {
        byte[] chunk = ChunkWriter.dump(compile("return 1"), false);
        assertBad("not a binary chunk", "hello".getBytes(StandardCharsets.US_ASCII));
        assertBad("not a binary chunk", new byte[0]);
        assertBad("precompiled by another Lua", new byte[] {0x1B, 'L', 'u', 'a', 0x54, 0});
        byte[] version = chunk.clone();
        version[7] = 9;
        assertBad("version mismatch", version);
        byte[] size = chunk.clone();
        size[9] = 4;
        assertBad("lua_Integer size mismatch", size);
        assertBad("truncated chunk", Arrays.copyOf(chunk, chunk.length - 1));
        assertBad("truncated chunk", Arrays.copyOf(chunk, 12));
        byte[] longer = Arrays.copyOf(chunk, chunk.length + 1);
        assertBad("extra bytes", longer);
        byte[] corrupt = chunk.clone();
        corrupt[corrupt.length - 3] ^= 0x40;
        assertBad("checksum mismatch", corrupt);
    }

    private static void assertBad(String why, byte[] chunk) {
        BadChunkException e = assertThrows(BadChunkException.class, () -> ChunkReader.load(chunk, "x.luac"));
        assertTrue(e.getMessage().startsWith("x.luac: bad binary format ("), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    /**
     * Random damage, with the CRC recomputed so the damage reaches the structural checks and
     * the verifier: every outcome is a valid prototype or a BadChunkException.
     */
    @Test
    void damagedChunksNeverGetPastTheLoader() {
        Proto p = compile(SOURCE);
        byte[] chunk = ChunkWriter.dump(p, false);
        Random random = new Random(20261121);
        int rejected = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] damaged = chunk.clone();
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                int at = ChunkFormat.HEADER_SIZE + random.nextInt(damaged.length - ChunkFormat.HEADER_SIZE);
                damaged[at] = (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                damaged = Arrays.copyOf(damaged, ChunkFormat.HEADER_SIZE + random.nextInt(damaged.length - ChunkFormat.HEADER_SIZE));
            }
            fixHeader(damaged);
            try {
                Proto loaded = ChunkReader.load(damaged, "fuzz");
                assertNull(CodeVerifier.check(loaded));
            } catch (BadChunkException e) {
                assertTrue(e.getMessage().startsWith("fuzz: bad binary format ("), e.getMessage());
                rejected++;
            }
        }
        assertTrue(rejected > 10_000, "most damage must be caught, got " + rejected);
    }

    /** Rewrites length and CRC so that a damaged body passes the checksum. */
    static void fixHeader(byte[] chunk) {
        int bodyStart = ChunkFormat.HEADER_SIZE;
        int length = chunk.length - bodyStart;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk, bodyStart, length);
        long c = crc.getValue();
        int at = bodyStart - 8;
        for (int i = 0; i < 4; i++) chunk[at + i] = (byte) (length >>> (8 * i));
        for (int i = 0; i < 4; i++) chunk[at + 4 + i] = (byte) (c >>> (8 * i));
    }
}
