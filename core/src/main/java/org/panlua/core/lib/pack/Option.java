package org.panlua.core.lib.pack;

/**
 * One option read from a format, placed at a given offset.
 *
 * @param kind         what the option does
 * @param size         its fixed size in bytes (for {@code s}, the size of the length prefix;
 *                     0 for {@code z}, {@code X} and settings)
 * @param padding      the bytes to skip before it so it lands on its alignment
 * @param littleEndian the byte order in force for it
 */
record Option(Kind kind, int size, int padding, boolean littleEndian) {
}
