package org.panlua.core.lib.pattern;

import org.panlua.core.vm.LuaError;

/**
 * A replacement string of {@code gsub}: its bytes are copied, with {@code %0} standing for
 * the whole match, {@code %1}..{@code %9} for the captures (a position capture is written as
 * its 1-based position in decimal; {@code %1} is the whole match when the pattern has no
 * captures) and {@code %%} for {@code %}. Any other byte after {@code %} is an error, raised
 * at the first match (a replacement never used is never checked).
 */
public final class ReplacementString implements Replacement {
    private final byte[] text;
    private final int length;
    private final boolean hasEscapes;

    /** The replacement {@code text[0, length)}; the array must stay unchanged. */
    public ReplacementString(byte[] text, int length) {
        this.text = text;
        this.length = length;
        this.hasEscapes = ByteSearch.indexOf(text, 0, length, '%') >= 0;
    }

    public ReplacementString(byte[] text) {
        this(text, text.length);
    }

    @Override
    public boolean replace(PatternMatcher m, ByteBuilder out) {
        if (!hasEscapes) {
            out.append(text, 0, length);
            return true;
        }
        int i = 0;
        int k;
        while ((k = ByteSearch.indexOf(text, i, length, '%')) >= 0) {
            out.append(text, i, k - i);
            int d = k + 1 < length ? text[k + 1] & 0xFF : 0;
            if (d == '%') {
                out.append('%');
            } else if (d == '0') {
                out.append(m.subject(), m.matchStart(), m.matchEnd() - m.matchStart());
            } else if (d >= '1' && d <= '9') {
                appendCapture(m, d - '1', out);
            } else {
                throw new LuaError("invalid use of '%' in replacement string");
            }
            i = k + 2;
        }
        out.append(text, i, length - i);
        return true;
    }

    /** Appends capture {@code i}: its text, or its position (1-based) in decimal. */
    static void appendCapture(PatternMatcher m, int i, ByteBuilder out) {
        int length = m.captureLength(i);
        int start = m.captureStart(i);
        if (length == PatternMatcher.POSITION) out.appendDecimal(start + 1L);
        else out.append(m.subject(), start, length);
    }
}
