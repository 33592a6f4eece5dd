package org.panlua.core.lib.pattern;

import static org.panlua.core.lib.pattern.PatternAssertions.*;

import org.junit.jupiter.api.Test;

/**
 * string.find: plain searches, init, anchors, classes, sets, quantifiers, captures, %b and %f.
 * Expected results as printed by the reference interpreter for the same calls.
 */
class FindTest {

    @Test
    void plainAndNospecials() {
        find("hello world", "o", 1L, false, "5,5");
        find("hello world", "o", 6L, false, "8,8");
        find("hello world", "o", -3L, false, "nil");
        find("hello world", "o", -100L, false, "5,5");
        find("hello world", "o", 0L, false, "5,5");
        find("hello world", "xyz", 1L, false, "nil");
        find("hello world", "", 12L, false, "12,11");
        find("hello world", "", 13L, false, "nil");
        find("hello world", "", 11L, false, "11,10");
        find("hello", "l", 5L, false, "nil");
        find("a.b.c", ".", 1L, true, "2,2");
        find("a.b.c", "%.", 1L, false, "2,2");
        find("a+b", "+b", 1L, true, "2,3");
        find("a+b", "a+b", 1L, false, "nil");
        find("a+b", "a%+b", 1L, false, "1,3");
        find("", "", 1L, false, "1,0");
        find("", "", 2L, false, "nil");
        find("", "a", 1L, false, "nil");
        find("abc", "abcd", 1L, false, "nil");
        find("abcabcabd", "abd", 1L, false, "7,9");
        find("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "aab", 1L, false, "33,35");
        find("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", "y", 1L, false, "47,47");
        find("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", "xy", 1L, false, "46,47");
        find("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", "z", 1L, false, "nil");
        find("x\000y\000z", "\000z", 1L, false, "4,5");
        find("x\000y\000z", "\000", 3L, false, "4,4");
        find("a]b", "]", 1L, false, "2,2");
        find("a)b", ")", 1L, true, "2,2");
        find("a^b", "^b", 1L, true, "2,3");
        find("abc", "b", 10L, false, "nil");
        find("abc", "b", 4L, false, "nil");
        find("abc", "$", 4L, false, "4,3");
        find("abc", "^", 4L, false, "4,3");
        find("abc", "^", 5L, false, "nil");
        find("abc", "c", 9223372036854775807L, false, "nil");
        find("abc", "c", -9223372036854775807L, false, "3,3");
    }

    @Test
    void anchors() {
        find("abc", "^a", 1L, false, "1,1");
        find("abc", "^b", 1L, false, "nil");
        find("abc", "^b", 2L, false, "2,2");
        find("abc", "c$", 1L, false, "3,3");
        find("abc", "b$", 1L, false, "nil");
        find("abc", "^abc$", 1L, false, "1,3");
        find("abc", "^$", 1L, false, "nil");
        find("", "^$", 1L, false, "1,0");
        find("a^b", "a^b", 1L, false, "1,3");
        find("a$b", "a$b", 1L, false, "1,3");
        find("ab", "^^", 1L, false, "nil");
        find("^ab", "^^a", 1L, false, "1,2");
        find("ab$", "b$$", 1L, false, "2,3");
        find("ab", "$$", 1L, false, "nil");
    }

    @Test
    void classes() {
        find("hello 123 world", "%d+", 1L, false, "7,9");
        find("hello 123 world", "%D+", 1L, false, "1,6");
        find("hello 123 world", "%s", 1L, false, "6,6");
        find("hello 123 world", "%S+", 6L, false, "7,9");
        find("tab\011here", "%c", 1L, false, "4,4");
        find("tab\011here", "%C+", 1L, false, "1,3");
        find("abcXYZ", "%u+", 1L, false, "4,6");
        find("abcXYZ", "%l+", 1L, false, "1,3");
        find("abcXYZ", "%U+", 1L, false, "1,3");
        find("abcXYZ", "%L+", 1L, false, "4,6");
        find("x = 0x1F;", "%x+", 1L, false, "5,5");
        find("x = 0x1F;", "%X+", 1L, false, "1,4");
        find("a,b;c", "%p", 1L, false, "2,2");
        find("a,b;c", "%P+", 1L, false, "1,1");
        find("a_b1", "%w+", 1L, false, "1,1");
        find("a_b1", "%W", 1L, false, "2,2");
        find("  x!", "%g", 1L, false, "3,3");
        find("  x!", "%G+", 1L, false, "1,2");
        find("\310\311abc", "%a+", 1L, false, "3,5");
        find("\310\311abc", "%A+", 1L, false, "1,2");
        find("\310\311 ", "%s", 1L, false, "3,3");
        find("\310\311 ", "%S+", 1L, false, "1,2");
        find("\310\311 ", "%g", 1L, false, "nil");
        find("\310\311 ", "%c", 1L, false, "nil");
        find("\310\311 ", "%p", 1L, false, "nil");
        find("\177\200", "%c+", 1L, false, "1,1");
        find("ab\000cd", "%z", 1L, false, "3,3");
        find("ab\000cd", "%Z+", 1L, false, "1,2");
        find("a.b", "%.", 1L, false, "2,2");
        find("a%b", "%%", 1L, false, "2,2");
        find("a-b", "%-", 1L, false, "2,2");
        find("a b", "% ", 1L, false, "2,2");
        find("a\000b", "%\000", 1L, false, "2,2");
    }

    @Test
    void dotAndSets() {
        find("abc", ".", 1L, false, "1,1");
        find("abc", "..", 1L, false, "1,2");
        find("abc", "....", 1L, false, "nil");
        find("abc", "[bc]+", 1L, false, "2,3");
        find("abc", "[^a]+", 1L, false, "2,3");
        find("abc", "[^%a]", 1L, false, "nil");
        find("a-z", "[a%-z]+", 2L, false, "2,3");
        find("a-z", "[-z]+", 1L, false, "2,3");
        find("a-z", "[z-]+", 1L, false, "2,3");
        find("a]b", "[]]", 1L, false, "2,2");
        find("a]b", "[^]]+", 1L, false, "1,1");
        find("a^b", "[%^]", 1L, false, "2,2");
        find("a^b", "[b^]+", 1L, false, "2,3");
        find("[x]", "[[]", 1L, false, "1,1");
        find("a5z", "[0-9]", 1L, false, "2,2");
        find("a5z", "[%d]", 1L, false, "2,2");
        find("a5z", "[^%d]+", 1L, false, "1,1");
        find("a5z", "[%D]+", 1L, false, "1,1");
        find("\310\322\334", "[\310-\322]+", 1L, false, "1,2");
        find("\310\322\334", "[^\310-\322]+", 1L, false, "3,3");
        find("ABCabc", "[A-Z]+", 1L, false, "1,3");
        find("ABCabc", "[Z-A]+", 1L, false, "nil");
        find("a-b", "[a-]+", 1L, false, "1,2");
        find("---", "[%-]+", 1L, false, "1,3");
        find("abc", "[a-c-e]+", 1L, false, "1,3");
        find("a-e", "[a-c-e]+", 1L, false, "1,3");
        find("xyz", "[%a-z]", 1L, false, "1,1");
        find("%", "[%%]", 1L, false, "1,1");
        find("\000\001\002", "[\000-\001]+", 1L, false, "1,2");
    }

    @Test
    void quantifiers() {
        find("aaab", "a*", 1L, false, "1,3");
        find("baaa", "a*", 1L, false, "1,0");
        find("baaa", "a+", 1L, false, "2,4");
        find("aaab", "a-", 1L, false, "1,0");
        find("aaab", "a-b", 1L, false, "1,4");
        find("aaab", "a?", 1L, false, "1,1");
        find("aaab", "a?b", 1L, false, "3,4");
        find("ab", "a?a?a?b", 1L, false, "1,2");
        find("aaa", "^a-$", 1L, false, "1,3");
        find("aaa", "a.-a", 1L, false, "1,2");
        find("aaa", "a.*a", 1L, false, "1,3");
        find("<a><b>", "<.->", 1L, false, "1,3");
        find("<a><b>", "<.*>", 1L, false, "1,6");
        find("abc", "x*", 1L, false, "1,0");
        find("abc", "x+", 1L, false, "nil");
        find("abc", "x-", 1L, false, "1,0");
        find("abc", "x?", 1L, false, "1,0");
        find("ab+", "b+", 1L, false, "2,2");
        find("ab*", "*", 1L, false, "3,3");
        find("a*b", "a*b", 1L, false, "3,3");
        find("-a", "-", 1L, false, "1,1");
        find("?a", "?", 1L, false, "1,1");
        find("+a", "+", 1L, false, "1,1");
        find("abc", "[abc]*$", 1L, false, "1,3");
        find("abc", "%a*c", 1L, false, "1,3");
        find("aaa", "a*a*a*a*b", 1L, false, "nil");
        find("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "a*a*a*a*a*a*a*a*$", 1L, false, "1,30");
    }

    @Test
    void captures() {
        find("hello world", "(o)(r)", 1L, false, "8,9,'o','r'");
        find("hello world", "(h)(.)", 1L, false, "1,2,'h','e'");
        find("hello world", "()ll()", 1L, false, "3,4,3,5");
        find("hello", "()", 1L, false, "1,0,1");
        find("hello", "()", 6L, false, "6,5,6");
        find("hello", "(l)(l)(o)()", 1L, false, "3,5,'l','l','o',6");
        find("key = value", "(%w+)%s*=%s*(%w+)", 1L, false, "1,11,'key','value'");
        find("hello", "((l)(l))", 1L, false, "3,4,'ll','l','l'");
        find("hello", "(l*)", 1L, false, "1,0,''");
        find("hello", "(x*)", 1L, false, "1,0,''");
        find("abc", "(a)(b)(c)(.?)(.?)", 1L, false, "1,3,'a','b','c','',''");
        find("a", "(((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))", 1L, false, "error: unfinished capture");
        find("aa", "(a)%1", 1L, false, "1,2,'a'");
        find("abab", "(ab)%1", 1L, false, "1,4,'ab'");
        find("abba", "(a)(b)%2%1", 1L, false, "1,4,'a','b'");
        find("abab", "(a)(b)%1%2", 1L, false, "1,4,'a','b'");
        find("xyxyz", "(x(y))%1", 1L, false, "1,4,'xy','y'");
        find("aa", "()a%1", 1L, false, "nil");
        find("aXa", "(a).%1", 1L, false, "1,3,'a'");
        find("ab", "(a)%1?", 1L, false, "nil");
    }

    @Test
    void balanceAndFrontier() {
        find("f(a(b)c)d", "%b()", 1L, false, "2,8");
        find("f(a(b)c", "%b()", 1L, false, "4,6");
        find("((", "%b()", 1L, false, "nil");
        find(")(", "%b()", 1L, false, "nil");
        find("x[a[b]]y", "%b[]", 1L, false, "2,7");
        find("'quote' rest", "%b''", 1L, false, "1,7");
        find("abc", "%bac", 1L, false, "1,3");
        find("abc", "%bab", 1L, false, "1,2");
        find("aab", "%bab", 1L, false, "2,3");
        find("{{}}{", "%b{}", 1L, false, "1,4");
        find("THE (quick) fox", "%f[%a]%a+", 1L, false, "1,3");
        find("THE (quick) fox", "%f[%a]%a+", 2L, false, "6,10");
        find("THE (quick) fox", "%f[%A]", 1L, false, "4,3");
        find("THE (quick) fox", "%f[%l]%a+", 1L, false, "6,10");
        find("hello", "%f[%z]", 1L, false, "6,5");
        find("hello", "%f[%Z]", 1L, false, "1,0");
        find("hello", "%f[%W]", 1L, false, "6,5");
        find("", "%f[%z]", 1L, false, "nil");
        find("", "%f[%Z]", 1L, false, "nil");
        find("a", "%f[%w]", 2L, false, "nil");
        find("ab cd", "%f[^%s]%w+", 3L, false, "4,5");
        find("\000\000a", "%f[%Z]", 1L, false, "3,2");
        find("a\000b", "%f[%z]", 1L, false, "2,1");
        find("aaa", "%f[a]a*", 1L, false, "1,3");
    }
}
