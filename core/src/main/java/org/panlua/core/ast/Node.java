package org.panlua.core.ast;

/** A node of the syntax tree. */
public sealed interface Node permits Expr, Stat, TableField, Block, FunctionBody, Stat.If.Clause {
    /** The source line of the node (see each record for which token it is). */
    int line();
}
