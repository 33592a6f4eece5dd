package org.panlua.bench.vm;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.panlua.core.lib.Libraries;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.value.Value;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The dispatch loop on small kernels, in ns per loop iteration: each kernel is a Lua function
 * running a loop of {@value #N} iterations whose body exercises one kind of instruction
 * (arithmetic, calls, array-part and field access, upvalues, a numeric loop alone). Run with
 * {@code bench/scripts/jmh-dispatch.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {
    static final int N = 1_000_000;

    @Param({"forloop", "arith", "call", "array", "field", "upvalue", "concat"})
    public String kernel;

    private LuaState state;
    private long function;

    static String source(String kernel) {
        String body = switch (kernel) {
            case "forloop" -> "local s = 0 for i = 1, n do end return s";
            case "arith" -> "local s, f = 0, 0.5 for i = 1, n do s = s + i * 3 - (i % 7); f = f * 1.0000001 + 0.25 end return s";
            case "call" -> "local function id(x) return x end local s = 0 for i = 1, n do s = s + id(i) end return s";
            case "array" -> "local t = {} for i = 1, 64 do t[i] = i end local s = 0 "
                    + "for i = 1, n do local j = (i & 63) + 1 t[j] = t[j] + 1 s = s + t[j] end return s";
            case "field" -> "local o = {x = 0, y = 1} for i = 1, n do o.x = o.x + o.y end return o.x";
            case "upvalue" -> "local u = 0 local function inc() u = u + 1 end for i = 1, n do inc() end return u";
            case "concat" -> "local s for i = 1, n do s = 'a' .. (i & 7) end return s";
            default -> throw new IllegalArgumentException(kernel);
        };
        return "local n = ... " + body;
    }

    @Setup(Level.Trial)
    public void setUp() {
        state = new LuaState();
        Libraries.openStandard(state);
        function = state.load(source(kernel).getBytes(StandardCharsets.UTF_8), "=" + kernel, "t", state.globals, false);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        state.close();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long run() {
        LuaThread L = state.main;
        L.push(function);
        L.pushInteger(N);
        LuaError e = L.pcall(1, 1, Value.NIL_WORD);
        if (e != null) throw new IllegalStateException(e.getMessage());
        return L.pop();
    }
}
