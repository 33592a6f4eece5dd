package org.panlua.bench.table;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Deterministic key sets shared by the table benchmarks, so every implementation gets the same keys. */
final class KeySets {
    private KeySets() {}

    /** {@code n} distinct random ints in {@code [2^20, 2^31)}: never array-part keys, ints for LuaJ. */
    static int[] sparseInts(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Set<Integer> seen = new HashSet<>();
        int[] out = new int[n];
        for (int i = 0; i < n; ) {
            int k = r.nextInt(1 << 20, Integer.MAX_VALUE);
            if (seen.add(k)) out[i++] = k;
        }
        return out;
    }

    /** {@code n} distinct identifier-like ASCII names of 4 to 16 bytes (all short strings). */
    static byte[][] shortNames(int n, long seed) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789";
        SplittableRandom r = new SplittableRandom(seed);
        Set<String> seen = new HashSet<>();
        byte[][] out = new byte[n][];
        for (int i = 0; i < n; ) {
            int len = r.nextInt(4, 17);
            StringBuilder sb = new StringBuilder(len);
            sb.append(alphabet.charAt(r.nextInt(53))); // starts like an identifier
            while (sb.length() < len) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            if (seen.add(sb.toString())) out[i++] = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
        return out;
    }

    /** A random permutation of {@code 0..n-1}: the lookup order, unrelated to the insertion order. */
    static int[] permutation(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
