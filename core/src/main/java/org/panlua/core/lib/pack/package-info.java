/**
 * The engine behind {@code string.pack}, {@code string.unpack} and {@code string.packsize}:
 * format parsing, alignment, integer and float encoding, with the reference interpreter's rules
 * and error messages for an x86-64 Linux build (native little endian, native alignment 8,
 * {@code int} 4 bytes, {@code long}, {@code size_t} and {@code lua_Integer} 8 bytes, {@code float}
 * 4, {@code lua_Number} a double).
 *
 * <p>The package knows nothing of the VM: the runtime hands the values to pack through
 * {@link org.panlua.core.lib.pack.PackArgs} and receives unpacked values through
 * {@link org.panlua.core.lib.pack.UnpackSink}. Entry point: {@link org.panlua.core.lib.pack.StringPack}.
 */
package org.panlua.core.lib.pack;
