package org.panlua.core.lib;

import org.panlua.core.vm.LuaState;
import org.panlua.core.vm.LuaThread;
import org.panlua.memory.string.LuaString;
import org.panlua.memory.value.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The default-stream part of the io library: {@code io.write} and {@code io.read} on standard
 * output and input. File handles ({@code io.open}, {@code io.lines}, {@code file:*}) are not
 * here yet.
 */
public final class IoLib {
    private IoLib() {}

    public static void open(LuaState state) {
        Library lib = Library.create(state, "io", 8);
        lib.add("write", IoLib::write);
        lib.add("read", IoLib::read);
    }

    private static int write(LuaThread L) {
        int n = L.nargs();
        for (int i = 1; i <= n; i++) {
            long v = L.arg(i);
            if (Value.isNumber(v)) {
                L.state.out.print(org.panlua.core.vm.Text.numberText(v));
            } else {
                byte[] b = LuaString.toBytes(L.checkString(i));
                L.state.out.write(b, 0, b.length);
            }
        }
        L.push(Value.TRUE_WORD);
        return 1;
    }

    private static int read(LuaThread L) {
        InputStream in = System.in;
        L.state.out.flush();
        String format = L.isNoneOrNil(1) ? "l" : L.checkJavaString(1);
        if (format.startsWith("*")) format = format.substring(1);
        try {
            switch (format.isEmpty() ? 'l' : format.charAt(0)) {
                case 'a' -> L.pushBytes(in.readAllBytes());
                case 'l', 'L' -> {
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    int c;
                    while ((c = in.read()) >= 0 && c != '\n') line.write(c);
                    if (c < 0 && line.size() == 0) {
                        L.pushNil();
                    } else {
                        if (c == '\n' && format.charAt(0) == 'L') line.write('\n');
                        L.pushBytes(line.toByteArray());
                    }
                }
                default -> throw L.argError(1, "invalid format");
            }
        } catch (IOException e) {
            L.pushNil();
        }
        return 1;
    }
}
