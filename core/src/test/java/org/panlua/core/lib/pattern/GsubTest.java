package org.panlua.core.lib.pattern;

import static org.panlua.core.lib.pattern.PatternAssertions.*;

import org.junit.jupiter.api.Test;

/**
 * string.gsub with string, function and table replacements, counts, empty matches, anchoring.
 * Expected results as printed by the reference interpreter for the same calls.
 */
class GsubTest {

    @Test
    void stringReplacements() {
        gsub("hello world", "o", "0", ALL, "'hell0 w0rld',2");
        gsub("hello world", "o", "0", 1L, "'hell0 world',1");
        gsub("hello world", "o", "0", 0L, "'hello world',0");
        gsub("hello world", "o", "0", -1L, "'hello world',0");
        gsub("hello world", "(o)", "[%1]", ALL, "'hell[o] w[o]rld',2");
        gsub("hello world", "o", "[%0]", ALL, "'hell[o] w[o]rld',2");
        gsub("hello world", "o", "[%1]", ALL, "'hell[o] w[o]rld',2");
        gsub("hello world", "l+", "%%", ALL, "'he%o wor%d',2");
        gsub("hello world", "(%w+)", "%1 %1", ALL, "'hello hello world world',2");
        gsub("hello world", "(%w+) (%w+)", "%2 %1", ALL, "'world hello',1");
        gsub("hello world", "()o", "%1", ALL, "'hell5 w8rld',2");
        gsub("hello world", "()o()", "%1-%2", ALL, "'hell5-6 w8-9rld',2");
        gsub("hello world", "%w+", "%0%0", ALL, "'hellohello worldworld',2");
    }

    @Test
    void emptyMatchesAndAnchors() {
        gsub("abc", "%w*", "-", ALL, "'-',1");
        gsub("abc", "", "-", ALL, "'-a-b-c-',4");
        gsub("abc", "x*", "-", ALL, "'-a-b-c-',4");
        gsub("a b cd", " *", "-", ALL, "'-a-b-c-d-',5");
        gsub("abc", "b*", "-", ALL, "'-a-c-',3");
        gsub("abc", "^", "-", ALL, "'-abc',1");
        gsub("abc", "$", "-", ALL, "'abc-',1");
        gsub("abc", "^a", "-", ALL, "'-bc',1");
        gsub("aaa", "^a", "-", ALL, "'-aa',1");
        gsub("aaa", "^a*", "-", ALL, "'-',1");
        gsub("baa", "^a", "-", ALL, "'baa',0");
        gsub("abc", "^", "-", 0L, "'abc',0");
        gsub("", "", "x", ALL, "'x',1");
        gsub("", "^", "r", ALL, "'r',1");
        gsub("", "$", "r", ALL, "'r',1");
        gsub("", "x*", "r", ALL, "'r',1");
        gsub("\303\241\303\251\303\255", "$", "\000\303\263\303\272", ALL, "'\303\241\303\251\303\255\000\303\263\303\272',1");
        gsub("hello", ".", "%0.", ALL, "'h.e.l.l.o.',5");
        gsub("hello", ".", "%0.", 2L, "'h.e.llo',2");
        gsub("hello", "", "-", 3L, "'-h-e-llo',3");
    }

    @Test
    void referenceSuiteReplacements() {
        gsub("alo alo", "()[al]", "%1", ALL, "'12o 56o',4");
        gsub("abc=xyz", "(%w*)(%p)(%w+)", "%3%2%1-%0", ALL, "'xyz=abc-abc=xyz',1");
        gsub("abc", "%w", "%1%0", ALL, "'aabbcc',3");
        gsub("abc", "%w+", "%0%1", ALL, "'abcabc',1");
        gsub("alo \303\272lo  ", " +$", "", ALL, "'alo \303\272lo',1");
        gsub("  alo alo  ", "^%s*(.-)%s*$", "%1", ALL, "'alo alo',1");
        gsub("alo  alo  \012 123\012 ", "%s+", " ", ALL, "'alo alo 123 ',3");
        gsub("alo 'oi' alo", "%b''", "\"", ALL, "'alo \" alo',1");
        gsub("aaa aa a aaa a", "%f[%w]a", "x", ALL, "'xaa xa x xaa x',5");
        gsub("[[]] [][] [[[[", "%f[[].", "x", ALL, "'x[]] x]x] x[[[',4");
        gsub("01abc45de3", "%f[%d]", ".", ALL, "'.01abc.45de.3',3");
        gsub("01abc45 de3x", "%f[%D]%w", ".", ALL, "'01.bc45 de3.',2");
        gsub("function", "%f[\001-\377]%w", ".", ALL, "'.unction',1");
        gsub("function", "%f[^\001-\377]", ".", ALL, "'function.',1");
        gsub("(9 ((8))(\000) 7) \000\000 a b ()(c)() a", "%b()", "", ALL, "' \000\000 a b  a',4");
    }

    @Test
    void escapesInReplacementStrings() {
        gsub("x", "x", "%", ALL, "error: invalid use of '%' in replacement string");
        gsub("x", "x", "a%", ALL, "error: invalid use of '%' in replacement string");
        gsub("x", "y", "%", ALL, "'x',0");
        gsub("x", "x", "%9", 0L, "'x',0");
        gsub("abc", "b", "%a", ALL, "error: invalid use of '%' in replacement string");
        gsub("abc", "b", "%\000", ALL, "error: invalid use of '%' in replacement string");
        gsub("hello", "l", "\000", ALL, "'he\000\000o',2");
        gsub("aaa", "a", "bb", 2L, "'bbbba',2");
        gsub("a.b.c", "%.", "%%", ALL, "'a%b%c',2");
        gsub("ab", ".", "%1%1", ALL, "'aabb',2");
        gsub("a1b2", "(%a)(%d)", "%2%1", ALL, "'1a2b',2");
        gsub("xyz", "(x)(y)(z)", "%3%2%1%0", ALL, "'zyxxyz',1");
        gsub("hello world", "o", "", ALL, "'hell wrld',2");
        gsub("hello world", ".-", "|", ALL, "'|h|e|l|l|o| |w|o|r|l|d|',12");
        gsub("hello world", "o", "0", 9223372036854775807L, "'hell0 w0rld',2");
    }

    @Test
    void functionReplacements() {
        gsubFunction("hello world", "%w+", "upper", ALL, "'HELLO WORLD',2");
        gsubFunction("hello world", "(o)", "upper", ALL, "'hellO wOrld',2");
        gsubFunction("hello world", "%w+", "none", ALL, "'hello world',2");
        gsubFunction("hello world", "%w+", "false_", ALL, "'hello world',2");
        gsubFunction("hello world", "(h)(e)", "join", ALL, "'<h|e>llo world',1");
        gsubFunction("hello world", "()(l+)()", "join", ALL, "'he<3|ll|5>o wor<10|l|11>d',2");
        gsubFunction("abc", "%w*", "join", ALL, "'<abc>',1");
        gsubFunction("abc", "", "join", ALL, "'<>a<>b<>c<>',4");
        gsubFunction("abc", "()", "join", ALL, "'<1>a<2>b<3>c<4>',4");
        gsubFunction("abc", ".", "count", ALL, "'111',3");
        gsubFunction("abc", "(.)(.)", "count", ALL, "'2c',1");
        gsubFunction("um (dois) tres (quatro)", "(%(%w+%))", "upper", ALL, "'um (DOIS) tres (QUATRO)',2");
        gsubFunction("x and x", "x", "join", 1L, "'<x> and x',1");
        gsubFunction("abc", "^.", "join", ALL, "'<a>bc',1");
        gsubFunction("", "", "join", ALL, "'<>',1");
        gsubFunction("abc", "(a", "join", ALL, "error: unfinished capture");
    }

    @Test
    void tableReplacements() {
        gsubTable("alo alo", ".", "", ALL, "'alo alo',7");
        gsubTable("alo alo", "(.)", "a=AA,l=", ALL, "'AAo AAo',7");
        gsubTable("alo alo", "(.).", "a=AA,l=K", ALL, "'AAo AAo',3");
        gsubTable("alo alo", "((.)(.?))", "al=AA,o=!", ALL, "'AAo AAo',4");
        gsubTable("hello world", "%w+", "hello=HI", ALL, "'HI world',2");
        gsubTable("hello world", "%w+", "", ALL, "'hello world',2");
        gsubTable("hello world", "(%w+) (%w+)", "hello=1,world=2", ALL, "'1',1");
    }
}
