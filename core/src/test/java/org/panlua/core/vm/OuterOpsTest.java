package org.panlua.core.vm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outer loop's shape for HotSpot (hw-notes.md section 8, "A small outer loop"): the loop
 * method stays small, and the method running the instructions it leaves stays larger than the
 * most bytecode C2 inlines at a hot call site ({@code FreqInlineSize}, 325 bytes), so that it
 * is called rather than compiled into the loop again at every compilation of the loop; and the
 * same for the inner loop's heavier bodies.
 */
class OuterOpsTest {
    private static final int FREQ_INLINE_SIZE = 325;

    @Test
    void executeIsTooLargeToBeInlinedIntoTheLoop() throws IOException {
        int size = codeLength(OuterOps.class, "execute");
        assertTrue(size > FREQ_INLINE_SIZE + 100, "OuterOps.execute is " + size + " bytes");
    }

    /**
     * The inner loop's heavier bodies likewise (FastHeavy): inlined, they took most of C2's
     * inlining budget for the inner loop, and its simplest instructions called their accessors.
     */
    @Test
    void theInnerLoopsHeavyBodiesAreTooLargeToBeInlined() throws IOException {
        int size = codeLength(FastHeavy.class, "execute");
        assertTrue(size > FREQ_INLINE_SIZE + 50, "FastHeavy.execute is " + size + " bytes");
    }

    @Test
    void theLoopKeepsOnlyTheControlFlow() throws IOException {
        int size = codeLength(Interpreter.class, "run");
        assertTrue(size < 400, "Interpreter.run is " + size + " bytes");
    }

    private static int codeLength(Class<?> type, String method) throws IOException {
        byte[] bytes;
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            bytes = in.readAllBytes();
        }
        ClassModel model = ClassFile.of().parse(bytes);
        for (MethodModel m : model.methods()) {
            if (m.methodName().equalsString(method)) {
                return m.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElseThrow();
            }
        }
        throw new AssertionError("no method " + method + " in " + type.getName());
    }
}
