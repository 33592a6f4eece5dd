package org.panlua.core.ast;

import java.util.Objects;

/** A field of a table constructor. */
public sealed interface TableField extends Node {

    /** A positional field {@code value}; the line is that of its first token. */
    record Item(Expr value, int line) implements TableField {
        public Item {
            Objects.requireNonNull(value);
        }
    }

    /**
     * A keyed field {@code [key] = value}, or {@code name = value} with a {@link Expr.Str} key.
     * The line is that of {@code [} or of the name.
     */
    record Keyed(Expr key, Expr value, int line) implements TableField {
        public Keyed {
            Objects.requireNonNull(key);
            Objects.requireNonNull(value);
        }
    }
}
