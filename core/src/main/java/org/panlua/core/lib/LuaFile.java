package org.panlua.core.lib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PushbackInputStream;

/** The Java side of a file handle userdata: a standard stream, readable or writable. */
final class LuaFile {
    private final PushbackInputStream in;
    private final PrintStream out;
    /** Standard streams cannot be closed. */
    final boolean standard;
    boolean closed;

    LuaFile(InputStream in, PrintStream out, boolean standard) {
        this.in = in == null ? null : new PushbackInputStream(in, 2);
        this.out = out;
        this.standard = standard;
    }

    boolean canRead() {
        return in != null;
    }

    boolean canWrite() {
        return out != null;
    }

    void write(byte[] b) {
        out.write(b, 0, b.length);
    }

    void flush() {
        if (out != null) out.flush();
    }

    /** A line without (or with, {@code keepNewline}) its newline; null at end of file. */
    byte[] readLine(boolean keepNewline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') line.write(c);
        if (c < 0 && line.size() == 0) return null;
        if (c == '\n' && keepNewline) line.write('\n');
        return line.toByteArray();
    }

    byte[] readAll() throws IOException {
        return in.readAllBytes();
    }

    /** Up to {@code n} bytes; null at end of file (an empty array for n = 0 before the end). */
    byte[] readBytes(long n) throws IOException {
        if (n == 0) {
            int c = in.read();
            if (c < 0) return null;
            in.unread(c);
            return new byte[0];
        }
        byte[] b = in.readNBytes((int) Math.min(n, Integer.MAX_VALUE - 8));
        return b.length == 0 ? null : b;
    }

    /** The text of a numeral at the current position (blanks skipped), at most 200 bytes. */
    String readNumeral() throws IOException {
        int c;
        do {
            c = in.read();
        } while (c == ' ' || (c >= '\t' && c <= '\r'));
        StringBuilder s = new StringBuilder();
        while (c >= 0 && s.length() < 200 && isNumeralChar(c)) {
            s.append((char) c);
            c = in.read();
        }
        if (c >= 0) in.unread(c);
        return s.toString();
    }

    private static boolean isNumeralChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                || c == 'x' || c == 'X' || c == '.' || c == '+' || c == '-' || c == 'p' || c == 'P';
    }
}
