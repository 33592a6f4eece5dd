package org.panlua.core.lib.pattern;

import static org.panlua.core.lib.pattern.PatternAssertions.*;

import org.junit.jupiter.api.Test;

/**
 * string.match: captures, init, anchors, back-references.
 * Expected results as printed by the reference interpreter for the same calls.
 */
class MatchTest {

    @Test
    void matchCases1() {
        match("hello world", "%w+", 1L, "'hello'");
        match("hello world", "(%w+) (%w+)", 1L, "'hello','world'");
        match("hello world", "%w+", 6L, "'world'");
        match("hello world", "%w+", -5L, "'world'");
        match("hello world", "^(%w+)", 7L, "'world'");
        match("hello world", "^(%w+)", 6L, "nil");
        match("hello", "()ll()", 1L, "3,5");
        match("hello", "(h)(e)(l)(l)(o)", 1L, "'h','e','l','l','o'");
        match("hello", "()", 1L, "1");
        match("hello", "$", 1L, "''");
        match("hello", "()$", 1L, "6");
        match("hello", "", 6L, "''");
        match("hello", "", 7L, "nil");
        match("hello", "x", 1L, "nil");
        match("  trim me  ", "^%s*(.-)%s*$", 1L, "'trim me'");
        match("2024-01-15", "(%d+)-(%d+)-(%d+)", 1L, "'2024','01','15'");
        match("key=val", "(%w+)=(%w*)", 1L, "'key','val'");
        match("key=", "(%w+)=(%w*)", 1L, "'key',''");
        match("[[long]]", "%[(=*)%[(.-)%]%1%]", 1L, "'','long'");
        match("[==[long]==]", "%[(=*)%[(.-)%]%1%]", 1L, "'==','long'");
        match("[==[long]=]==]", "%[(=*)%[(.-)%]%1%]", 1L, "'==','long]='");
        match("  x", "^%s*()", 1L, "3");
        match("abc", "(a)(b)?", 1L, "nil");
        match("abc", "a(b?)c", 1L, "'b'");
        match("ac", "a(b?)c", 1L, "''");
        match("aaab", ".*b", 1L, "'aaab'");
        match("aaa", ".*a", 1L, "'aaa'");
        match("b", ".*b", 1L, "'b'");
        match("aaab", ".+b", 1L, "'aaab'");
        match("aaa", ".+a", 1L, "'aaa'");
        match("b", ".+b", 1L, "nil");
        match("aaab", ".?b", 1L, "'ab'");
        match("aaa", ".?a", 1L, "'aa'");
        match("b", ".?b", 1L, "'b'");
        match("alo xyzK", "(%w+)K", 1L, "'xyz'");
        match("254 K", "(%d*)K", 1L, "''");
        match("alo ", "(%w*)$", 1L, "''");
        match("alo ", "(%w+)$", 1L, "nil");
        match("0123456789", "(.+(.?)())", 1L, "'0123456789','',11");
        match("ab\000\001\002c", "[\000-\002]+", 1L, "'\000\001\002'");
        match("ab\000\001\002c", "[\000-\000]+", 1L, "'\000'");
        match("abc\000efg\000\001e\001g", "%b\000\001", 1L, "'\000efg\000\001e\001'");
        match("abc\000\000\000", "%\000+", 1L, "'\000\000\000'");
        match("abc\000\000\000", "%\000%\000?", 1L, "'\000\000'");
        match("==========", "^([=]*)=%1$", 1L, "nil");
    }

    @Test
    void matchCases2() {
        match("=======", "^(=*)=%1$", 1L, "'==='");
        match("hello", "(h)(e)", 2L, "nil");
        match("x", "(x)", -1L, "'x'");
        match("x", "(x)", -2L, "'x'");
        match("x", "(x)", 0L, "'x'");
        match("abc", "((a)(b))", 1L, "'ab','a','b'");
        match("abc", "(a(b(c)))", 1L, "'abc','bc','c'");
        match("abc", "(a)()(b)()", 1L, "'a',2,'b',3");
    }
}
