package org.panlua.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.panlua.memory.string.LuaStringCodec;

/**
 * Runs every script of {@code src/test/lua/lang} (base library only) and
 * {@code src/test/lua/lang-string} (language checks that need the string library): each checks
 * one area of the language with {@code assert} and prints nothing when it passes. A script
 * fails the test with its Lua error message (file and line of the failed assertion), or when it
 * prints anything.
 */
class LanguageScriptTest {

    @TestFactory
    Stream<DynamicTest> languageScripts() {
        return scriptsOf("lang");
    }

    @TestFactory
    Stream<DynamicTest> languageScriptsWithTheStringLibrary() {
        return scriptsOf("lang-string");
    }

    private static Stream<DynamicTest> scriptsOf(String dir) {
        List<Path> scripts = LuaScripts.scripts(dir);
        assertFalse(scripts.isEmpty(), "no scripts in " + LuaScripts.ROOT.resolve(dir));
        return scripts.stream().map(script -> DynamicTest.dynamicTest(dir + "/" + script.getFileName(), () -> {
            LuaScripts.Outcome outcome = LuaScripts.run(script);
            assertNull(outcome.error(), () -> "Lua error: " + outcome.error());
            assertEquals("", LuaStringCodec.decode(outcome.output()), "a passing script prints nothing");
        }));
    }
}
