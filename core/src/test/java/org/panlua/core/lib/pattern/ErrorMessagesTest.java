package org.panlua.core.lib.pattern;

import static org.panlua.core.lib.pattern.PatternAssertions.*;

import org.junit.jupiter.api.Test;

/**
 * The error messages of malformed patterns, bad capture indexes and replacement strings.
 * Expected results as printed by the reference interpreter for the same calls.
 */
class ErrorMessagesTest {

    @Test
    void malformedPatterns() {
        find("a", "(.", 1L, false, "error: unfinished capture");
        find("a", ".)", 1L, false, "error: invalid pattern capture");
        find("a", "[a", 1L, false, "error: malformed pattern (missing ']')");
        find("a", "[]", 1L, false, "error: malformed pattern (missing ']')");
        find("a", "[^]", 1L, false, "error: malformed pattern (missing ']')");
        find("a", "[a%]", 1L, false, "error: malformed pattern (missing ']')");
        find("a", "[a%", 1L, false, "error: malformed pattern (missing ']')");
        find("a", "%b", 1L, false, "error: malformed pattern (missing arguments to '%b')");
        find("a", "%ba", 1L, false, "error: malformed pattern (missing arguments to '%b')");
        find("a", "%", 1L, false, "error: malformed pattern (ends with '%')");
        find("a", "%f", 1L, false, "error: missing '[' after '%f' in pattern");
        find("a", "%fa", 1L, false, "error: missing '[' after '%f' in pattern");
        find("a", "%f[a", 1L, false, "error: malformed pattern (missing ']')");
        find("a", "a%", 1L, false, "error: malformed pattern (ends with '%')");
        find("b", "a%", 1L, false, "nil");
        find("b", "a[", 1L, false, "nil");
        find("", "(", 1L, false, "error: unfinished capture");
        find("", ")", 1L, false, "nil");
    }

    @Test
    void captureIndexes() {
        find("a", "%1", 1L, false, "error: invalid capture index %1");
        find("a", "%0", 1L, false, "error: invalid capture index %0");
        find("a", "(a)%2", 1L, false, "error: invalid capture index %2");
        find("a", "(a%1)", 1L, false, "error: invalid capture index %1");
        find("aa", "(a)%1%2", 1L, false, "error: invalid capture index %2");
        find("a", "()%2", 1L, false, "error: invalid capture index %2");
    }

    @Test
    void unfinishedCaptures() {
        match("a", "(()", 1L, "error: unfinished capture");
        match("a", "(.", 1L, "error: unfinished capture");
        match("a", "a(", 1L, "error: unfinished capture");
        find("a", "a(", 1L, false, "error: unfinished capture");
    }

    @Test
    void errorsInGmatchAndGsub() {
        gmatch("abc", "(.", 1L, "error: unfinished capture");
        gmatch("abc", "[a", 1L, "error: malformed pattern (missing ']')");
        gmatch("abc", "[a", 5L, "''");
        gsub("alo", ".", "%2", ALL, "error: invalid capture index %2");
        gsub("alo", "(%0)", "a", ALL, "error: invalid capture index %0");
        gsub("alo", "(%1)", "a", ALL, "error: invalid capture index %1");
        gsub("alo", ".", "%x", ALL, "error: invalid use of '%' in replacement string");
        gsub("alo", "(.)", "%2", ALL, "error: invalid capture index %2");
        gsub("alo", "()", "%2", ALL, "error: invalid capture index %2");
        gsub("alo", "(.", "%1", ALL, "error: unfinished capture");
        gsub("alo", "(.", "x", ALL, "'xxx',3");
        gsub("abc", "[a", "x", 0L, "'abc',0");
        gsub("abc", "[a", "x", 1L, "error: malformed pattern (missing ']')");
        gsubFunction("alo", "(.", "join", ALL, "error: unfinished capture");
    }

    /** The depth limit counts one level per nested attempt, as the reference's MAXCCALLS. */
    @Test
    void patternTooComplex() {
        String a300 = "a".repeat(300);
        find(a300, "a?".repeat(199), 1L, false, "1,199");
        find(a300, "a?".repeat(200), 1L, false, "error: pattern too complex");
        find(a300, "a-".repeat(199) + a300 + "$", 1L, false, "1,300");
        find(a300, "a-".repeat(200) + a300 + "$", 1L, false, "error: pattern too complex");
        find("x", "()x" + "()".repeat(30), 1L, false,
                "1,1,1" + ",2".repeat(30));
    }

    @Test
    void captureLimits() {
        String a300 = "a".repeat(300);
        find(a300, "(a)".repeat(32), 1L, false, "1,32" + ",'a'".repeat(32));
        find(a300, "(a)".repeat(33), 1L, false, "error: too many captures");
        find(a300, "()".repeat(32), 1L, false, "1,0" + ",1".repeat(32));
        find(a300, "()".repeat(33), 1L, false, "error: too many captures");
        find("x", "()x" + "()".repeat(32), 1L, false, "error: too many captures");
        find("x", "y" + "()".repeat(40), 1L, false, "nil");
        find("x", "(".repeat(33), 1L, false, "error: too many captures");
        find("aaa", "(".repeat(32) + ")".repeat(33), 1L, false, "error: invalid pattern capture");
        find("a", "%b()" + "(".repeat(40), 1L, false, "nil");
    }
}
