package org.panlua.core.vm;

import org.panlua.memory.value.Value;

/**
 * A Lua error in flight: the Java exception that carries the error value through Java frames
 * (DESIGN.md section 8). Two kinds:
 * <ul>
 *   <li>a <em>message</em> raised by Java code the way {@code luaL_error} raises one: the
 *       interpreter prefixes it with the position ({@code chunk:line:}) of the Lua code that
 *       called the running Java function, then turns it into a string value;</li>
 *   <li>a <em>value</em>: any Lua value, raised by {@code error} or rethrown, carried as is.</li>
 * </ul>
 * Code that knows no Lua state (pattern matching, number formatting, {@code string.pack})
 * raises the message kind; the position is added when the error leaves the Java function.
 */
public class LuaError extends RuntimeException {
    private long value;
    private String pendingMessage;
    /** The traceback captured where the error was raised, when someone asked for it. */
    private String traceback;

    /** A message error whose position is still to be added ({@code luaL_error}). */
    public LuaError(String message) {
        super(null, null, false, false);
        this.pendingMessage = message;
        this.value = Value.NIL_WORD;
    }

    /** An error carrying the value {@code value}. */
    public LuaError(long value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** True while the message still lacks its position and is not a value yet. */
    /** A memory error: as in the reference, no message handler runs for it. */
    private boolean memory;

    LuaError asMemoryError() {
        memory = true;
        return this;
    }

    public boolean isMemoryError() {
        return memory;
    }

    public boolean hasPendingMessage() {
        return pendingMessage != null;
    }

    public String pendingMessage() {
        return pendingMessage;
    }

    /** Turns a pending message into the value {@code value} (the positioned message string). */
    public void resolve(long value) {
        this.value = value;
        this.pendingMessage = null;
    }

    /** The error value (nil while a message is still pending). */
    public long value() {
        return value;
    }

    public String traceback() {
        return traceback;
    }

    public void setTraceback(String traceback) {
        this.traceback = traceback;
    }

    @Override
    public String getMessage() {
        return pendingMessage != null ? pendingMessage : Value.describe(value);
    }
}
