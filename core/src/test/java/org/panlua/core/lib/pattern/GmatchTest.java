package org.panlua.core.lib.pattern;

import static org.panlua.core.lib.pattern.PatternAssertions.*;

import org.junit.jupiter.api.Test;

/**
 * string.gmatch: iteration, init, empty matches after a match, no anchoring.
 * Expected results as printed by the reference interpreter for the same calls.
 */
class GmatchTest {

    @Test
    void gmatchCases() {
        gmatch("hello world from lua", "%a+", 1L, "'('hello')('world')('from')('lua')'");
        gmatch("hello world from lua", "%a+", 7L, "'('world')('from')('lua')'");
        gmatch("hello world from lua", "%a+", -3L, "'('lua')'");
        gmatch("hello world from lua", "%a+", 100L, "''");
        gmatch("hello world", "(%w)(%w)", 1L, "'('h','e')('l','l')('w','o')('r','l')'");
        gmatch("k1=v1, k2=v2", "(%w+)=(%w+)", 1L, "'('k1','v1')('k2','v2')'");
        gmatch("abc", "", 1L, "'('')('')('')('')'");
        gmatch("abc", "%w*", 1L, "'('abc')'");
        gmatch("abc", "a*", 1L, "'('a')('')('')'");
        gmatch("a,b,,c", "([^,]*)", 1L, "'('a')('b')('')('c')'");
        gmatch("a,b,,c", "[^,]+", 1L, "'('a')('b')('c')'");
        gmatch("abcde", "()", 1L, "'(1)(2)(3)(4)(5)(6)'");
        gmatch("abc", "()(.)()", 1L, "'(1,'a',2)(2,'b',3)(3,'c',4)'");
        gmatch("abc", "^a", 1L, "''");
        gmatch("^a^b", "^.", 1L, "'('^a')('^b')'");
        gmatch("aaa", "^a", 1L, "''");
        gmatch("abc", ".$", 1L, "'('c')'");
        gmatch("abc", "$", 1L, "'('')'");
        gmatch("xuxx uu ppar r", "()(.)%2", 1L, "'(3,'x')(6,'u')(9,'p')'");
        gmatch("13 14 10 = 11, 15= 16, 22=23", "(%d+)%s*=%s*(%d+)", 1L, "'('10','11')('15','16')('22','23')'");
        gmatch("10 20 30", "%d+", 3L, "'('20')('30')'");
        gmatch("11 21 31", "%d+", -4L, "'('1')('31')'");
        gmatch("11 21 31", "%w*", 9L, "'('')'");
        gmatch("11 21 31", "%w*", 10L, "''");
        gmatch("11 21 31", "%w*", 0L, "'('11')('21')('31')'");
        gmatch("alo alo th02 is 1hat", "()%f[%w%d]", 1L, "'(1)(5)(9)(14)(17)'");
        gmatch("a  \012bc\011\011d", "()%s*()", 1L, "'(1,1)(2,5)(6,6)(7,9)(10,10)'");
        gmatch("one two", "%a-", 1L, "'('')('')('')('')('')('')('')('')'");
        gmatch("one two", "%a-o", 1L, "'('o')('two')'");
        gmatch("THE (quick) fox", "%f[%a]%a+", 1L, "'('THE')('quick')('fox')'");
        gmatch("", "", 1L, "'('')'");
        gmatch("", "x*", 1L, "'('')'");
        gmatch("", "x", 1L, "''");
        gmatch("abc", "x*", 1L, "'('')('')('')('')'");
        gmatch("aXbXc", "X", 1L, "'('X')('X')'");
        gmatch("aXbXc", "[^X]*", 1L, "'('a')('b')('c')'");
    }
}
