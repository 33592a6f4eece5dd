package org.panlua.memory.table;

/**
 * A key that Lua forbids ({@code nil}, NaN) or that {@code next} does not know. Its message is
 * the text of the Lua error the runtime raises.
 */
public final class InvalidKeyException extends RuntimeException {
    public InvalidKeyException(String message) {
        super(message, null, false, false);
    }
}
