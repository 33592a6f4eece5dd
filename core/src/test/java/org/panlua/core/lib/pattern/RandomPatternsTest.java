package org.panlua.core.lib.pattern;

import static org.panlua.core.lib.pattern.PatternAssertions.*;

import org.junit.jupiter.api.Test;

/**
 * Random patterns over a small alphabet (find, gmatch and gsub of each), errors included, generated once with a fixed seed.
 * Expected results as printed by the reference interpreter for the same calls.
 */
class RandomPatternsTest {

    @Test
    void randomPatterns1() {
        find("a)a(b", "%s%)", 1L, false, "nil");
        gmatch("a)a(b", "%s%)", 1L, "''");
        gsub("a)a(b", "%s%)", "<%0>", ALL, "'a)a(b',0");
        find(")  )aba1  ", "1+", 1L, false, "8,8");
        gmatch(")  )aba1  ", "1+", 1L, "'('1')'");
        gsub(")  )aba1  ", "1+", "<%0>", ALL, "')  )aba<1>  ',1");
        find("bb a", "%d+ -%(()$", 1L, false, "nil");
        gmatch("bb a", "%d+ -%(()$", 1L, "''");
        gsub("bb a", "%d+ -%(()$", "<%0>", ALL, "'bb a',0");
        find("b))aa)(aaa(", "(%s-)%f[%W]()", 1L, false, "2,1,'',2");
        gmatch("b))aa)(aaa(", "(%s-)%f[%W]()", 1L, "'('',2)('',6)('',11)'");
        gsub("b))aa)(aaa(", "(%s-)%f[%W]()", "<%0>", ALL, "'b<>))aa<>)(aaa<>(',3");
        find(" ()()  bb)((", "%1()", 1L, false, "error: invalid capture index %1");
        gmatch(" ()()  bb)((", "%1()", 1L, "error: invalid capture index %1");
        gsub(" ()()  bb)((", "%1()", "<%0>", ALL, "error: invalid capture index %1");
        find("()a1b1 a", ".", 1L, false, "1,1");
        gmatch("()a1b1 a", ".", 1L, "'('(')(')')('a')('1')('b')('1')(' ')('a')'");
        gsub("()a1b1 a", ".", "<%0>", ALL, "'<(><)><a><1><b><1>< ><a>',8");
        find(" 1)aa) b()", "%a", 1L, false, "4,4");
        gmatch(" 1)aa) b()", "%a", 1L, "'('a')('a')('b')'");
        gsub(" 1)aa) b()", "%a", "<%0>", ALL, "' 1)<a><a>) <b>()',3");
        find("(aaa b", "^%)(%f[%w]%(*%b()%()", 1L, false, "nil");
        gmatch("(aaa b", "^%)(%f[%w]%(*%b()%()", 1L, "''");
        gsub("(aaa b", "^%)(%f[%w]%(*%b()%()", "<%0>", ALL, "'(aaa b',0");
        find("1(", "[a-c1][^a]", 1L, false, "1,2");
        gmatch("1(", "[a-c1][^a]", 1L, "'('1(')'");
        gsub("1(", "[a-c1][^a]", "<%0>", ALL, "'<1(>',1");
        find(" (ba", "(a*b%2%1)", 1L, false, "error: invalid capture index %2");
        gmatch(" (ba", "(a*b%2%1)", 1L, "error: invalid capture index %2");
        gsub(" (ba", "(a*b%2%1)", "<%0>", ALL, "error: invalid capture index %2");
        find("ab(1 1b(", "(())%f[%w]1-%)", 1L, false, "nil");
        gmatch("ab(1 1b(", "(())%f[%w]1-%)", 1L, "''");
        gsub("ab(1 1b(", "(())%f[%w]1-%)", "<%0>", ALL, "'ab(1 1b(',0");
        find("111aab((bb)", "([ab]())()%b() +", 1L, false, "nil");
        gmatch("111aab((bb)", "([ab]())()%b() +", 1L, "''");
        gsub("111aab((bb)", "([ab]())()%b() +", "<%0>", ALL, "'111aab((bb)',0");
        find("1b()1b", "%s+1-", 1L, false, "nil");
        gmatch("1b()1b", "%s+1-", 1L, "''");
        gsub("1b()1b", "%s+1-", "<%0>", ALL, "'1b()1b',0");
        find("b1 aaa1b b(1", "([^a])(%s( +()[a-c1]-))%1%b()", 1L, false, "nil");
        gmatch("b1 aaa1b b(1", "([^a])(%s( +()[a-c1]-))%1%b()", 1L, "''");
        gsub("b1 aaa1b b(1", "([^a])(%s( +()[a-c1]-))%1%b()", "<%0>", ALL, "'b1 aaa1b b(1',0");
        find("b 11)bbaa (", "^%1", 1L, false, "error: invalid capture index %1");
        gmatch("b 11)bbaa (", "^%1", 1L, "''");
        gsub("b 11)bbaa (", "^%1", "<%0>", ALL, "error: invalid capture index %1");
    }

    @Test
    void randomPatterns2() {
        find("))1b)b1", "%s+$", 1L, false, "nil");
        gmatch("))1b)b1", "%s+$", 1L, "''");
        gsub("))1b)b1", "%s+$", "<%0>", ALL, "'))1b)b1',0");
        find("( b)1(b)1(", "%f[%w]()%)(.*%2%f[%w]([a-c1]))", 1L, false, "nil");
        gmatch("( b)1(b)1(", "%f[%w]()%)(.*%2%f[%w]([a-c1]))", 1L, "''");
        gsub("( b)1(b)1(", "%f[%w]()%)(.*%2%f[%w]([a-c1]))", "<%0>", ALL, "'( b)1(b)1(',0");
        find(" 1a ", "%s+", 1L, false, "1,1");
        gmatch(" 1a ", "%s+", 1L, "'(' ')(' ')'");
        gsub(" 1a ", "%s+", "<%0>", ALL, "'< >1a< >',2");
        find("b", "()", 1L, false, "1,0,1");
        gmatch("b", "()", 1L, "'(1)(2)'");
        gsub("b", "()", "<%0>", ALL, "'<>b<>',2");
        find("b())1b", "((..+()%()%2[^a])", 1L, false, "nil");
        gmatch("b())1b", "((..+()%()%2[^a])", 1L, "''");
        gsub("b())1b", "((..+()%()%2[^a])", "<%0>", ALL, "'b())1b',0");
        find(")", "%W+%W%d", 1L, false, "nil");
        gmatch(")", "%W+%W%d", 1L, "''");
        gsub(")", "%W+%W%d", "<%0>", ALL, "')',0");
        find(") )b)b)1)", "%f[%w][a-c1]+[ab]%f[%w]", 1L, false, "nil");
        gmatch(") )b)b)1)", "%f[%w][a-c1]+[ab]%f[%w]", 1L, "''");
        gsub(") )b)b)1)", "%f[%w][a-c1]+[ab]%f[%w]", "<%0>", ALL, "') )b)b)1)',0");
        find("ab 1b 1b)  ", "%s?", 1L, false, "1,0");
        gmatch("ab 1b 1b)  ", "%s?", 1L, "'('')('')(' ')('')(' ')('')('')(' ')(' ')'");
        gsub("ab 1b 1b)  ", "%s?", "<%0>", ALL, "'<>a<>b< >1<>b< >1<>b<>)< >< >',9");
        find("b", "( .%f[%w])%21+", 1L, false, "nil");
        gmatch("b", "( .%f[%w])%21+", 1L, "''");
        gsub("b", "( .%f[%w])%21+", "<%0>", ALL, "'b',0");
        find(")(a )bb1)ba", "%2%2.", 1L, false, "error: invalid capture index %2");
        gmatch(")(a )bb1)ba", "%2%2.", 1L, "error: invalid capture index %2");
        gsub(")(a )bb1)ba", "%2%2.", "<%0>", ALL, "error: invalid capture index %2");
        find("ba(", "%s.*(%a+a*)%W", 1L, false, "nil");
        gmatch("ba(", "%s.*(%a+a*)%W", 1L, "''");
        gsub("ba(", "%s.*(%a+a*)%W", "<%0>", ALL, "'ba(',0");
        find("bb11(", "^.?.+[a-c1]%2", 1L, false, "error: invalid capture index %2");
        gmatch("bb11(", "^.?.+[a-c1]%2", 1L, "''");
        gsub("bb11(", "^.?.+[a-c1]%2", "<%0>", ALL, "error: invalid capture index %2");
        find("", "a*", 1L, false, "1,0");
        gmatch("", "a*", 1L, "'('')'");
        gsub("", "a*", "<%0>", ALL, "'<>',1");
        find(")", "(aa-11)", 1L, false, "nil");
        gmatch(")", "(aa-11)", 1L, "''");
        gsub(")", "(aa-11)", "<%0>", ALL, "')',0");
        find("a)", "b*a+", 1L, false, "1,1");
        gmatch("a)", "b*a+", 1L, "'('a')'");
        gsub("a)", "b*a+", "<%0>", ALL, "'<a>)',1");
    }

    @Test
    void randomPatterns3() {
        find("1)a1b( ", "[a-c1]-b*( ? *())%W-", 1L, false, "1,0,'',1");
        gmatch("1)a1b( ", "[a-c1]-b*( ? *())%W-", 1L, "'('',1)('',2)('',3)('',4)('',6)(' ',8)'");
        gsub("1)a1b( ", "[a-c1]-b*( ? *())%W-", "<%0>", ALL, "'<>1<>)<>a<>1<b>(< >',6");
        find("1(11) 1(1)b", "b-", 1L, false, "1,0");
        gmatch("1(11) 1(1)b", "b-", 1L, "'('')('')('')('')('')('')('')('')('')('')('')('')'");
        gsub("1(11) 1(1)b", "b-", "<%0>", ALL, "'<>1<>(<>1<>1<>)<> <>1<>(<>1<>)<>b<>',12");
        find(")a)aaa()", "%s", 1L, false, "nil");
        gmatch(")a)aaa()", "%s", 1L, "''");
        gsub(")a)aaa()", "%s", "<%0>", ALL, "')a)aaa()',0");
        find("", "b+1", 1L, false, "nil");
        gmatch("", "b+1", 1L, "''");
        gsub("", "b+1", "<%0>", ALL, "'',0");
        find("1", "%f[%W]%s$", 1L, false, "nil");
        gmatch("1", "%f[%W]%s$", 1L, "''");
        gsub("1", "%f[%W]%s$", "<%0>", ALL, "'1',0");
        find("a ) aa b ", "(%a%s%f[%W])%d+.+[ab]*", 1L, false, "nil");
        gmatch("a ) aa b ", "(%a%s%f[%W])%d+.+[ab]*", 1L, "''");
        gsub("a ) aa b ", "(%a%s%f[%W])%d+.+[ab]*", "<%0>", ALL, "'a ) aa b ',0");
        find("(b)) 1) ", "(%()1*%a?", 1L, false, "1,2,'('");
        gmatch("(b)) 1) ", "(%()1*%a?", 1L, "'('(')'");
        gsub("(b)) 1) ", "(%()1*%a?", "<%0>", ALL, "'<(b>)) 1) ',1");
        find("  ", "%s*%1%s%s-", 1L, false, "error: invalid capture index %1");
        gmatch("  ", "%s*%1%s%s-", 1L, "error: invalid capture index %1");
        gsub("  ", "%s*%1%s%s-", "<%0>", ALL, "error: invalid capture index %1");
        find("a1)(b bb (a", "%2 ?%b()%(-", 1L, false, "error: invalid capture index %2");
        gmatch("a1)(b bb (a", "%2 ?%b()%(-", 1L, "error: invalid capture index %2");
        gsub("a1)(b bb (a", "%2 ?%b()%(-", "<%0>", ALL, "error: invalid capture index %2");
        find("bb1b11", " ", 1L, false, "nil");
        gmatch("bb1b11", " ", 1L, "''");
        gsub("bb1b11", " ", "<%0>", ALL, "'bb1b11',0");
        find(")()))1)(( )", "[ab]-.%a()", 1L, false, "nil");
        gmatch(")()))1)(( )", "[ab]-.%a()", 1L, "''");
        gsub(")()))1)(( )", "[ab]-.%a()", "<%0>", ALL, "')()))1)(( )',0");
        find("1((a))", "(.-)[ab].*", 1L, false, "1,6,'1(('");
        gmatch("1((a))", "(.-)[ab].*", 1L, "'('1((')'");
        gsub("1((a))", "(.-)[ab].*", "<%0>", ALL, "'<1((a))>',1");
        find(" a1a))( ", "%([ab]", 1L, false, "nil");
        gmatch(" a1a))( ", "%([ab]", 1L, "''");
        gsub(" a1a))( ", "%([ab]", "<%0>", ALL, "' a1a))( ',0");
        find("b))ab 1bb)a", "%f[%w]", 1L, false, "1,0");
        gmatch("b))ab 1bb)a", "%f[%w]", 1L, "'('')('')('')('')'");
        gsub("b))ab 1bb)a", "%f[%w]", "<%0>", ALL, "'<>b))<>ab <>1bb)<>a',4");
        find("ab)  a11aba", "%f[%W][a-c1]*", 1L, false, "3,2");
        gmatch("ab)  a11aba", "%f[%W][a-c1]*", 1L, "'('')('')'");
        gsub("ab)  a11aba", "%f[%W][a-c1]*", "<%0>", ALL, "'ab<>)  a11aba<>',2");
    }

    @Test
    void randomPatterns4() {
        find("bb(1a", "(%) +[a-c1])", 1L, false, "nil");
        gmatch("bb(1a", "(%) +[a-c1])", 1L, "''");
        gsub("bb(1a", "(%) +[a-c1])", "<%0>", ALL, "'bb(1a',0");
        find("(1b (abb1bb", "1", 1L, false, "2,2");
        gmatch("(1b (abb1bb", "1", 1L, "'('1')('1')'");
        gsub("(1b (abb1bb", "1", "<%0>", ALL, "'(<1>b (abb<1>bb',2");
        find(" ) )) )(a))", "(%)%1 )", 1L, false, "error: invalid capture index %1");
        gmatch(" ) )) )(a))", "(%)%1 )", 1L, "error: invalid capture index %1");
        gsub(" ) )) )(a))", "(%)%1 )", "<%0>", ALL, "error: invalid capture index %1");
        find(")( a))", "%s[ab]*", 1L, false, "3,4");
        gmatch(")( a))", "%s[ab]*", 1L, "'(' a')'");
        gsub(")( a))", "%s[ab]*", "<%0>", ALL, "')(< a>))',1");
        find(") a1b", "((%b()%)?)()[a-c1])()%(-", 1L, false, "nil");
        gmatch(") a1b", "((%b()%)?)()[a-c1])()%(-", 1L, "''");
        gsub(") a1b", "((%b()%)?)()[a-c1])()%(-", "<%0>", ALL, "') a1b',0");
        find("1", "^((%s*()[^a]*())%a())(%a-%1)(()%f[%W].%1)", 1L, false, "nil");
        gmatch("1", "^((%s*()[^a]*())%a())(%a-%1)(()%f[%W].%1)", 1L, "''");
        gsub("1", "^((%s*()[^a]*())%a())(%a-%1)(()%f[%W].%1)", "<%0>", ALL, "'1',0");
        find(")ba", ".?[a-c1]-().", 1L, false, "1,2,2");
        gmatch(")ba", ".?[a-c1]-().", 1L, "'(2)(3)'");
        gsub(")ba", ".?[a-c1]-().", "<%0>", ALL, "'<)b><a>',2");
        find("bb(111a)a )1", "(1()%W)(a-)%f[%w]%1$", 1L, false, "nil");
        gmatch("bb(111a)a )1", "(1()%W)(a-)%f[%w]%1$", 1L, "''");
        gsub("bb(111a)a )1", "(1()%W)(a-)%f[%w]%1$", "<%0>", ALL, "'bb(111a)a )1',0");
        find("()(()(  )", "%2%s?", 1L, false, "error: invalid capture index %2");
        gmatch("()(()(  )", "%2%s?", 1L, "error: invalid capture index %2");
        gsub("()(()(  )", "%2%s?", "<%0>", ALL, "error: invalid capture index %2");
        find(")1ba(1b", "(a*(%b().?%s*)%b()%a)", 1L, false, "nil");
        gmatch(")1ba(1b", "(a*(%b().?%s*)%b()%a)", 1L, "''");
        gsub(")1ba(1b", "(a*(%b().?%s*)%b()%a)", "<%0>", ALL, "')1ba(1b',0");
        find(" ", "a%)-", 1L, false, "nil");
        gmatch(" ", "a%)-", 1L, "''");
        gsub(" ", "a%)-", "<%0>", ALL, "' ',0");
        find("1(b1", "%1a%W%a-$", 1L, false, "error: invalid capture index %1");
        gmatch("1(b1", "%1a%W%a-$", 1L, "error: invalid capture index %1");
        gsub("1(b1", "%1a%W%a-$", "<%0>", ALL, "error: invalid capture index %1");
        find("aa)   a", "%a+%s", 1L, false, "nil");
        gmatch("aa)   a", "%a+%s", 1L, "''");
        gsub("aa)   a", "%a+%s", "<%0>", ALL, "'aa)   a',0");
        find("(1aa()", "%b()[^a]+", 1L, false, "nil");
        gmatch("(1aa()", "%b()[^a]+", 1L, "''");
        gsub("(1aa()", "%b()[^a]+", "<%0>", ALL, "'(1aa()',0");
        find(")a(ab", "^()(%a%f[%W]%)+)%b().*", 1L, false, "nil");
        gmatch(")a(ab", "^()(%a%f[%W]%)+)%b().*", 1L, "''");
        gsub(")a(ab", "^()(%a%f[%W]%)+)%b().*", "<%0>", ALL, "')a(ab',0");
    }

    @Test
    void randomPatterns5() {
        find("", "%f[%W]%d$", 1L, false, "nil");
        gmatch("", "%f[%W]%d$", 1L, "''");
        gsub("", "%f[%W]%d$", "<%0>", ALL, "'',0");
        find(")(b111)1aba", "()%b()", 1L, false, "2,7,2");
        gmatch(")(b111)1aba", "()%b()", 1L, "'(2)'");
        gsub(")(b111)1aba", "()%b()", "<%0>", ALL, "')<(b111)>1aba',1");
        find("a())(a", "%ab*", 1L, false, "1,1");
        gmatch("a())(a", "%ab*", 1L, "'('a')('a')'");
        gsub("a())(a", "%ab*", "<%0>", ALL, "'<a>())(<a>',2");
        find("1) b) (a", "^[ab]()", 1L, false, "nil");
        gmatch("1) b) (a", "^[ab]()", 1L, "''");
        gsub("1) b) (a", "^[ab]()", "<%0>", ALL, "'1) b) (a',0");
        find("a(a", "%)%b()%a$", 1L, false, "nil");
        gmatch("a(a", "%)%b()%a$", 1L, "''");
        gsub("a(a", "%)%b()%a$", "<%0>", ALL, "'a(a',0");
        find("1ba (b1)", "%2[ab]*", 1L, false, "error: invalid capture index %2");
        gmatch("1ba (b1)", "%2[ab]*", 1L, "error: invalid capture index %2");
        gsub("1ba (b1)", "%2[ab]*", "<%0>", ALL, "error: invalid capture index %2");
        find("()1)bb aa(", "%2a*%f[%W]()", 1L, false, "error: invalid capture index %2");
        gmatch("()1)bb aa(", "%2a*%f[%W]()", 1L, "error: invalid capture index %2");
        gsub("()1)bb aa(", "%2a*%f[%W]()", "<%0>", ALL, "error: invalid capture index %2");
        find(")bb1", "%W*%f[%w]%2", 1L, false, "error: invalid capture index %2");
        gmatch(")bb1", "%W*%f[%w]%2", 1L, "error: invalid capture index %2");
        gsub(")bb1", "%W*%f[%w]%2", "<%0>", ALL, "error: invalid capture index %2");
        find("a)b( (1ba ( ", "%f[%W]%d(.([a-c1]+1-a+.*))%d*", 1L, false, "nil");
        gmatch("a)b( (1ba ( ", "%f[%W]%d(.([a-c1]+1-a+.*))%d*", 1L, "''");
        gsub("a)b( (1ba ( ", "%f[%W]%d(.([a-c1]+1-a+.*))%d*", "<%0>", ALL, "'a)b( (1ba ( ',0");
        find("()1", "(a?()1%f[%w])%s", 1L, false, "nil");
        gmatch("()1", "(a?()1%f[%w])%s", 1L, "''");
        gsub("()1", "(a?()1%f[%w])%s", "<%0>", ALL, "'()1',0");
        find("abb a 1 (", "%s%2()%a", 1L, false, "error: invalid capture index %2");
        gmatch("abb a 1 (", "%s%2()%a", 1L, "error: invalid capture index %2");
        gsub("abb a 1 (", "%s%2()%a", "<%0>", ALL, "error: invalid capture index %2");
        find(" (1b bab", "%f[%W]%f[%w][a-c1]%s+", 1L, false, "nil");
        gmatch(" (1b bab", "%f[%W]%f[%w][a-c1]%s+", 1L, "''");
        gsub(" (1b bab", "%f[%W]%f[%w][a-c1]%s+", "<%0>", ALL, "' (1b bab',0");
        find("", "%sa+", 1L, false, "nil");
        gmatch("", "%sa+", 1L, "''");
        gsub("", "%sa+", "<%0>", ALL, "'',0");
        find("1)1)((1(b(a ", "a", 1L, false, "11,11");
        gmatch("1)1)((1(b(a ", "a", 1L, "'('a')'");
        gsub("1)1)((1(b(a ", "a", "<%0>", ALL, "'1)1)((1(b(<a> ',1");
        find("a(1((a b)bb", "[a-c1]%f[%w]%b()", 1L, false, "nil");
        gmatch("a(1((a b)bb", "[a-c1]%f[%w]%b()", 1L, "''");
        gsub("a(1((a b)bb", "[a-c1]%f[%w]%b()", "<%0>", ALL, "'a(1((a b)bb',0");
    }

    @Test
    void randomPatterns6() {
        find("1)b(b)a )(a", "%d%( ?(%f[%w]%b() %a)", 1L, false, "nil");
        gmatch("1)b(b)a )(a", "%d%( ?(%f[%w]%b() %a)", 1L, "''");
        gsub("1)b(b)a )(a", "%d%( ?(%f[%w]%b() %a)", "<%0>", ALL, "'1)b(b)a )(a',0");
        find("b1 bba())1 b", "%2", 1L, false, "error: invalid capture index %2");
        gmatch("b1 bba())1 b", "%2", 1L, "error: invalid capture index %2");
        gsub("b1 bba())1 b", "%2", "<%0>", ALL, "error: invalid capture index %2");
        find("b)( )", ".+%(()%2", 1L, false, "error: invalid capture index %2");
        gmatch("b)( )", ".+%(()%2", 1L, "error: invalid capture index %2");
        gsub("b)( )", ".+%(()%2", "<%0>", ALL, "error: invalid capture index %2");
        find("))( b) (", "%(", 1L, false, "3,3");
        gmatch("))( b) (", "%(", 1L, "'('(')('(')'");
        gsub("))( b) (", "%(", "<%0>", ALL, "'))<(> b) <(>',2");
        find(")(1 ", ".%f[%W]%a-$", 1L, false, "nil");
        gmatch(")(1 ", ".%f[%W]%a-$", 1L, "''");
        gsub(")(1 ", ".%f[%W]%a-$", "<%0>", ALL, "')(1 ',0");
        find("( bb)", "[ab]*%(a", 1L, false, "nil");
        gmatch("( bb)", "[ab]*%(a", 1L, "''");
        gsub("( bb)", "[ab]*%(a", "<%0>", ALL, "'( bb)',0");
        find("(a1bb", "%(%s$", 1L, false, "nil");
        gmatch("(a1bb", "%(%s$", 1L, "''");
        gsub("(a1bb", "%(%s$", "<%0>", ALL, "'(a1bb',0");
        find("))b((1a", "%a%)-", 1L, false, "3,3");
        gmatch("))b((1a", "%a%)-", 1L, "'('b')('a')'");
        gsub("))b((1a", "%a%)-", "<%0>", ALL, "'))<b>((1<a>',2");
        find(")11    ba a(", "(%f[%w]).?%W?", 1L, false, "2,2,''");
        gmatch(")11    ba a(", "(%f[%w]).?%W?", 1L, "'('')('')('')'");
        gsub(")11    ba a(", "(%f[%w]).?%W?", "<%0>", ALL, "')<1>1    <b>a <a(>',3");
        find(") (a", "[a-c1]%a-%d-", 1L, false, "4,4");
        gmatch(") (a", "[a-c1]%a-%d-", 1L, "'('a')'");
        gsub(") (a", "[a-c1]%a-%d-", "<%0>", ALL, "') (<a>',1");
        find("b  ((1)1)ab", "(%W-%()%2%1%)?", 1L, false, "error: invalid capture index %2");
        gmatch("b  ((1)1)ab", "(%W-%()%2%1%)?", 1L, "error: invalid capture index %2");
        gsub("b  ((1)1)ab", "(%W-%()%2%1%)?", "<%0>", ALL, "error: invalid capture index %2");
        find("a)ba(aa1a 1", "^((()1?)(a-[a-c1]+)[^a]-%1)$", 1L, false, "error: invalid capture index %1");
        gmatch("a)ba(aa1a 1", "^((()1?)(a-[a-c1]+)[^a]-%1)$", 1L, "''");
        gsub("a)ba(aa1a 1", "^((()1?)(a-[a-c1]+)[^a]-%1)$", "<%0>", ALL, "error: invalid capture index %1");
        find("1)11a 1b)(1", "([a-c1]-)%(+", 1L, false, "10,10,''");
        gmatch("1)11a 1b)(1", "([a-c1]-)%(+", 1L, "'('')'");
        gsub("1)11a 1b)(1", "([a-c1]-)%(+", "<%0>", ALL, "'1)11a 1b)<(>1',1");
        find(")a)", "[^a]+(%2a())%d?", 1L, false, "error: invalid capture index %2");
        gmatch(")a)", "[^a]+(%2a())%d?", 1L, "error: invalid capture index %2");
        gsub(")a)", "[^a]+(%2a())%d?", "<%0>", ALL, "error: invalid capture index %2");
        find("b)(11(a)1( ", "%1", 1L, false, "error: invalid capture index %1");
        gmatch("b)(11(a)1( ", "%1", 1L, "error: invalid capture index %1");
        gsub("b)(11(a)1( ", "%1", "<%0>", ALL, "error: invalid capture index %1");
    }

    @Test
    void randomPatterns7() {
        find("(b1bab)a11b", "(a+%W ).*", 1L, false, "nil");
        gmatch("(b1bab)a11b", "(a+%W ).*", 1L, "''");
        gsub("(b1bab)a11b", "(a+%W ).*", "<%0>", ALL, "'(b1bab)a11b',0");
        find(")1()", "([ab]?(()%f[%w]))%1[ab]*", 1L, false, "2,1,'','',2");
        gmatch(")1()", "([ab]?(()%f[%w]))%1[ab]*", 1L, "'('','',2)'");
        gsub(")1()", "([ab]?(()%f[%w]))%1[ab]*", "<%0>", ALL, "')<>1()',1");
        find(" ab( a)) (1b", "(([a-c1]*%W *) -%f[%W]a)(b-)$", 1L, false, "nil");
        gmatch(" ab( a)) (1b", "(([a-c1]*%W *) -%f[%W]a)(b-)$", 1L, "''");
        gsub(" ab( a)) (1b", "(([a-c1]*%W *) -%f[%W]a)(b-)$", "<%0>", ALL, "' ab( a)) (1b',0");
        find(" 1 1", "%a", 1L, false, "nil");
        gmatch(" 1 1", "%a", 1L, "''");
        gsub(" 1 1", "%a", "<%0>", ALL, "' 1 1',0");
        find("", "%d", 1L, false, "nil");
        gmatch("", "%d", 1L, "''");
        gsub("", "%d", "<%0>", ALL, "'',0");
        find(" b1a )(1", "^%s", 1L, false, "1,1");
        gmatch(" b1a )(1", "^%s", 1L, "''");
        gsub(" b1a )(1", "^%s", "<%0>", ALL, "'< >b1a )(1',1");
        find("((b", "^%b()([ab]*)", 1L, false, "nil");
        gmatch("((b", "^%b()([ab]*)", 1L, "''");
        gsub("((b", "^%b()([ab]*)", "<%0>", ALL, "'((b',0");
        find("baab11(a(1a", "(%)-%b()(()))%f[%W]", 1L, false, "nil");
        gmatch("baab11(a(1a", "(%)-%b()(()))%f[%W]", 1L, "''");
        gsub("baab11(a(1a", "(%)-%b()(()))%f[%W]", "<%0>", ALL, "'baab11(a(1a',0");
        find("1ba1", "%b()(%21-)", 1L, false, "nil");
        gmatch("1ba1", "%b()(%21-)", 1L, "''");
        gsub("1ba1", "%b()(%21-)", "<%0>", ALL, "'1ba1',0");
        find(") )b)b)(b(", "%b()%a", 1L, false, "nil");
        gmatch(") )b)b)(b(", "%b()%a", 1L, "''");
        gsub(") )b)b)(b(", "%b()%a", "<%0>", ALL, "') )b)b)(b(',0");
    }
}
