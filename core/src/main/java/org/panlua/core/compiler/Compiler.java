package org.panlua.core.compiler;

import org.panlua.core.ast.Chunk;
import org.panlua.core.code.Proto;
import org.panlua.core.codegen.CodeGenerator;
import org.panlua.core.parse.Parser;

/** The compiler's stages run in sequence: source bytes to a main prototype. */
public final class Compiler {
    private Compiler() {}

    /** Compiles a chunk given as a string (as {@code load} does). */
    public static Proto compile(byte[] source, String chunkName) {
        return CodeGenerator.generate(Parser.parse(source, chunkName));
    }

    /** Compiles the contents of a file (a byte order mark and a {@code #} first line are skipped). */
    public static Proto compileFile(byte[] source, String chunkName) {
        return CodeGenerator.generate(Parser.parseFile(source, chunkName));
    }

    /** Parses the contents of a file to its syntax tree. */
    public static Chunk parseFile(byte[] source, String chunkName) {
        return Parser.parseFile(source, chunkName);
    }
}
