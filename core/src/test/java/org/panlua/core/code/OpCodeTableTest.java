package org.panlua.core.code;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class OpCodeTableTest {
    @Test
    void docsShowTheCurrentTable() throws Exception {
        String doc = Files.readString(Path.of("../docs/bytecode.md"));
        int begin = doc.indexOf(OpCodeTable.BEGIN);
        int end = doc.indexOf(OpCodeTable.END);
        assertTrue(begin >= 0 && end > begin, "docs/bytecode.md lacks the generated table markers");
        assertEquals(OpCodeTable.markdown(), doc.substring(begin, end + OpCodeTable.END.length()) + "\n",
                "docs/bytecode.md is stale: regenerate it with org.panlua.core.code.OpCodeTable");
    }

    @Test
    void everyOpcodeFitsItsByteAndPacksBack() {
        assertTrue(OpCode.count() <= 256);
        for (OpCode op : OpCode.values()) {
            long i = op.format == Format.ABX
                    ? Instruction.abx(op, 12, -5)
                    : Instruction.abc(op, 12, -7, 9, true);
            assertEquals(op, Instruction.opCode(i));
            assertEquals(12, Instruction.a(i));
            if (op.format == Format.ABX) {
                assertEquals(-5, Instruction.sbx(i));
            } else {
                assertEquals(-7, Instruction.sb(i));
                assertEquals(9, Instruction.c(i));
                assertTrue(Instruction.k(i));
            }
        }
        long wide = Instruction.abc(OpCode.SETLIST, Instruction.MAX_A, Instruction.MAX_B, Instruction.MAX_C);
        assertEquals(Instruction.MAX_A, Instruction.a(wide));
        assertEquals(Instruction.MAX_B, Instruction.b(wide));
        assertEquals(Instruction.MAX_C, Instruction.c(wide));
        assertFalse(Instruction.k(wide));
        assertEquals(Instruction.MAX_SBX, Instruction.sbx(Instruction.abx(OpCode.JMP, 0, Instruction.MAX_SBX)));
        assertEquals(Instruction.MIN_SBX, Instruction.sbx(Instruction.abx(OpCode.JMP, 0, Instruction.MIN_SBX)));
        assertThrows(IllegalArgumentException.class, () -> Instruction.abc(OpCode.MOVE, Instruction.MAX_A + 1, 0, 0));
    }
}
