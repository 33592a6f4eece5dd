package org.panlua.core.ast;

import java.util.Objects;

/**
 * A parsed chunk: its main function, which is a vararg function without parameters and with
 * lines 0 (as the reference's main functions).
 *
 * @param chunkName the name it was parsed with ({@code @file}, {@code =name} or source text)
 * @param main      the main function
 */
public record Chunk(String chunkName, FunctionBody main) {
    public Chunk {
        Objects.requireNonNull(chunkName);
        Objects.requireNonNull(main);
    }

    /** The statements of the main function. */
    public Block block() {
        return main.body();
    }
}
