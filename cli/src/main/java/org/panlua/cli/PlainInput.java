package org.panlua.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Lines read from standard input without editing. When the input is not a terminal, each line
 * is echoed after its prompt, as the reference build does (GNU readline echoes what it reads
 * from a pipe), so that a session fed from a file shows the same transcript.
 */
final class PlainInput implements LineInput {
    private final InputStream in;
    private final PrintStream out;
    private final boolean echo;

    PlainInput(InputStream in, PrintStream out, boolean echo) {
        this.in = in;
        this.out = out;
        this.echo = echo;
    }

    @Override
    public byte[] readLine(byte[] prompt) {
        out.write(prompt, 0, prompt.length);
        out.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        int c;
        try {
            // Byte by byte, so that nothing past the line is taken from code that reads stdin.
            while ((c = in.read()) >= 0 && c != '\n') line.write(c);
        } catch (IOException e) {
            c = -1;
        }
        if (c < 0 && line.size() == 0) return null;
        byte[] bytes = line.toByteArray();
        if (echo) {
            out.write(bytes, 0, bytes.length);
            out.write('\n');
            out.flush();
        }
        return bytes;
    }
}
