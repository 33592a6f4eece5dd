package org.panlua.core.lib.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.HashMap;
import java.util.Map;

/**
 * A failed operation as Lua reports it: C's {@code strerror} text and the {@code errno} value
 * ({@code nil, "name: No such file or directory", 2}). The JDK reports system errors as
 * exceptions whose type or message is the C error text; this class turns them back into the
 * number, using the Linux numbering.
 */
public record IoFailure(String message, int errno) {
    public static final int EPERM = 1, ENOENT = 2, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EACCES = 13,
            EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ESPIPE = 29, ENOTEMPTY = 39, ELOOP = 40;

    private static final Map<Integer, String> TEXTS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        text(EPERM, "Operation not permitted");
        text(ENOENT, "No such file or directory");
        text(3, "No such process");
        text(EINTR, "Interrupted system call");
        text(EIO, "Input/output error");
        text(6, "No such device or address");
        text(7, "Argument list too long");
        text(EBADF, "Bad file descriptor");
        text(ECHILD, "No child processes");
        text(11, "Resource temporarily unavailable");
        text(12, "Cannot allocate memory");
        text(EACCES, "Permission denied");
        text(16, "Device or resource busy");
        text(EEXIST, "File exists");
        text(EXDEV, "Invalid cross-device link");
        text(19, "No such device");
        text(ENOTDIR, "Not a directory");
        text(EISDIR, "Is a directory");
        text(EINVAL, "Invalid argument");
        text(23, "Too many open files in system");
        text(24, "Too many open files");
        text(26, "Text file busy");
        text(27, "File too large");
        text(28, "No space left on device");
        text(ESPIPE, "Illegal seek");
        text(30, "Read-only file system");
        text(31, "Too many links");
        text(32, "Broken pipe");
        text(36, "File name too long");
        text(ENOTEMPTY, "Directory not empty");
        text(ELOOP, "Too many levels of symbolic links");
        text(75, "Value too large for defined data type");
        text(122, "Disk quota exceeded");
    }

    private static void text(int errno, String text) {
        TEXTS.put(errno, text);
        NUMBERS.put(text, errno);
    }

    /** C's {@code strerror(errno)} for the numbers this class knows. */
    public static String message(int errno) {
        String s = TEXTS.get(errno);
        return s != null ? s : "Unknown error " + errno;
    }

    /** The failure an exception of the JDK (or an {@link ErrnoException}) stands for. */
    public static IoFailure of(IOException e) {
        if (e instanceof ErrnoException x) return new IoFailure(x.getMessage(), x.errno);
        int known = switch (e) {
            case NoSuchFileException x -> ENOENT;
            case AccessDeniedException x -> EACCES;
            case FileAlreadyExistsException x -> EEXIST;
            case DirectoryNotEmptyException x -> ENOTEMPTY;
            case NotDirectoryException x -> ENOTDIR;
            case AtomicMoveNotSupportedException x -> EXDEV;
            case FileSystemLoopException x -> ELOOP;
            default -> 0;
        };
        if (known != 0) return new IoFailure(message(known), known);
        String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (text == null) return new IoFailure(message(EIO), EIO);
        int or = text.indexOf(" or unable to access attributes"); // the JDK's wording for ELOOP
        if (or > 0) text = text.substring(0, or);
        Integer errno = NUMBERS.get(text);
        return new IoFailure(text, errno != null ? errno : EIO);
    }

    /** The failure of C code that set {@code errno}. */
    public static IoFailure ofErrno(int errno) {
        String s = TEXTS.get(errno);
        return new IoFailure(s != null ? s : Posix.strerror(errno), errno);
    }
}
