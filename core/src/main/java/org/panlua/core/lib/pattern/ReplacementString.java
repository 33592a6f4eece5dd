package org.panlua.core.lib.pattern;

import java.util.Arrays;
import org.panlua.core.vm.LuaError;

/**
 * A replacement string of {@code gsub}: its bytes are copied, with {@code %0} standing for
 * the whole match, {@code %1}..{@code %9} for the captures (a position capture is written as
 * its 1-based position in decimal; {@code %1} is the whole match when the pattern has no
 * captures) and {@code %%} for {@code %}. Any other byte after {@code %} is an error, raised
 * when expanding reaches it, so a replacement never used is never checked.
 *
 * <p>The string is split once into steps (copy a run of bytes, write a capture, fail), so
 * each match only runs the steps.
 */
public final class ReplacementString implements Replacement {
    private static final int COPY = 0;
    private static final int WHOLE = 1;
    private static final int CAPTURE = 2;
    private static final int INVALID = 3;

    private final byte[] text;
    /** Steps of three ints: kind, then start and length (COPY) or the capture index. */
    private final int[] steps;

    /** The replacement {@code text[0, length)}; the array must stay unchanged. */
    public ReplacementString(byte[] text, int length) {
        this.text = text;
        this.steps = compile(text, length);
    }

    public ReplacementString(byte[] text) {
        this(text, text.length);
    }

    private static int[] compile(byte[] text, int length) {
        int[] steps = new int[12];
        int n = 0;
        int i = 0;
        int k;
        while ((k = ByteSearch.indexOf(text, i, length, '%')) >= 0) {
            if (n + 6 > steps.length) steps = Arrays.copyOf(steps, steps.length * 2);
            if (k > i) n = add(steps, n, COPY, i, k - i);
            int d = k + 1 < length ? text[k + 1] & 0xFF : 0;
            if (d == '%') {
                n = add(steps, n, COPY, k + 1, 1);
            } else if (d == '0') {
                n = add(steps, n, WHOLE, 0, 0);
            } else if (d >= '1' && d <= '9') {
                n = add(steps, n, CAPTURE, d - '1', 0);
            } else {
                n = add(steps, n, INVALID, 0, 0);
                return Arrays.copyOf(steps, n); // nothing after it is ever reached
            }
            i = k + 2;
        }
        if (n + 3 > steps.length) steps = Arrays.copyOf(steps, n + 3);
        if (length > i) n = add(steps, n, COPY, i, length - i);
        return Arrays.copyOf(steps, n);
    }

    private static int add(int[] steps, int n, int kind, int a, int b) {
        steps[n] = kind;
        steps[n + 1] = a;
        steps[n + 2] = b;
        return n + 3;
    }

    @Override
    public boolean replace(PatternMatcher m, ByteBuilder out) {
        int[] steps = this.steps;
        for (int j = 0; j < steps.length; j += 3) {
            switch (steps[j]) {
                case COPY -> out.append(text, steps[j + 1], steps[j + 2]);
                case WHOLE -> out.append(m.subject(), m.matchStart(),
                        m.matchEnd() - m.matchStart());
                case CAPTURE -> appendCapture(m, steps[j + 1], out);
                default -> throw new LuaError("invalid use of '%' in replacement string");
            }
        }
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
