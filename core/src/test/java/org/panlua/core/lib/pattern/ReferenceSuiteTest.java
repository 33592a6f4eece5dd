package org.panlua.core.lib.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.panlua.core.lib.pattern.PatternAssertions.b;
import static org.panlua.core.lib.pattern.PatternAssertions.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The assertions of the official test file {@code pm.lua} that need more than one call:
 * sets measured over all 256 bytes, patterns rewritten by gsub, nested gsubs, balanced
 * strings, UTF-8 adapted patterns and the reuse of the subject by gsub.
 */
class ReferenceSuiteTest {
    private static final String UTF8_CHAR = "[\0-\u007f\u00c2-\u00fd][\u0080-\u00bf]*";

    /** gsub with a function replacement; a null result keeps the match. */
    private static String gsub(String s, String p, Function<List<Object>, String> f) {
        byte[] sb = b(s);
        byte[] pb = b(p);
        GsubResult r = Gsub.gsub(new PatternMatcher(), sb, sb.length, pb, pb.length,
                sb.length + 1L, PatternAssertions.call(f), new ByteBuilder());
        return text(r.bytes(), 0, r.length());
    }

    private static String gsub(String s, String p, String repl, long n) {
        byte[] sb = b(s);
        byte[] pb = b(p);
        GsubResult r = Gsub.gsub(new PatternMatcher(), sb, sb.length, pb, pb.length, n,
                new ReplacementString(b(repl)), new ByteBuilder());
        return text(r.bytes(), 0, r.length());
    }

    /** The bytes of all 256 that pattern {@code p} matches, in order (pm.lua's strset). */
    private static String strset(String p) {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 256; c++) all.append((char) c);
        StringBuilder res = new StringBuilder();
        gsub(all.toString(), p, v -> {
            res.append((String) v.get(0));
            return null;
        });
        return res.toString();
    }

    @Test
    void setsOverAllBytes() {
        assertEquals(11, strset("[\u00c8-\u00d2]").length());
        assertEquals("abcdefghijklmnopqrstuvwxyz", strset("[a-z]"));
        assertEquals(strset("[%da-uu-z]"), strset("[a-z%d]"));
        assertEquals("-a", strset("[a-]"));
        assertEquals(strset("[%w]"), strset("[^%W]"));
        assertEquals("%]", strset("[]%%]"));
        assertEquals("-az", strset("[a%-z]"));
        assertEquals("-[]^ab", strset("[%^%[%-a%]%-b]"));
        assertEquals(strset("[\u0001-\u00ff]"), strset("%Z"));
        assertEquals(strset("[\u0001-\u00ff%z]"), strset("."));
    }

    /** pm.lua's f1: a pattern with back-references rewritten by gsub, then matched. */
    private static String f1(String s, String p) {
        p = gsub(p, "%%([0-9])", v -> "%" + (Integer.parseInt((String) v.get(0)) + 1));
        p = gsub(p, "^(^?)", "%1()", 1);
        p = gsub(p, "($?)$", "()%1", 1);
        PatternMatcher m = new PatternMatcher();
        byte[] sb = b(s);
        byte[] pb = b(p);
        if (StringFind.match(m, sb, sb.length, pb, pb.length, 1) < 0) return null;
        int first = m.captureStart(0);
        int last = m.captureStart(m.resultCount() - 1);
        return s.substring(first, last);
    }

    @Test
    void backReferencesThroughRewrittenPatterns() {
        assertEquals("b\0o b\0o", f1("alo alx 123 b\0o b\0o", "(..*) %1"));
        assertEquals("3= 4= 4 3", f1("axz123= 4= 4 34", "(.+)=(.*)=%2 %1"));
        assertEquals("=======", f1("=======", "^(=*)=%1$"));
        PatternAssertions.match("==========", "^([=]*)=%1$", 1, "nil");
    }

    private static boolean isBalanced(String s) {
        String stripped = gsub(s, "%b()", "", Long.MAX_VALUE);
        byte[] sb = b(stripped);
        return StringFind.find(new PatternMatcher(), sb, sb.length, b("[()]"), 4, 1, false) < 0;
    }

    @Test
    void balancedStrings() {
        assertTrue(isBalanced("(9 ((8))(\0) 7) \0\0 a b ()(c)() a"));
        assertFalse(isBalanced("(9 ((8) 7) a b (\0 c) a"));
    }

    private static String rev(String s) {
        return gsub(s, "(.)(.+)", v -> rev((String) v.get(1)) + v.get(0));
    }

    @Test
    void nestedGsubsEachWithTheirOwnMatcher() {
        assertEquals("fedcba", rev("abcdef"));
        assertEquals("abcdef", rev(rev("abcdef")));
    }

    @Test
    void functionReplacementsSeeAllCaptures() {
        List<String> assignments = new ArrayList<>();
        gsub("a=roberto,roberto=a", "(%w+)=(%w%w*)", v -> {
            assignments.add(v.get(0) + "->" + v.get(1));
            return null;
        });
        assertEquals(List.of("a->roberto", "roberto->a"), assignments);
        String nested = gsub("trocar tudo em |teste|b| é |beleza|al|", "|([^|]*)|([^|]*)|",
                v -> gsub((String) v.get(0), ".", (String) v.get(1), Long.MAX_VALUE));
        assertEquals("trocar tudo em bbbbb é alalalalalal", nested);
        List<String> lengths = new ArrayList<>();
        String same = gsub("a alo jose  joao", "()(%w+)()", v -> {
            lengths.add(v.get(0) + ":" + ((long) v.get(2) - (long) v.get(0)));
            return null;
        });
        assertEquals("a alo jose  joao", same);
        assertEquals(List.of("1:1", "3:3", "7:4", "13:4"), lengths);
    }

    @Test
    void utf8AdaptedPatterns() {
        PatternAssertions.find("\u00c3\u00a1", "\u00c3?\u00a1?", 1, false, "1,2");
        PatternAssertions.find("\u00c3\u00a1bl", "\u00c3?\u00a1?b?l?", 1, false, "1,4");
        PatternAssertions.find("  \u00c3\u00a1bl", "\u00c3?\u00a1?b?l?", 1, false, "1,0");
        PatternAssertions.find("]]]\u00c3\u00a1b", "[^]]+", 1, false, "4,6");
        String p = "^(((" + UTF8_CHAR + ")" + UTF8_CHAR + ")" + UTF8_CHAR + " (%w*))$";
        PatternAssertions.match("\u00c3\u00a2lo alo", p, 1,
                "'\u00c3\u00a2lo alo','\u00c3\u00a2l','\u00c3\u00a2','alo'");
        PatternAssertions.gsub("ab\u00c3\u00a7 d", "(" + UTF8_CHAR + ")", "%1@",
                PatternAssertions.ALL, "'a@b@\u00c3\u00a7@ @d@',5");
        PatternAssertions.gsub("ab\u00c3\u00a7d", "(" + UTF8_CHAR + ")", "%0@", 2,
                "'a@b@\u00c3\u00a7d',2");
        PatternAssertions.find("  \n\r*&\n\r   xuxu  \n\n", "%g%g%g+", 1, false, "12,15");
    }

    @Test
    void bigSubjects() {
        String a = "a".repeat(300_000);
        PatternAssertions.find(a, "^a*.?$", 1, false, "1,300000");
        PatternAssertions.find(a, "^a*.?b$", 1, false, "nil");
        PatternAssertions.find(a, "^a-.?$", 1, false, "1,300000");
    }

    @Test
    void gmatchPositionsAndPairs() {
        PatternAssertions.gmatch("abcde", "()", 1, "'(1)(2)(3)(4)(5)(6)'");
        PatternAssertions.gmatch("xuxx uu ppar r", "()(.)%2", 1, "'(3,'x')(6,'u')(9,'p')'");
    }
}
