package org.panlua.cli;

/** Sizes written the way JVM options write them: {@code 65536}, {@code 512k}, {@code 64m}, {@code 2g}. */
final class HeapSize {
    private HeapSize() {}

    /** The number of bytes {@code text} stands for, or -1 when it is not a size. */
    static long parse(String text) {
        if (text.isEmpty()) return -1;
        char unit = Character.toLowerCase(text.charAt(text.length() - 1));
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
        if (digits.isEmpty() || digits.length() > 18) return -1;
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') return -1;
        }
        long n = Long.parseLong(digits);
        if (n > (Long.MAX_VALUE >> shift)) return -1;
        return n << shift;
    }
}
