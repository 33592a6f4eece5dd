package org.panlua.core.ast;

import java.util.List;

/**
 * A block: statements, a {@link Stat.Return} only as the last one. Empty statements
 * ({@code ;}) are not kept.
 *
 * @param stats   the statements
 * @param line    the line of the block's first token (of the token that ends it when empty)
 * @param endLine the line of the block's last token (of the token before the block when
 *                empty): the reference's "last line" when the block is closed
 */
public record Block(List<Stat> stats, int line, int endLine) implements Node {
    public Block {
        stats = List.copyOf(stats);
    }
}
