package org.panlua.core.lib.io;

import java.io.IOException;

/** An I/O failure that knows its C {@code errno}: raised where the condition is detected here, not by the JDK. */
public final class ErrnoException extends IOException {
    /** The error number ({@code EBADF}, {@code ESPIPE}...). */
    public final int errno;

    /** The failure {@code errno} with C's text for it. */
    public ErrnoException(int errno) {
        super(IoFailure.message(errno));
        this.errno = errno;
    }

    /** The failure {@code errno} with the given text. */
    public ErrnoException(int errno, String message) {
        super(message);
        this.errno = errno;
    }
}
