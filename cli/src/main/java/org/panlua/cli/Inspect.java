package org.panlua.cli;

import org.panlua.core.ast.AstPrinter;
import org.panlua.core.ast.LuaEmitter;
import org.panlua.core.chunk.ChunkReader;
import org.panlua.core.chunk.ChunkWriter;
import org.panlua.core.chunk.HexDump;
import org.panlua.core.code.Listing;
import org.panlua.core.code.Proto;
import org.panlua.core.compiler.ChunkId;
import org.panlua.core.compiler.Compiler;
import org.panlua.core.lex.Lexer;
import org.panlua.core.lex.Token;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The compiler's inspection options: each stage of the front end shown on its own
 * ({@code --tokens}, {@code --ast}, {@code --emit-lua}, {@code -bl}, {@code -bx}) and binary
 * chunks saved ({@code -b}).
 */
final class Inspect {
    private Inspect() {}

    /** The source bytes of {@code file}, {@code -} for standard input. */
    static byte[] read(String file) throws IOException {
        return file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    }

    static String chunkName(String file) {
        return file.equals("-") ? "=stdin" : "@" + file;
    }

    static void tokens(String file, PrintStream out) throws IOException {
        for (Token t : Lexer.forFile(read(file), chunkName(file)).tokenize()) {
            out.println(t.line() + "\t" + t.kind() + (t.value() == null ? "" : "\t" + t.text()));
        }
    }

    static void ast(String file, PrintStream out) throws IOException {
        out.print(AstPrinter.print(Compiler.parseFile(read(file), chunkName(file))));
    }

    static void emitLua(String file, PrintStream out) throws IOException {
        out.write(LuaEmitter.emitBytes(Compiler.parseFile(read(file), chunkName(file))));
    }

    /** The prototype of a source file, or of a binary chunk file. */
    static Proto proto(String file) throws IOException {
        byte[] bytes = read(file);
        if (ChunkReader.isBinary(bytes)) return ChunkReader.load(bytes, ChunkId.format(chunkName(file)));
        return Compiler.compileFile(bytes, chunkName(file));
    }

    static void listing(String file, PrintStream out) throws IOException {
        out.print(Listing.of(proto(file)));
    }

    static void hexDump(String file, boolean strip, PrintStream out) throws IOException {
        out.print(HexDump.of(proto(file), strip));
    }

    static void save(String file, String output, boolean strip) throws IOException {
        Files.write(Path.of(output), ChunkWriter.dump(proto(file), strip));
    }
}
