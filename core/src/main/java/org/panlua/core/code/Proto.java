package org.panlua.core.code;

import java.util.List;

/**
 * A compiled function: what the code generator produces, binary chunks store and the
 * interpreter runs. Immutable once built (the arrays are not to be written).
 *
 * @param source        the chunk name ({@code @file}, {@code =name} or the source text)
 * @param lineDefined   line of {@code function}; 0 for a main chunk
 * @param lastLineDefined line of the closing {@code end}; 0 for a main chunk
 * @param numParams     fixed parameters
 * @param isVararg      declared with {@code ...}
 * @param maxStackSize  registers the frame needs
 * @param code          instructions ({@link Instruction})
 * @param lines         source line of each instruction (empty when stripped)
 * @param constants     constants referred to by K operands
 * @param upvalues      how each upvalue is captured (names empty when stripped)
 * @param protos        nested functions, referred to by CLOSURE
 * @param locals        local variables for the debug library (empty when stripped)
 */
public record Proto(
        String source,
        int lineDefined,
        int lastLineDefined,
        int numParams,
        boolean isVararg,
        int maxStackSize,
        long[] code,
        int[] lines,
        Constant[] constants,
        UpvalueDesc[] upvalues,
        Proto[] protos,
        LocalVar[] locals) {

    /** The same prototype tree without debug information (source, lines, local and upvalue names). */
    public Proto stripped() {
        UpvalueDesc[] ups = new UpvalueDesc[upvalues.length];
        for (int i = 0; i < ups.length; i++) {
            UpvalueDesc u = upvalues[i];
            ups[i] = new UpvalueDesc(null, u.inStack(), u.index(), u.kind());
        }
        Proto[] children = new Proto[protos.length];
        for (int i = 0; i < children.length; i++) children[i] = protos[i].stripped();
        return new Proto("=?", lineDefined, lastLineDefined, numParams, isVararg, maxStackSize,
                code, new int[0], constants, ups, children, new LocalVar[0]);
    }

    /** This prototype and every nested one, depth first. */
    public List<Proto> all() {
        java.util.ArrayList<Proto> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Proto p, List<Proto> out) {
        out.add(p);
        for (Proto child : p.protos) collect(child, out);
    }
}
