/**
 * Numbers as text and {@code string.format}, independent of the VM: {@link
 * org.panlua.core.lib.format.LuaNumberText} is {@code tostring} of numbers, {@link
 * org.panlua.core.lib.format.StringFormat} the whole of {@code string.format} over bytes with
 * its arguments behind {@link org.panlua.core.lib.format.FormatArgs}, and {@link
 * org.panlua.core.lib.format.Printf} a single C conversion. Decimal conversions are exact (the
 * binary value rounded half to even, as glibc does), mostly with long arithmetic.
 */
package org.panlua.core.lib.format;
