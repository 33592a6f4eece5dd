package org.panlua.core.lib;

import org.panlua.gc.Collector;
import org.panlua.core.vm.Compare;
import org.panlua.core.vm.Conversions;
import org.panlua.core.vm.Event;
import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.table.InvalidKeyException;
import org.panlua.memory.table.Tables;
import org.panlua.memory.value.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The basic library ({@code lbaselib.c}): {@code print}, {@code pcall}, {@code load}, {@code pairs}... */
public final class BaseLib {
    private BaseLib() {}

    public static void open(LuaState state) {
        long g = state.globals;
        Library lib = new Library(state, g);
        lib.add("print", BaseLib::print);
        lib.add("type", L -> {
            L.push(L.state.typeName(L.checkAny(1)));
            return 1;
        });
        lib.add("tostring", L -> {
            L.push(L.toStringValue(L.checkAny(1)));
            return 1;
        });
        lib.add("tonumber", BaseLib::tonumber);
        lib.add("ipairs", L -> {
            L.checkAny(1);
            L.push(L.upvalue(0)); // the iterator
            L.push(L.arg(1));
            L.pushInteger(0);
            return 3;
        }, state.function(BaseLib::ipairsAux));
        long next = lib.add("next", BaseLib::next);
        lib.add("pairs", L -> {
            long t = L.checkAny(1);
            long tm = L.state.metamethod(t, Event.PAIRS);
            if (tm == Value.NIL_WORD) {
                L.push(next);
                L.push(t);
                L.pushNil();
            } else {
                L.push(tm);
                L.push(t);
                L.callK(1, 3, BaseLib::threeResults); // __pairs may yield
            }
            return 3;
        });
        lib.add("select", BaseLib::select);
        lib.add("rawget", L -> {
            long t = L.checkTable(1);
            L.push(L.state.tables.get(Value.address(t), L.checkAny(2)));
            return 1;
        });
        lib.add("rawset", L -> {
            long t = L.checkTable(1);
            L.checkAny(2);
            L.checkAny(3);
            L.rawSet(t, L.arg(2), L.arg(3));
            L.setTop(1);
            return 1;
        });
        lib.add("rawequal", L -> {
            L.pushBoolean(Compare.rawEqual(L.checkAny(1), L.checkAny(2)));
            return 1;
        });
        lib.add("rawlen", L -> {
            long v = L.arg(1);
            if (Value.isTable(v)) L.pushInteger(L.state.tables.length(Value.address(v)));
            else if (Value.isString(v)) L.pushInteger(LuaString.length(v));
            else throw L.typeError(1, "table or string");
            return 1;
        });
        lib.add("setmetatable", BaseLib::setmetatable);
        lib.add("getmetatable", L -> {
            long mt = L.state.metatable(L.checkAny(1));
            if (mt == 0) {
                L.pushNil();
                return 1;
            }
            long protectedValue = L.state.tables.getString(mt, L.state.string("__metatable"));
            L.push(protectedValue != Value.NIL_WORD ? protectedValue : Tables.word(mt));
            return 1;
        });
        lib.add("assert", L -> {
            if (L.toBoolean(1)) return L.nargs();
            L.checkAny(1);
            long message = L.isNone(2) ? L.state.string("assertion failed!") : L.arg(2);
            throw raise(L, message, 1);
        });
        lib.add("error", L -> {
            long level = L.optInteger(2, 1);
            L.setTop(1);
            throw raise(L, L.arg(1), level);
        });
        long pcall = lib.add("pcall", L -> {
            L.checkAny(1);
            L.insert(1, Value.TRUE_WORD);
            LuaError e = L.pcallAt(2, -1, Value.NIL_WORD);
            if (e != null) {
                L.setArg(1, Value.FALSE_WORD);
                return 2;
            }
            return L.nargs();
        });
        long xpcall = lib.add("xpcall", L -> {
            L.checkType(2, Value.FUNCTION, "function");
            long f = L.arg(1), handler = L.arg(2);
            L.setArg(1, Value.TRUE_WORD);
            L.setArg(2, f);
            LuaError e = L.pcallAt(2, -1, handler);
            if (e != null) {
                L.setArg(1, Value.FALSE_WORD);
                return 2;
            }
            return L.nargs();
        });
        // Called from Lua code these two run inside the interpreter loop (so a coroutine may
        // yield through them); the Java bodies serve calls from Java.
        state.setProtectedCalls(pcall, xpcall);
        lib.add("load", BaseLib::load);
        lib.add("loadfile", L -> {
            String name = L.isNoneOrNil(1) ? null : L.checkJavaString(1);
            String mode = L.isNoneOrNil(2) ? "bt" : L.checkJavaString(2);
            long env = L.isNone(3) ? L.state.globals : L.arg(3);
            return loadResult(L, () -> loadFile(L, name, mode, env));
        });
        lib.add("dofile", L -> {
            String name = L.isNoneOrNil(1) ? null : L.checkJavaString(1);
            L.setTop(1);
            L.push(loadFile(L, name, "bt", L.state.globals));
            L.callK(0, -1, BaseLib::chunkResults); // the chunk may yield
            return chunkResults(L);
        });
        lib.add("warn", BaseLib::warn);
        lib.add("collectgarbage", BaseLib::collectgarbage);
        state.setField(g, "_G", g);
        state.setField(g, "_VERSION", state.string("Lua 5.4"));
        state.setField(state.loaded, "_G", g);
    }

    /** The continuation of {@code pairs} with {@code __pairs}: its three results. */
    private static int threeResults(LuaThread L) {
        return 3;
    }

    /** The continuation of {@code dofile}: every result of the chunk (above the file name). */
    private static int chunkResults(LuaThread L) {
        return L.nargs() - 1;
    }

    /** The error value of {@code error(message, level)}: strings get the position of level {@code level}. */
    private static LuaError raise(LuaThread L, long message, long level) {
        if (Value.isString(message) && level > 0) {
            String where = L.where((int) Math.min(level, 1000));
            if (!where.isEmpty()) {
                byte[] w = where.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                byte[] m = LuaString.toBytes(message);
                byte[] all = new byte[w.length + m.length];
                System.arraycopy(w, 0, all, 0, w.length);
                System.arraycopy(m, 0, all, w.length, m.length);
                message = L.state.string(all);
            }
        }
        return new LuaError(message);
    }

    private static int print(LuaThread L) {
        int n = L.nargs();
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int i = 1; i <= n; i++) {
            if (i > 1) line.write('\t');
            long s = L.toStringValue(L.arg(i));
            line.writeBytes(LuaString.toBytes(s));
        }
        line.write('\n');
        L.state.out.write(line.toByteArray(), 0, line.size());
        // The reference flushes after each print (lua_writeline): output reaches a pipe while
        // the program goes on, as a reader of the pipe expects.
        L.state.out.flush();
        return 0;
    }

    private static int tonumber(LuaThread L) {
        if (L.isNoneOrNil(2)) {
            long v = L.checkAny(1);
            if (Value.isNumber(v)) {
                L.push(v);
            } else {
                L.push(Conversions.stringToNumber(L.state, v));
            }
            return 1;
        }
        long base = L.checkInteger(2);
        long s = L.arg(1);
        if (!Value.isString(s)) throw L.typeError(1, "string");
        if (base < 2 || base > 36) throw L.argError(2, "base out of range");
        Long r = parseInBase(LuaString.toBytes(s), (int) base);
        if (r == null) L.pushNil();
        else L.pushInteger(r);
        return 1;
    }

    /** An integer in {@code base}: optional spaces and minus sign, at least one digit, wrapping around. */
    static Long parseInBase(byte[] s, int base) {
        int i = 0, n = s.length;
        while (i < n && isSpace(s[i])) i++;
        boolean negative = false;
        if (i < n && s[i] == '-') {
            negative = true;
            i++;
        } else if (i < n && s[i] == '+') {
            i++;
        }
        if (i == n) return null;
        long v = 0;
        int digits = 0;
        while (i < n) {
            int c = s[i] & 0xFF;
            int d = Character.digit(c, 36);
            if (c >= 0x80 || d < 0 || d >= base) break;
            v = v * base + d;
            digits++;
            i++;
        }
        while (i < n && isSpace(s[i])) i++;
        if (digits == 0 || i != n) return null;
        return negative ? -v : v;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    private static int ipairsAux(LuaThread L) {
        long i = L.checkInteger(2) + 1;
        long v = L.index(L.arg(1), L.state.integer(i));
        if (v == Value.NIL_WORD) {
            L.pushNil();
            return 1;
        }
        L.pushInteger(i);
        L.push(v);
        return 2;
    }

    private static int next(LuaThread L) {
        long t = Value.address(L.checkTable(1));
        Tables tables = L.state.tables;
        long position;
        try {
            position = tables.positionOf(t, L.arg(2));
        } catch (InvalidKeyException e) {
            throw new LuaError(L.state.string("invalid key to 'next'"));
        }
        long nextPosition = tables.nextPosition(t, position);
        if (nextPosition < 0) {
            L.pushNil();
            return 1;
        }
        L.push(tables.keyAt(t, nextPosition));
        L.push(tables.valueAt(t, nextPosition));
        return 2;
    }

    private static int select(LuaThread L) {
        int n = L.nargs();
        long first = L.arg(1);
        if (Value.isString(first) && LuaString.length(first) == 1 && LuaString.toBytes(first)[0] == '#') {
            L.pushInteger(n - 1);
            return 1;
        }
        long i = L.checkInteger(1);
        if (i < 0) i = n + i;
        else if (i > n) i = n;
        if (i < 1) throw L.argError(1, "index out of range");
        return n - (int) i;
    }

    private static int setmetatable(LuaThread L) {
        long t = L.checkTable(1);
        long mt = L.arg(2);
        if (L.isNone(2) || (mt != Value.NIL_WORD && !Value.isTable(mt))) throw L.typeError(2, "nil or table");
        long old = Tables.metatable(Value.address(t));
        if (old != 0 && L.state.tables.getString(old, L.state.string("__metatable")) != Value.NIL_WORD) {
            throw L.error("cannot change a protected metatable");
        }
        L.state.setMetatable(t, mt == Value.NIL_WORD ? 0 : Value.address(mt));
        L.setTop(1);
        return 1;
    }

    private static int load(LuaThread L) {
        long chunk = L.arg(1);
        String mode = L.isNoneOrNil(3) ? "bt" : L.checkJavaString(3);
        long env = L.isNone(4) ? L.state.globals : L.arg(4);
        if (Value.isString(chunk) || Value.isNumber(chunk)) {
            byte[] source = L.checkBytes(1);
            String name = L.isNoneOrNil(2) ? LuaString.toJava(L.arg(1)) : L.checkJavaString(2);
            return loadResult(L, () -> L.load(source, name, mode, env, false));
        }
        String name = L.isNoneOrNil(2) ? "=(load)" : L.checkJavaString(2);
        L.checkType(1, Value.FUNCTION, "function");
        // Errors of the reader are load's to report, like syntax errors.
        return loadResult(L, () -> L.load(readPieces(L, chunk), name, mode, env, false));
    }

    private static byte[] readPieces(LuaThread L, long reader) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (true) {
            // In protected mode, as the reference parses: an error of the reader unwinds its
            // frames and becomes load's message.
            L.push(reader);
            LuaError e = L.pcall(0, 1, Value.NIL_WORD);
            long piece = L.pop();
            if (e != null) throw new LuaError(piece);
            if (piece == Value.NIL_WORD) break;
            if (!Value.isString(piece)) throw new LuaError(L.state.string(L.where(1) + "reader function must return a string"));
            if (LuaString.length(piece) == 0) break;
            all.writeBytes(LuaString.toBytes(piece));
        }
        return all.toByteArray();
    }

    private interface Loader {
        long load();
    }

    /** The function, or nil and the message, as {@code load} and {@code loadfile} return them. */
    private static int loadResult(LuaThread L, Loader loader) {
        try {
            L.push(loader.load());
            return 1;
        } catch (LuaError e) {
            if (e.hasPendingMessage()) throw e;
            L.pushNil();
            L.push(e.value());
            return 2;
        }
    }

    private static long loadFile(LuaThread L, String name, String mode, long env) {
        byte[] bytes;
        String chunkName;
        try {
            if (name == null) {
                bytes = System.in.readAllBytes();
                chunkName = "=stdin";
            } else {
                bytes = Files.readAllBytes(Path.of(name));
                chunkName = "@" + name;
            }
        } catch (NoSuchFileException e) {
            throw new LuaError(L.state.string("cannot open " + name + ": No such file or directory"));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new LuaError(L.state.string("cannot read " + (name == null ? "stdin" : name)));
        }
        return L.load(binaryAfterComment(bytes), chunkName, mode, env, true);
    }

    /**
     * A file's contents as {@code luaL_loadfile} loads them: a binary chunk may follow a first
     * line starting with {@code #} (after an optional UTF-8 byte-order mark); then only the
     * chunk is loaded. Text is returned whole (the compiler skips such a line itself).
     */
    static byte[] binaryAfterComment(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (start >= bytes.length || bytes[start] != '#') return bytes;
        int nl = start;
        while (nl < bytes.length && bytes[nl] != '\n') nl++;
        if (nl + 1 < bytes.length && bytes[nl + 1] == 0x1B) return java.util.Arrays.copyOfRange(bytes, nl + 1, bytes.length);
        return bytes;
    }

    private static int warn(LuaThread L) {
        int n = L.nargs();
        L.checkBytes(1);
        for (int i = 2; i <= n; i++) L.checkBytes(i);
        StringBuilder message = new StringBuilder();
        for (int i = 1; i <= n; i++) message.append(L.checkJavaString(i));
        String m = message.toString();
        if (n == 1 && m.startsWith("@")) {
            if (m.equals("@on")) L.state.warningsOn = true;
            else if (m.equals("@off")) L.state.warningsOn = false;
            return 0;
        }
        if (L.state.warningsOn) {
            L.state.err.print("Lua warning: " + m + "\n");
            L.state.err.flush();
        }
        return 0;
    }

    private static int collectgarbage(LuaThread L) {
        int option = L.checkOption(1, "collect", "stop", "restart", "collect", "count", "step",
                "setpause", "setstepmul", "isrunning", "generational", "incremental");
        Collector gc = L.state.collector;
        if (gc.isBusy()) {
            // Called from a finalizer (or while the state closes): every option fails, as the
            // reference's lua_gc does when the collector is stopped internally; the arguments
            // are checked first, as there.
            switch (option) {
                case 4, 5, 6 -> L.optInteger(2, 0);
                case 8 -> {
                    L.optInteger(2, 0);
                    L.optInteger(3, 0);
                }
                case 9 -> {
                    L.optInteger(2, 0);
                    L.optInteger(3, 0);
                    L.optInteger(4, 0);
                }
                default -> { }
            }
            L.pushNil();
            return 1;
        }
        switch (option) {
            case 0 -> gc.stop();
            case 1 -> gc.restart();
            case 2 -> gc.fullCollect();
            case 3 -> {
                L.pushNumber(L.state.heap.bytesInUse() / 1024.0);
                return 1;
            }
            case 4 -> {
                L.pushBoolean(gc.explicitStep(L.optInteger(2, 0)));
                return 1;
            }
            case 5, 6 -> {
                int value = (int) L.optInteger(2, 0);
                int[] old = option == 5 ? gc.setIncremental(value, 0, 0) : gc.setIncremental(0, value, 0);
                L.pushInteger(old[option == 5 ? 0 : 1]);
                return 1;
            }
            case 7 -> {
                L.pushBoolean(gc.isRunning());
                return 1;
            }
            case 8 -> {
                L.optInteger(2, 0);
                L.optInteger(3, 0);
                L.pushString(gc.setGenerational(true) ? "generational" : "incremental");
                return 1;
            }
            case 9 -> {
                gc.setIncremental((int) L.optInteger(2, 0), (int) L.optInteger(3, 0), (int) L.optInteger(4, 0));
                L.pushString(gc.setGenerational(false) ? "generational" : "incremental");
                return 1;
            }
            default -> throw new IllegalStateException();
        }
        L.pushInteger(0);
        return 1;
    }
}
