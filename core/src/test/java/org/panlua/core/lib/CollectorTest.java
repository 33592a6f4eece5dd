package org.panlua.core.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.memory.heap.NativeHeap;
import org.panlua.memory.value.Value;

/**
 * The collector seen from a state: memory limits that fail cleanly and recover, finalizers at
 * close, and Lua test scripts run in stress mode (a full collection at every safepoint), which
 * is how a use of freed memory shows up.
 */
class CollectorTest {
    private static final Path LUA = Path.of("src/test/lua");

    /** A representative set: closures and upvalues, coroutines, to-be-closed variables, errors, metamethods, libraries. */
    static Stream<String> stressScripts() {
        return Stream.of("lib/gc.lua", "lang/closures.lua", "lang/tbc.lua", "lang/yield-pcall.lua", "lang/genfor.lua",
                "lang/frame-reuse.lua", "lang/metamethods.lua", "lang/pcall.lua", "lang/errors.lua", "lib/utf8.lua",
                "lib/io.lua", "lib/string.lua", "lib/gc-weak-string-keys.lua");
    }

    /** The same but {@code lib/gc.lua}, whose four minutes under checked memory CI cannot afford. */
    static Stream<String> checkedStressScripts() {
        return stressScripts().filter(name -> !name.equals("lib/gc.lua"));
    }

    @ParameterizedTest
    @MethodSource("stressScripts")
    void scriptPassesInStressMode(String name) throws Exception {
        runInStressMode(name);
    }

    /**
     * Run by the build's {@code stress-checked-memory} execution, which sets the property:
     * every native access is checked against the live blocks, so a freed object still reachable
     * from a root fails here even where reusing its memory happened to do no visible harm.
     */
    @ParameterizedTest
    @MethodSource("checkedStressScripts")
    @EnabledIfSystemProperty(named = "panlua.checkedMemory", matches = "true")
    void scriptPassesInStressModeWithCheckedMemory(String name) throws Exception {
        runInStressMode(name);
    }

    /**
     * Stress mode in the generational mode (the command line's): a minor collection at every
     * safepoint and a major one at every eighth, so that an object reachable only through an
     * old object the barrier did not remember is freed at once.
     */
    @ParameterizedTest
    @MethodSource("stressScripts")
    void scriptPassesInGenerationalStressMode(String name) throws Exception {
        runInGenerationalStressMode(name);
    }

    /** The same with checked memory (the build's {@code stress-checked-memory} execution). */
    @ParameterizedTest
    @MethodSource("checkedStressScripts")
    @EnabledIfSystemProperty(named = "panlua.checkedMemory", matches = "true")
    void scriptPassesInGenerationalStressModeWithCheckedMemory(String name) throws Exception {
        runInGenerationalStressMode(name);
    }

    /**
     * With 1.6 MB live and short-lived garbage made on top, the generational mode collects at
     * every 20% of growth (5.4's minor multiplier), so the heap stays well under twice the
     * live data, where the incremental mode's pause of 200 lets it go; weak entries and
     * finalizers of young objects are still handled by minor collections.
     */
    @Test
    void generationalModeKeepsTheHeapNearTheLiveData() {
        String script = """
            local live = {}
            for i = 1, 20000 do live[i] = {i} end
            collectgarbage()
            local base, peak = collectgarbage("count"), 0
            local weak = setmetatable({}, {__mode = "v"})
            local finalized = 0
            for i = 1, 200000 do
              local t = {i, {}}
              if i % 100 == 0 then
                local c = collectgarbage("count")
                if c > peak then peak = c end
                weak[#weak + 1] = t
              end
              if i % 1000 == 0 then setmetatable({}, {__gc = function() finalized = finalized + 1 end}) end
            end
            live[1][1] = "still here"
            local kept = 0
            for _ in pairs(weak) do kept = kept + 1 end
            print(peak / base < 1.5, kept < 2000, finalized > 150, live[1][1], live[20000][1])
            """;
        String output = LibraryScriptsTest.run(script.getBytes(StandardCharsets.ISO_8859_1), "=gen",
                state -> state.collector.setGenerational(true));
        assertEquals("true\ttrue\ttrue\tstill here\t20000\n", output);
    }

    private static void runInGenerationalStressMode(String name) throws Exception {
        String output = LibraryScriptsTest.run(Files.readAllBytes(LUA.resolve(name)), "@" + name, state -> {
            state.collector.setGenerational(true);
            state.collector.setStress(true);
        });
        if (name.startsWith("lib/")) assertEquals("", output, name + " printed something");
    }

    private static void runInStressMode(String name) throws Exception {
        String output = LibraryScriptsTest.run(Files.readAllBytes(LUA.resolve(name)), "@" + name,
                state -> state.collector.setStress(true));
        if (name.startsWith("lib/")) assertEquals("", output, name + " printed something");
    }

    @Test
    void runningOutOfMemoryIsACatchableErrorAndTheProgramContinues() {
        NativeHeap heap = new NativeHeap();
        try (LuaState state = new LuaState(heap)) {
            Libraries.openStandard(state);
            heap.setLimit(heap.bytesInUse() + 4 * 1024 * 1024);
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            state.out = new PrintStream(printed, true, StandardCharsets.ISO_8859_1);
            state.main.push(state.load("""
                local function hog() local t = {} for i = 1, 1e8 do t[i] = {i} end end
                local ok, e = pcall(hog)
                print(ok, e)
                local ok2, e2 = pcall(hog)
                print(ok2, e2)
                local t = {}
                for i = 1, 1000 do t[i] = tostring(i) end
                print(#t)
                """.getBytes(StandardCharsets.ISO_8859_1), "=mem", "t", state.globals, false));
            LuaError e = state.main.pcall(0, 0, Value.NIL_WORD);
            assertEquals(null, e == null ? null : LuaState.javaString(e.value()));
            assertEquals("false\tnot enough memory\nfalse\tnot enough memory\n1000\n",
                    printed.toString(StandardCharsets.ISO_8859_1));
            assertTrue(heap.bytesInUse() <= heap.limit());
        }
    }

    @Test
    void finalizersRunWhenTheStateCloses() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (LuaState state = new LuaState()) {
            state.out = new PrintStream(printed, true, StandardCharsets.ISO_8859_1);
            Libraries.openStandard(state);
            state.main.push(state.load("""
                collectgarbage("stop")
                for i = 1, 3 do setmetatable({}, {__gc = function() print("gc", i) end}) end
                kept = setmetatable({}, {__gc = function() print("kept") end})
                """.getBytes(StandardCharsets.ISO_8859_1), "=fin", "t", state.globals, false));
            assertEquals(null, state.main.pcall(0, 0, Value.NIL_WORD));
            assertEquals("", printed.toString(StandardCharsets.ISO_8859_1));
        }
        assertEquals("kept\ngc\t3\ngc\t2\ngc\t1\n", printed.toString(StandardCharsets.ISO_8859_1));
    }

    /**
     * While the collector marks, a store into a large table already traversed marks what is
     * stored (a forward barrier) instead of graying the table again: new values, new string
     * keys and new boxed-integer keys stored into such tables between steps must all survive,
     * while garbage made meanwhile reuses the memory of anything freed by mistake. Run with
     * checked memory too by the build's {@code stress-checked-memory} execution.
     */
    @Test
    void storesIntoLargeTablesWhileMarkingKeepWhatTheyStore() {
        runChunk("""
                collectgarbage("incremental", 100, 100, 10) -- cycle after cycle, in small steps
                local big, strs = {}, {}
                for i = 1, 30000 do big[i] = {i} end
                for i = 1, 4096 do strs[i] = false end
                local cycles = 0
                setmetatable({}, {__gc = function(o) cycles = cycles + 1; setmetatable({}, getmetatable(o)) end})
                for round = 1, 20 do
                  for i = 1, 30000, 7 do big[i] = {i * round} end
                  for i = 1, 4096 do strs[i] = "s" .. i * round end
                  strs["key" .. round] = {round}
                  strs[(1 << 60) + round] = "b" .. round
                  for j = 1, 5000 do local t = {j, "x" .. j} end
                end
                for i = 1, 4096 do assert(strs[i] == "s" .. i * 20) end
                for round = 1, 20 do
                  assert(strs["key" .. round][1] == round)
                  assert(strs[(1 << 60) + round] == "b" .. round)
                end
                for i = 1, 30000 do assert(big[i][1] == (i % 7 == 1 and i * 20 or i)) end
                assert(cycles > 20, cycles)
                """);
    }

    /**
     * The collector stopped in the middle of marking: stores into a large black table then
     * fill the list of objects the forward barrier grayed, past which the table is grayed
     * again instead; every stored object must survive.
     */
    @Test
    void storesIntoALargeTableWhileTheCollectorIsStoppedMidCycleKeepWhatTheyStore() {
        runChunk("""
                collectgarbage()
                local big = {}
                for i = 1, 200000 do big[i] = false end
                collectgarbage()
                for i = 1, 3 do collectgarbage("step", 1) end -- marking big
                collectgarbage("stop")
                for i = 1, 200000 do big[i] = {i} end
                collectgarbage("restart")
                for j = 1, 200000 do local t = {j, "x" .. j} end
                collectgarbage()
                for j = 1, 200000 do local t = {j, "x" .. j} end
                for i = 1, 200000 do assert(big[i][1] == i) end
                """);
    }

    /**
     * New keys added to a large table while it is being marked may move other entries
     * (relocations in the hash part, a resize) across the place the collector has reached in
     * it; every entry must survive. Small explicit steps leave the table half traversed.
     */
    @Test
    void newKeysInALargeTableWhileItIsMarkedKeepEveryEntry() {
        runChunk("""
                collectgarbage("incremental", 200, 40, 1) -- steps of about 20 000 units
                local big = {}
                for i = 1, 4096 do big["k" .. i] = {i} end -- filled while cycles run
                collectgarbage()
                for s = 1, 3 do collectgarbage("step", 1) end -- big half traversed
                big.extra = {0} -- a full hash part: a resize moves every entry
                for i = 1, 1000 do big[i * 7919] = {-i} end -- relocations
                repeat until collectgarbage("step", 1)
                for j = 1, 20000 do local t = {j, "x" .. j} end
                collectgarbage()
                for i = 1, 4096 do assert(big["k" .. i][1] == i) end
                for i = 1, 1000 do assert(big[i * 7919][1] == -i) end
                assert(big.extra[1] == 0)
                """);
    }

    /** Runs a chunk in a new state (incremental, as a state starts) and checks that it ran without error. */
    private static void runChunk(String code) {
        try (LuaState state = new LuaState()) {
            Libraries.openStandard(state);
            state.main.push(state.load(code.getBytes(StandardCharsets.ISO_8859_1), "=chunk", "t", state.globals, false));
            LuaError e = state.main.pcall(0, 0, Value.NIL_WORD);
            assertEquals(null, e == null ? null : LuaState.javaString(e.value()));
        }
    }

    @Test
    void anAllocationHeavyLoopRunsInBoundedMemory() {
        NativeHeap heap = new NativeHeap();
        try (LuaState state = new LuaState(heap)) {
            Libraries.openStandard(state);
            long before = heap.bytesInUse();
            state.main.push(state.load("""
                for i = 1, 2000000 do local t = {i, "s" .. i} end
                """.getBytes(StandardCharsets.ISO_8859_1), "=loop", "t", state.globals, false));
            assertEquals(null, state.main.pcall(0, 0, Value.NIL_WORD));
            // two million tables and strings would take over 150 MB without collection
            assertTrue(heap.bytesReserved() < before + 32L * 1024 * 1024, "reserved " + heap.bytesReserved());
        }
    }
}
