package org.panlua.cli;

import org.panlua.core.vm.LuaError;
import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The read-eval-print loop, as the reference interpreter runs it: a line is first tried as
 * {@code return <line>;} and then as a statement; a statement whose syntax error ends in
 * {@code <eof>} goes on on the next line (prompt {@code _PROMPT2}, default {@code ">> "});
 * results are printed with the global {@code print}; errors are reported without the program
 * name and the loop goes on, until the end of the input.
 */
final class Repl {
    private static final byte[] EOF_MARK = "<eof>".getBytes(StandardCharsets.US_ASCII);

    private final Session session;
    private final LuaState state;
    private final LuaThread L;
    private final LineInput input;

    private Repl(Session session, LineInput input) {
        this.session = session;
        this.state = session.state;
        this.L = session.L;
        this.input = input;
    }

    /** Runs the loop on a line editor ({@code terminal}) or on plain standard input. */
    static void run(Session session, boolean terminal) {
        LineInput input = terminal ? TerminalInput.open(session) : null;
        if (input == null) input = new PlainInput(System.in, session.state.out, !terminal);
        run(session, input);
    }

    /** Runs the loop on {@code input}, which it closes at the end. */
    static void run(Session session, LineInput input) {
        String progName = session.progName;
        Interrupts.Guard guard = session.guard;
        session.progName = null;
        if (input.guard() != null) session.guard = input.guard();
        try (LineInput in = input) {
            new Repl(session, in).loop();
        }
        // Not restored when an error escapes (from a prompt's __tostring): the reference
        // reports that one without the program name too.
        session.progName = progName;
        session.guard = guard;
    }

    private void loop() {
        while (true) {
            L.setTop(0);
            Loaded loaded = loadLine();
            if (loaded == Loaded.END) break;
            LuaError error = loaded == Loaded.OK ? session.call(0, -1) : LOAD_FAILED;
            if (error == null) printResults();
            else session.report(error);
        }
        L.setTop(0);
        state.out.print("\n");
        state.out.flush();
    }

    private enum Loaded { OK, FAILED, END }

    /** Stands for a failed load in {@link Session#report}, whose message is on the stack. */
    private static final LuaError LOAD_FAILED = new LuaError(Value.NIL_WORD);

    /** Reads and compiles one statement: its function (or the error message) is then on the stack. */
    private Loaded loadLine() {
        byte[] line;
        do {
            line = readLine(true);
        } while (line == LineInput.CANCELLED);
        if (line == null) return Loaded.END;
        try {
            L.push(load(concat("return ".getBytes(StandardCharsets.US_ASCII), line, new byte[] {';'})));
            if (line.length > 0) input.saveLine(line);
            return Loaded.OK;
        } catch (LuaError e) {
            return multiline(line);
        }
    }

    /** Compiles {@code chunk} as a statement, reading more lines while it is incomplete. */
    private Loaded multiline(byte[] chunk) {
        while (true) {
            try {
                L.push(load(chunk));
                input.saveLine(chunk);
                return Loaded.OK;
            } catch (LuaError e) {
                byte[] more = incomplete(e) ? readLine(false) : null;
                if (more == LineInput.CANCELLED) {
                    L.setTop(0);
                    return loadLine();
                }
                if (more == null) {
                    input.saveLine(chunk);
                    L.push(e.value());
                    return Loaded.FAILED;
                }
                chunk = concat(chunk, new byte[] {'\n'}, more);
            }
        }
    }

    private long load(byte[] chunk) {
        return L.load(chunk, "=stdin", "bt", state.globals, false);
    }

    /** A syntax error at the end of the input: the statement may go on on the next line. */
    private static boolean incomplete(LuaError e) {
        long v = e.value();
        if (!Value.isString(v)) return false;
        byte[] m = LuaString.toBytes(v);
        if (m.length < EOF_MARK.length) return false;
        for (int i = 0; i < EOF_MARK.length; i++) {
            if (m[m.length - EOF_MARK.length + i] != EOF_MARK[i]) return false;
        }
        return true;
    }

    /** The next line; a first line {@code =e} stands for {@code return e}, as in Lua 5.2. */
    private byte[] readLine(boolean first) {
        byte[] line = input.readLine(prompt(first));
        if (line == null || line == LineInput.CANCELLED) return line;
        if (first && line.length > 0 && line[0] == '=') {
            byte[] rest = new byte[line.length - 1];
            System.arraycopy(line, 1, rest, 0, rest.length);
            return concat("return ".getBytes(StandardCharsets.US_ASCII), rest);
        }
        return line;
    }

    /** {@code tostring(_PROMPT)} (or {@code _PROMPT2}), the default when it is nil. */
    private byte[] prompt(boolean first) {
        long p = L.index(state.globals, state.string(first ? "_PROMPT" : "_PROMPT2"));
        if (p == Value.NIL_WORD) return (first ? "> " : ">> ").getBytes(StandardCharsets.US_ASCII);
        L.push(p);
        long s = L.toStringValue(p);
        L.pop();
        return LuaString.toBytes(s);
    }

    /** Calls {@code print} with the values the statement returned, if any. */
    private void printResults() {
        int n = L.nargs();
        if (n == 0) return;
        L.insert(1, L.index(state.globals, state.string("print")));
        LuaError e = L.pcall(n, 0, Value.NIL_WORD);
        if (e != null) {
            long v = L.nargs() > 0 ? L.pop() : e.value();
            byte[] why = Value.isString(v) || Value.isNumber(v) ? Session.text(v) : "(null)".getBytes(StandardCharsets.US_ASCII);
            session.message(concat("error calling 'print' (".getBytes(StandardCharsets.US_ASCII), why, new byte[] {')'}));
        }
        state.out.flush();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) b.writeBytes(p);
        return b.toByteArray();
    }
}
