package org.panlua.core.lib;

import org.panlua.core.lib.pattern.ByteBuilder;
import org.panlua.core.lib.pattern.GmatchState;
import org.panlua.core.lib.pattern.Gsub;
import org.panlua.core.lib.pattern.GsubResult;
import org.panlua.core.lib.pattern.PatternMatcher;
import org.panlua.core.lib.pattern.Replacement;
import org.panlua.core.lib.pattern.ReplacementString;
import org.panlua.core.lib.pattern.StringFind;
import org.panlua.core.vm.LuaThread;
import org.panlua.core.vm.Text;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

/**
 * {@code string.find}, {@code match}, {@code gmatch} and {@code gsub}: the searches of
 * {@code org.panlua.core.lib.pattern} fed with the call's arguments, their captures pushed as
 * Lua values (strings, or integers for position captures), and {@code gsub}'s table and
 * function replacements computed by the runtime.
 */
final class StringMatching {
    private StringMatching() {}

    static void register(Library lib) {
        // One matcher per state serves every search that runs no Lua code while it matches
        // (find, match, gsub with a string): it saves an allocation per call. Searches that
        // call back into Lua, which may search again, take their own.
        PatternMatcher shared = new PatternMatcher();
        lib.add("find", L -> find(L, shared, true));
        lib.add("match", L -> find(L, shared, false));
        lib.add("gmatch", StringMatching::gmatch);
        lib.add("gsub", L -> gsub(L, shared));
    }

    private static int find(LuaThread L, PatternMatcher m, boolean isFind) {
        byte[] s = L.checkBytesShared(1);
        byte[] p = L.checkBytes(2);
        long init = L.optInteger(3, 1);
        int start = isFind
                ? StringFind.find(m, s, s.length, p, p.length, init, L.toBoolean(4))
                : StringFind.match(m, s, s.length, p, p.length, init);
        if (start < 0) {
            L.pushNil();
            return 1;
        }
        if (isFind) {
            L.pushInteger(start + 1L);
            L.pushInteger(m.matchEnd());
            int n = m.captureCount();
            for (int i = 0; i < n; i++) pushCapture(L, m, i);
            return n + 2;
        }
        return pushResults(L, m);
    }

    private static int gmatch(LuaThread L) {
        byte[] s = L.checkBytesShared(1);
        byte[] p = L.checkBytes(2);
        long init = L.optInteger(3, 1);
        GmatchState state = new GmatchState(s, s.length, p, p.length, init);
        // The subject and the pattern are the iterator's upvalues, as in the reference (the
        // debug library sees them; the collector keeps them).
        L.push(L.state.function(I -> state.next() ? pushResults(I, state.matcher()) : 0, L.arg(1), L.arg(2)));
        return 1;
    }

    private static int gsub(LuaThread L, PatternMatcher shared) {
        byte[] src = L.checkBytesShared(1);
        byte[] p = L.checkBytes(2);
        long repl = L.arg(3);
        long maxN = L.optInteger(4, src.length + 1L);
        Replacement replacement = switch (Value.tag(repl)) {
            case Value.INTEGER, Value.BOXED_INTEGER, Value.DOUBLE, Value.STRING ->
                    new ReplacementString(L.checkBytes(3));
            case Value.TABLE -> (m, out) -> {
                pushCapture(L, m, 0);
                return append(L, out, L.index(repl, L.pop()));
            };
            case Value.FUNCTION -> (m, out) -> {
                L.push(repl);
                int n = pushResults(L, m);
                L.call(n, 1);
                return append(L, out, L.pop());
            };
            default -> throw L.typeError(3, "string/function/table");
        };
        PatternMatcher m = replacement instanceof ReplacementString ? shared : new PatternMatcher();
        GsubResult r = Gsub.gsub(m, src, src.length, p, p.length, maxN,
                replacement, new ByteBuilder(src.length + 16));
        if (r.changed()) L.push(L.state.string(r.bytes(), 0, r.length()));
        else L.push(L.arg(1));
        L.pushInteger(r.count());
        return 2;
    }

    /**
     * Appends a table's or function's answer: nil or false keeps the matched text (false
     * returned); a string or number replaces it; anything else is an error.
     */
    private static boolean append(LuaThread L, ByteBuilder out, long value) {
        if (Value.isFalsy(value)) return false;
        if (Value.isString(value)) {
            out.append(LuaString.toBytes(value));
        } else if (Value.isNumber(value)) {
            out.append(LuaString.toBytes(Text.numberToString(L.state, value)));
        } else {
            throw L.error("invalid replacement value (a " + Value.typeName(value) + ")");
        }
        return true;
    }

    /** Pushes the values of a match: its captures, or the whole match when it has none. */
    private static int pushResults(LuaThread L, PatternMatcher m) {
        int n = m.resultCount();
        for (int i = 0; i < n; i++) pushCapture(L, m, i);
        return n;
    }

    /** Pushes capture {@code i}: a string, or for a position capture its 1-based position. */
    private static void pushCapture(LuaThread L, PatternMatcher m, int i) {
        int length = m.captureLength(i);
        int start = m.captureStart(i);
        if (length == PatternMatcher.POSITION) L.pushInteger(start + 1L);
        else L.push(L.state.string(m.subject(), start, length));
    }
}
