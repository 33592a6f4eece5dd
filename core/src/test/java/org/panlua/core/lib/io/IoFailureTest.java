package org.panlua.core.lib.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** How failures reported by the JDK become C's messages and error numbers; which fopen modes exist. */
class IoFailureTest {

    @Test
    void exceptionTypesGiveTheirErrorNumbers() {
        assertEquals(new IoFailure("No such file or directory", 2), IoFailure.of(new NoSuchFileException("x")));
        assertEquals(new IoFailure("Permission denied", 13), IoFailure.of(new AccessDeniedException("x")));
        assertEquals(new IoFailure("Directory not empty", 39), IoFailure.of(new DirectoryNotEmptyException("x")));
    }

    @Test
    void messagesOfTheSystemAreLookedUp() {
        assertEquals(new IoFailure("Is a directory", 21), IoFailure.of(new FileSystemException("d", null, "Is a directory")));
        assertEquals(new IoFailure("Illegal seek", 29), IoFailure.of(new IOException("Illegal seek")));
        assertEquals(new IoFailure("Too many levels of symbolic links", 40), IoFailure.of(new FileSystemException(
                "l", null, "Too many levels of symbolic links or unable to access attributes of symbolic link")));
        assertEquals(new IoFailure("something odd", 5), IoFailure.of(new IOException("something odd")));
        assertEquals(new IoFailure("Bad file descriptor", 9), IoFailure.of(new ErrnoException(IoFailure.EBADF)));
    }

    @Test
    void errorNumbersOfCCalls() {
        assertEquals("No child processes", IoFailure.ofErrno(10).message());
        assertEquals("No such process", Posix.strerror(3));
    }

    @Test
    void fopenModes() {
        for (String m : new String[] {"r", "w", "a", "r+", "w+", "a+", "rb", "r+b", "wbb", "a+bbb"}) {
            assertTrue(IoLib.validMode(m.getBytes()), m);
        }
        for (String m : new String[] {"", "+", "b", "rw", "rb+", "r+bk", "x", "r++", "wt", "R"}) {
            assertFalse(IoLib.validMode(m.getBytes()), m);
        }
    }
}
