package org.panlua.core.vm;

import org.junit.jupiter.api.Test;
import org.panlua.core.code.OpCode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The interpreter's opcode constants are the {@link OpCode} ordinals, one for each opcode. */
class OpsTest {
    @Test
    void constantsMatchTheOpcodeTable() throws ReflectiveOperationException {
        int count = 0;
        for (Field f : Ops.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class) continue;
            f.setAccessible(true);
            assertEquals(OpCode.valueOf(f.getName()).ordinal(), f.getInt(null), f.getName());
            count++;
        }
        assertEquals(OpCode.count(), count);
    }
}
