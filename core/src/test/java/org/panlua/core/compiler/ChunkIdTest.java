package org.panlua.core.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Chunk names as the reference formats them (checked against lua5.4's {@code load}). */
class ChunkIdTest {

    @Test
    void literalNames() {
        assertEquals("stdin", ChunkId.format("=stdin"));
        assertEquals("", ChunkId.format("="));
        assertEquals("a".repeat(59), ChunkId.format("=" + "a".repeat(59)));
        assertEquals("a".repeat(59), ChunkId.format("=" + "a".repeat(60)));
        assertEquals("a".repeat(58) + "X", ChunkId.format("=" + "a".repeat(58) + "XYZ"));
    }

    @Test
    void fileNames() {
        assertEquals("x.lua", ChunkId.format("@x.lua"));
        assertEquals("", ChunkId.format("@"));
        assertEquals("b".repeat(59), ChunkId.format("@" + "b".repeat(59)));
        assertEquals("..." + "b".repeat(56), ChunkId.format("@" + "b".repeat(60)));
        assertEquals("..." + "b".repeat(53) + "END", ChunkId.format("@" + "b".repeat(58) + "END"));
        assertEquals("..." + "b".repeat(46) + "0123456789", ChunkId.format("@" + "b".repeat(100) + "0123456789"));
    }

    @Test
    void sourceText() {
        assertEquals("[string \"hello\"]", ChunkId.format("hello"));
        assertEquals("[string \"\"]", ChunkId.format(""));
        assertEquals("[string \"" + "s".repeat(44) + "\"]", ChunkId.format("s".repeat(44)));
        assertEquals("[string \"" + "s".repeat(45) + "...\"]", ChunkId.format("s".repeat(45)));
        assertEquals("[string \"" + "s".repeat(45) + "...\"]", ChunkId.format("s".repeat(100)));
        assertEquals("[string \"line1...\"]", ChunkId.format("line1\nline2"));
        assertEquals("[string \"...\"]", ChunkId.format("\nabc"));
        assertEquals("[string \"x = = 1\"]", ChunkId.format("x = = 1"));
    }

    @Test
    void namesEndAtNul() {
        assertEquals("[string \"ab\"]", ChunkId.format("ab\0cd"));
        assertEquals("ab", ChunkId.format("=ab\0cd"));
    }

    @Test
    void bytesThatAreNotUtf8SurviveAsBytes() {
        byte[] name = {'@', (byte) 0xFF, 'x'};
        assertEquals(2, ChunkId.format(name).length);
        assertEquals((byte) 0xFF, ChunkId.format(name)[0]);
    }
}
