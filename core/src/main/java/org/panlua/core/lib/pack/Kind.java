package org.panlua.core.lib.pack;

/** What one format option does. */
enum Kind {
    /** Signed integer of 1 to 16 bytes: {@code b h i l j}. */
    INT,
    /** Unsigned integer of 1 to 16 bytes: {@code B H I L J T}. */
    UINT,
    /** C float, 4 bytes: {@code f}. */
    FLOAT,
    /** Lua number, a double: {@code n}. */
    NUMBER,
    /** C double: {@code d}. */
    DOUBLE,
    /** Fixed-size string: {@code cN}. */
    CHAR,
    /** String preceded by its length: {@code s[N]}. */
    STRING,
    /** Zero-terminated string: {@code z}. */
    ZSTRING,
    /** One padding byte: {@code x}. */
    PADDING,
    /** Padding up to the alignment of the next option: {@code Xop}. */
    ALIGN,
    /** Settings and spaces, which produce nothing: {@code < > = ! space}. */
    NOP;

    /** True when the option consumes a value (pack) or produces one (unpack). */
    boolean hasValue() {
        return this != PADDING && this != ALIGN && this != NOP;
    }
}
