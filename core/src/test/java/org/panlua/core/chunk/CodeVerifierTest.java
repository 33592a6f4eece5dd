package org.panlua.core.chunk;

import org.junit.jupiter.api.Test;
import org.panlua.core.code.Constant;
import org.panlua.core.code.Instruction;
import org.panlua.core.code.LocalVar;
import org.panlua.core.code.OpCode;
import org.panlua.core.code.Proto;
import org.panlua.core.code.UpvalueDesc;

import static org.junit.jupiter.api.Assertions.*;

/** Hand-made functions at the edges of what the verifier accepts. */
class CodeVerifierTest {
    private static Proto function(int maxStack, boolean vararg, long... code) {
        return new Proto("=t", 0, 0, 0, vararg, maxStack, code, new int[0],
                new Constant[] {new Constant.Str(org.panlua.core.compiler.LuaBytes.ascii("x")), new Constant.Int(1)},
                new UpvalueDesc[] {new UpvalueDesc("_ENV", true, 0, 0)}, new Proto[0], new LocalVar[0]);
    }

    private static final long RET = Instruction.abc(OpCode.RETURN0, 0, 1, 0);

    @Test
    void registersMustStayInTheFrame() {
        assertNull(CodeVerifier.check(function(3, false, Instruction.abc(OpCode.SETLIST, 0, 2, 0), RET)));
        assertNotNull(CodeVerifier.check(function(3, false, Instruction.abc(OpCode.SETLIST, 0, 3, 0), RET)));
        assertNotNull(CodeVerifier.check(function(3, false, Instruction.abc(OpCode.MOVE, 3, 0, 0), RET)));
        assertNotNull(CodeVerifier.check(function(3, false, Instruction.abc(OpCode.LOADNIL, 1, 2, 0), RET)));
        assertNotNull(CodeVerifier.check(function(3, false, Instruction.abc(OpCode.CALL, 1, 3, 1), RET)));
    }

    @Test
    void operandsMustExist() {
        assertNull(CodeVerifier.check(function(2, false, Instruction.abc(OpCode.GETTABUP, 0, 0, 0), RET)));
        assertNotNull(CodeVerifier.check(function(2, false, Instruction.abc(OpCode.GETTABUP, 0, 0, 1), RET)),
                "the field name must be a string constant");
        assertNotNull(CodeVerifier.check(function(2, false, Instruction.abc(OpCode.GETUPVAL, 0, 1, 0), RET)));
        assertNotNull(CodeVerifier.check(function(2, false, Instruction.abx(OpCode.LOADK, 0, 2), RET)));
        assertNotNull(CodeVerifier.check(function(2, false, Instruction.abx(OpCode.CLOSURE, 0, 0), RET)));
    }

    @Test
    void controlMustStayInTheCode() {
        assertNotNull(CodeVerifier.check(function(2, false, Instruction.abx(OpCode.JMP, 0, 5), RET)));
        assertNotNull(CodeVerifier.check(function(2, false, Instruction.abc(OpCode.TEST, 0, 0, 0, true),
                Instruction.abx(OpCode.JMP, 0, -2))), "a test must have something to skip to");
        assertNotNull(CodeVerifier.check(function(2, false, Instruction.abc(OpCode.LOADTRUE, 0, 0, 0))),
                "a function must end with a return");
        assertNotNull(CodeVerifier.check(function(2, true, RET)), "a vararg function starts with VARARGPREP");
        assertNull(CodeVerifier.check(function(2, true, Instruction.abc(OpCode.VARARGPREP, 0, 0, 0), RET)));
        assertNotNull(CodeVerifier.check(function(2, false, 0xFFL)), "unknown opcode");
    }
}
