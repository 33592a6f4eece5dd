package org.panlua.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.panlua.core.ast.Attrib;

/**
 * The scope rules the reference checks while it compiles, followed as the parser goes (so that
 * errors come in the same order and at the same lines as the reference's):
 * <ul>
 *   <li>at most 200 local variables per function, counting the hidden variables of
 *       {@code for} loops ({@code too many local variables (limit is 200) in main function});</li>
 *   <li>no assignment to a {@code <const>} or {@code <close>} variable, also from an inner
 *       function ({@code attempt to assign to const variable 'x'});</li>
 *   <li>labels: unique among the visible ones ({@code label 'x' already defined on line 2});</li>
 *   <li>a {@code goto} must see its label ({@code no visible label 'x' for <goto> at line 1})
 *       and may not jump forward into the scope of a local, unless the label is the last
 *       statement of its block ({@code <goto x> at line 1 jumps into the scope of local 'y'});</li>
 *   <li>{@code break} only inside a loop ({@code break outside loop at line 1}).</li>
 * </ul>
 * Pending gotos are resolved when their label appears or reported when their function ends,
 * as in the reference.
 */
final class ScopeCheck {
    /** The reference's {@code MAXVARS}. */
    static final int MAX_LOCALS = 200;

    private static final String BREAK = "break";

    private final TokenStream tokens;
    private final List<Label> labels = new ArrayList<>();
    private final List<Jump> pending = new ArrayList<>();
    private Function function;

    ScopeCheck(TokenStream tokens) {
        this.tokens = tokens;
    }

    private static final class Var {
        final String name;
        Attrib attrib = Attrib.NONE;

        Var(String name) {
            this.name = name;
        }
    }

    private static final class Function {
        final Function parent;
        final int lineDefined;
        final int firstLabel;
        final List<Var> vars = new ArrayList<>();
        int active;
        boolean vararg;
        Block block;

        Function(Function parent, int lineDefined, int firstLabel) {
            this.parent = parent;
            this.lineDefined = lineDefined;
            this.firstLabel = firstLabel;
        }
    }

    private static final class Block {
        final Block previous;
        final int activeAtEntry;
        final int firstLabel;
        final int firstGoto;
        final boolean loop;

        Block(Block previous, int activeAtEntry, int firstLabel, int firstGoto, boolean loop) {
            this.previous = previous;
            this.activeAtEntry = activeAtEntry;
            this.firstLabel = firstLabel;
            this.firstGoto = firstGoto;
            this.loop = loop;
        }
    }

    private record Label(String name, int line, int active) {}

    private static final class Jump {
        final String name;
        final int line;
        int active;

        Jump(String name, int line, int active) {
            this.name = name;
            this.line = line;
            this.active = active;
        }
    }

    // ---- functions and blocks ---------------------------------------------------------------

    /** Starts a function (its outermost block included); {@code lineDefined} is 0 for a main chunk. */
    void openFunction(int lineDefined) {
        function = new Function(function, lineDefined, labels.size());
        enterBlock(false);
    }

    /** Ends the current function: its outermost block must leave no goto unresolved. */
    void closeFunction() {
        leaveBlock();
        function = function.parent;
    }

    void setVararg() {
        function.vararg = true;
    }

    boolean isVararg() {
        return function.vararg;
    }

    void enterBlock(boolean loop) {
        function.block = new Block(function.block, function.active, labels.size(), pending.size(), loop);
    }

    void leaveBlock() {
        Block block = function.block;
        truncate(function.vars, block.activeAtEntry);
        function.active = block.activeAtEntry;
        if (block.loop) createLabel(BREAK, 0, false);
        truncate(labels, block.firstLabel);
        function.block = block.previous;
        if (block.previous != null) {
            for (int i = block.firstGoto; i < pending.size(); i++) {
                pending.get(i).active = block.activeAtEntry;
            }
        } else if (pending.size() > block.firstGoto) {
            Jump jump = pending.get(block.firstGoto);
            String message = jump.name.equals(BREAK)
                    ? "break outside loop at line " + jump.line
                    : "no visible label '" + jump.name + "' for <goto> at line " + jump.line;
            throw tokens.semanticError(message);
        }
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
    }

    // ---- local variables --------------------------------------------------------------------

    /** Declares a local variable, not yet in scope (the parser activates it later). */
    void declare(String name) {
        if (function.vars.size() + 1 > MAX_LOCALS) {
            String where = function.lineDefined == 0 ? "main function" : "function at line " + function.lineDefined;
            throw tokens.error("too many local variables (limit is " + MAX_LOCALS + ") in " + where);
        }
        function.vars.add(new Var(name));
    }

    /** Sets the attribute of the variable declared last. */
    void setAttrib(Attrib attrib) {
        function.vars.getLast().attrib = attrib;
    }

    /** Brings the next {@code count} declared variables into scope. */
    void activate(int count) {
        function.active += count;
    }

    /** Fails when {@code name}, as seen from here, is a read-only local variable or upvalue. */
    void checkAssignable(String name) {
        for (Function f = function; f != null; f = f.parent) {
            for (int i = f.active - 1; i >= 0; i--) {
                Var var = f.vars.get(i);
                if (var.name.equals(name)) {
                    if (var.attrib.readOnly()) {
                        throw tokens.semanticError("attempt to assign to const variable '" + name + "'");
                    }
                    return;
                }
            }
        }
    }

    // ---- goto, break and labels -------------------------------------------------------------

    /** {@code goto name} at {@code line}: a backward jump is settled, a forward one waits. */
    void gotoStatement(String name, int line) {
        if (findLabel(name) == null) pending.add(new Jump(name, line, function.active));
    }

    void breakStatement(int line) {
        pending.add(new Jump(BREAK, line, function.active));
    }

    /** Fails when a label {@code name} is visible already. */
    void checkNewLabel(String name) {
        Label existing = findLabel(name);
        if (existing != null) {
            throw tokens.semanticError("label '" + name + "' already defined on line " + existing.line);
        }
    }

    /**
     * Defines label {@code name} and resolves the pending gotos of the current block that jump to
     * it. A label that is the last statement of its block counts as outside the block's locals.
     */
    void createLabel(String name, int line, boolean last) {
        int active = last ? function.block.activeAtEntry : function.active;
        labels.add(new Label(name, line, active));
        int i = function.block.firstGoto;
        while (i < pending.size()) {
            Jump jump = pending.get(i);
            if (!jump.name.equals(name)) {
                i++;
                continue;
            }
            if (jump.active < active) {
                String local = function.vars.get(jump.active).name;
                throw tokens.semanticError("<goto " + name + "> at line " + jump.line
                        + " jumps into the scope of local '" + local + "'");
            }
            pending.remove(i);
        }
    }

    private Label findLabel(String name) {
        for (int i = function.firstLabel; i < labels.size(); i++) {
            Label label = labels.get(i);
            if (label.name.equals(name)) return label;
        }
        return null;
    }
}
