package org.panlua.core.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.panlua.core.parse.Parser;

/**
 * The corpus ({@code corpus/*.lua}, written to cover the whole grammar) parses, and emitting
 * then parsing again gives the same tree ignoring lines; emitting is then a fixed point.
 */
class RoundTripTest {

    static byte[] resource(String path) throws IOException {
        try (InputStream in = RoundTripTest.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new IOException("missing test resource " + path);
            return in.readAllBytes();
        }
    }

    static List<String> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(RoundTripTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lua")).sorted().toList();
        }
    }

    /** Asserts the round trip of a parsed chunk and returns the emitted source. */
    static String assertRoundTrip(Chunk chunk) {
        String emitted = LuaEmitter.emit(chunk);
        Chunk again = Parser.parse(LuaEmitter.emitBytes(chunk), "=emitted");
        assertEquals(AstPrinter.print(chunk.main(), false), AstPrinter.print(again.main(), false),
                () -> "emitted source:\n" + emitted);
        assertTrue(AstPrinter.equalIgnoringLines(chunk, again));
        assertEquals(emitted, LuaEmitter.emit(again));
        return emitted;
    }

    @TestFactory
    Stream<DynamicTest> corpusRoundTrips() throws Exception {
        return corpus().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Chunk chunk = Parser.parseFile(resource("corpus/" + name), "@" + name);
            assertFalse(chunk.block().stats().isEmpty());
            assertRoundTrip(chunk);
        }));
    }

    @Test
    void corpusCoversEveryKindOfNode() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String name : corpus()) {
            all.append(AstPrinter.print(Parser.parseFile(resource("corpus/" + name), "@" + name), false));
        }
        String printed = all.toString();
        for (String kind : List.of("Local ", "Assign", "CallStat", "Do", "While", "Repeat", "If", "Clause", "Else",
                "NumericFor", "GenericFor", "FunctionDef", "LocalFunction", "Return", "Break", "Goto", "Label",
                "Nil", "True", "False", "Int ", "Flt ", "Str ", "Vararg", "FunctionExpr", "Table", "Item", "Keyed",
                "Unary", "Binary", "Paren", "Name ", "Suffixed", "Index", "Call", "MethodCall", "<const>", "<close>")) {
            assertTrue(printed.contains(kind), kind);
        }
        Set<String> lines = new HashSet<>();
        for (String line : printed.split("\n")) lines.add(line.strip());
        for (BinOp op : BinOp.values()) assertTrue(lines.contains(op.symbol()), op.name());
        for (UnOp op : UnOp.values()) assertTrue(lines.contains("Unary " + op.symbol()), op.name());
    }

    @Test
    void lineEndingsDoNotMatter() throws Exception {
        for (String name : corpus()) {
            String text = new String(resource("corpus/" + name), StandardCharsets.ISO_8859_1);
            Chunk lf = Parser.parseFile(text.getBytes(StandardCharsets.ISO_8859_1), "=lf");
            // a first line starting with '#' is skipped up to a '\n': with '\r' alone it is the whole file
            List<String> endings = text.startsWith("#") ? List.of("\r\n", "\n\r") : List.of("\r\n", "\r", "\n\r");
            for (String eol : endings) {
                byte[] converted = text.replace("\n", eol).getBytes(StandardCharsets.ISO_8859_1);
                Chunk other = Parser.parseFile(converted, "=" + name);
                assertEquals(AstPrinter.print(lf.main(), true), AstPrinter.print(other.main(), true), name + eol);
            }
        }
    }
}
