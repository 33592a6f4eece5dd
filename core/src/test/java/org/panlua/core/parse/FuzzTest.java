package org.panlua.core.parse;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.panlua.core.ast.AstPrinter;
import org.panlua.core.ast.Chunk;
import org.panlua.core.ast.LuaEmitter;
import org.panlua.core.compiler.LuaSyntaxException;
import org.panlua.core.lex.Lexer;

/**
 * Random and mutated inputs (fixed seeds, bounded time): the lexer and the parser either succeed
 * or throw {@link LuaSyntaxException}, never anything else (no other exception, no
 * {@code StackOverflowError}, no hang); whatever parses also round-trips through the emitter.
 */
class FuzzTest {

    /** Fragments that make mutations likely to reach interesting code. */
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", "=", "==", ".", "..", "...", ",", ";", ":", "::", "'", "\"", "\\", "-", "--",
        "\n", "\r", "<", ">", "<const>", "<close>", "~", "#", "@", "0x", "1e", "+", "*", "/", "//", "%", "^",
        "&", "|", "[[", "]]", "[==[", "]==]", "\\u{", "\\x", "\\z", "\\0", "\\255", "goto ", "break ", "local ",
        "function ", "end ", "return ", "if ", "then ", "else ", "elseif ", "until ", "repeat ", "while ",
        "do ", "for ", "in ", "and ", "or ", "not ", "nil ", "true ", "x", "y", "1", "2.5", "0xff", " ",
        "::l::", "goto l ", "local x <const> = 1 ", "x = 2 ",
    };

    private static void check(byte[] source, String what) {
        try {
            Chunk chunk = Parser.parse(source, "=fuzz");
            String emitted = LuaEmitter.emit(chunk);
            Chunk again = Parser.parse(LuaEmitter.emitBytes(chunk), "=emitted");
            if (!AstPrinter.equalIgnoringLines(chunk, again)) {
                fail(what + ": no round trip for\n" + new String(source, StandardCharsets.ISO_8859_1)
                        + "\nemitted:\n" + emitted);
            }
        } catch (LuaSyntaxException expected) {
            // the only failure allowed
        } catch (Throwable t) {
            throw new AssertionError(what + ": " + t + " for input\n" + new String(source, StandardCharsets.ISO_8859_1), t);
        }
        try {
            new Lexer(source, "=fuzz").tokenize();
        } catch (LuaSyntaxException expected) {
            // fine
        } catch (Throwable t) {
            throw new AssertionError(what + " (lexer): " + t, t);
        }
    }

    @Test
    void randomBytes() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random random = new Random(20240501);
            for (int i = 0; i < 3000; i++) {
                byte[] b = new byte[random.nextInt(200)];
                random.nextBytes(b);
                check(b, "random bytes #" + i);
            }
        });
    }

    @Test
    void randomFragments() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random random = new Random(7);
            for (int i = 0; i < 5000; i++) {
                StringBuilder s = new StringBuilder();
                int n = random.nextInt(40);
                for (int k = 0; k < n; k++) s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                check(s.toString().getBytes(StandardCharsets.ISO_8859_1), "fragments #" + i);
            }
        });
    }

    @Test
    void mutatedCorpus() throws Exception {
        List<byte[]> corpus = new ArrayList<>();
        for (String name : ErrorMessagesTest.resourceNames("corpus")) {
            corpus.add(ErrorMessagesTest.resource("corpus/" + name));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            Random random = new Random(12345);
            for (int i = 0; i < 4000; i++) {
                byte[] source = corpus.get(random.nextInt(corpus.size()));
                int mutations = 1 + random.nextInt(4);
                for (int m = 0; m < mutations; m++) source = mutate(source, random);
                check(source, "mutation #" + i);
            }
        });
    }

    @Test
    void deepAndLongInputs() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random random = new Random(99);
            String[] openers = {"(", "{", "[", "- ", "not ", "a..", "a^", "do ", "function() ", "f(", "{[", "#", "~"};
            for (int i = 0; i < 300; i++) {
                StringBuilder s = new StringBuilder(random.nextBoolean() ? "return " : "x = ");
                int n = random.nextInt(2000);
                for (int k = 0; k < n; k++) s.append(openers[random.nextInt(openers.length)]);
                check(s.toString().getBytes(StandardCharsets.ISO_8859_1), "deep #" + i);
            }
        });
    }

    static byte[] mutate(byte[] w, Random r) {
        int pos = w.length == 0 ? 0 : r.nextInt(w.length + 1);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        switch (r.nextInt(6)) {
            case 0 -> {
                int d = Math.min(w.length - pos, 1 + r.nextInt(8));
                o.write(w, 0, pos);
                o.write(w, pos + d, w.length - pos - d);
            }
            case 1 -> {
                o.write(w, 0, pos);
                o.writeBytes(FRAGMENTS[r.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.ISO_8859_1));
                o.write(w, pos, w.length - pos);
            }
            case 2 -> o.write(w, 0, pos);
            case 3 -> {
                o.write(w, 0, pos);
                o.write(r.nextInt(256));
                o.write(w, pos, w.length - pos);
            }
            case 4 -> {
                int q = w.length == 0 ? 0 : r.nextInt(w.length);
                int a = Math.min(pos, q);
                int b = Math.max(pos, q);
                o.write(w, 0, b);
                o.write(w, a, b - a);
                o.write(w, b, w.length - b);
            }
            default -> {
                int q = w.length == 0 ? 0 : r.nextInt(w.length);
                int a = Math.min(pos, q);
                int b = Math.max(pos, q);
                o.write(w, 0, a);
                o.write(w, b, w.length - b);
            }
        }
        return o.toByteArray();
    }
}
