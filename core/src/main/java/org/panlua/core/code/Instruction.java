package org.panlua.core.code;

/** Packing and unpacking of instruction words; the layout is drawn in {@link Format}. */
public final class Instruction {
    private Instruction() {}

    public static final int A_BITS = 15;
    public static final int B_BITS = 20;
    public static final int C_BITS = 20;
    public static final int BX_BITS = 40;

    public static final int MAX_A = (1 << A_BITS) - 1;
    public static final int MAX_B = (1 << B_BITS) - 1;
    public static final int MAX_C = (1 << C_BITS) - 1;
    public static final long MAX_BX = (1L << BX_BITS) - 1;
    public static final int MAX_SB = (1 << (B_BITS - 1)) - 1;
    public static final int MIN_SB = -(1 << (B_BITS - 1));
    public static final long MAX_SBX = (1L << (BX_BITS - 1)) - 1;
    public static final long MIN_SBX = -(1L << (BX_BITS - 1));

    private static final int A_SHIFT = 8;
    private static final int K_SHIFT = 23;
    private static final int B_SHIFT = 24;
    private static final int C_SHIFT = 44;

    public static long abc(OpCode op, int a, int b, int c, boolean k) {
        check(a, 0, MAX_A, "A");
        check(b, MIN_SB, MAX_B, "B");
        check(c, MIN_SB, MAX_C, "C");
        return op.ordinal() | (long) a << A_SHIFT | (k ? 1L << K_SHIFT : 0)
                | (b & (long) MAX_B) << B_SHIFT | (c & (long) MAX_C) << C_SHIFT;
    }

    public static long abc(OpCode op, int a, int b, int c) {
        return abc(op, a, b, c, false);
    }

    public static long abx(OpCode op, int a, long bx) {
        check(a, 0, MAX_A, "A");
        if (bx < MIN_SBX || bx > MAX_BX) throw new IllegalArgumentException("Bx out of range: " + bx);
        return op.ordinal() | (long) a << A_SHIFT | (bx & MAX_BX) << B_SHIFT;
    }

    private static void check(int v, int min, int max, String field) {
        if (v < min || v > max) throw new IllegalArgumentException(field + " out of range: " + v);
    }

    public static int op(long i) {
        return (int) i & 0xFF;
    }

    public static OpCode opCode(long i) {
        return OpCode.of(op(i));
    }

    public static int a(long i) {
        return (int) (i >>> A_SHIFT) & MAX_A;
    }

    public static boolean k(long i) {
        return (i & 1L << K_SHIFT) != 0;
    }

    public static int b(long i) {
        return (int) (i >>> B_SHIFT) & MAX_B;
    }

    public static int c(long i) {
        return (int) (i >>> C_SHIFT);
    }

    public static int sb(long i) {
        return (int) (i << (64 - B_SHIFT - B_BITS) >> (64 - B_BITS));
    }

    public static int sc(long i) {
        return (int) (i >> C_SHIFT);
    }

    public static long bx(long i) {
        return i >>> B_SHIFT;
    }

    public static long sbx(long i) {
        return i >> B_SHIFT;
    }

    /** The same instruction with a new Bx (used to patch jumps). */
    public static long withBx(long i, long bx) {
        return abx(opCode(i), a(i), bx) | (i & 1L << K_SHIFT);
    }

    /** The same instruction with a new A. */
    public static long withA(long i, int a) {
        check(a, 0, MAX_A, "A");
        return (i & ~((long) MAX_A << A_SHIFT)) | (long) a << A_SHIFT;
    }

    /** The same instruction with a new B. */
    public static long withB(long i, int b) {
        check(b, MIN_SB, MAX_B, "B");
        return (i & ~((long) MAX_B << B_SHIFT)) | (b & (long) MAX_B) << B_SHIFT;
    }

    /** The same instruction with the k flag set or cleared. */
    public static long withK(long i, boolean k) {
        return k ? i | 1L << K_SHIFT : i & ~(1L << K_SHIFT);
    }
}
