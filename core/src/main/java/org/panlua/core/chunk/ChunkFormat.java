package org.panlua.core.chunk;

/**
 * Panlua's binary chunk format (written by {@link ChunkWriter}, read by {@link ChunkReader},
 * documented byte by byte in docs/bytecode.md and shown by {@code panlua -bx}).
 *
 * <pre>
 * header   signature "\033Panlua"   7 bytes (starts with ESC, as every binary chunk must)
 *          format version            1 byte
 *          instruction, integer and float sizes   1 byte each (8, 8, 8)
 *          check integer 0x5678      8 bytes little-endian
 *          check float 370.5         8 bytes little-endian
 *          body length               4 bytes little-endian
 *          body CRC-32               4 bytes little-endian
 * body     main function upvalue count   varint
 *          main function             see FUNCTION below
 * </pre>
 *
 * Numbers in the body are unsigned LEB128 varints, signed ones zigzag-encoded; instructions,
 * integer and float constants are 8 bytes little-endian; a string is a varint of length + 1
 * (0 for none) followed by its bytes.
 */
public final class ChunkFormat {
    private ChunkFormat() {}

    public static final byte[] SIGNATURE = {0x1B, 'P', 'a', 'n', 'l', 'u', 'a'};
    public static final int VERSION = 1;
    public static final int INSTRUCTION_SIZE = 8;
    public static final int INTEGER_SIZE = 8;
    public static final int FLOAT_SIZE = 8;
    public static final long CHECK_INTEGER = 0x5678;
    public static final double CHECK_FLOAT = 370.5;
    public static final int HEADER_SIZE = SIGNATURE.length + 4 + 8 + 8 + 4 + 4;

    /** Constant tags. */
    public static final int CONST_NIL = 0;
    public static final int CONST_FALSE = 1;
    public static final int CONST_TRUE = 2;
    public static final int CONST_INT = 3;
    public static final int CONST_FLOAT = 4;
    public static final int CONST_STRING = 5;

    /** Deepest nesting of functions a chunk may have (as deep as the parser allows). */
    public static final int MAX_DEPTH = 200;
}
