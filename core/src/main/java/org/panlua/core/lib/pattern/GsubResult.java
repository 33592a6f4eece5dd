package org.panlua.core.lib.pattern;

/**
 * What {@code gsub} returns: the resulting string {@code bytes[0, length)} and the number of
 * matches. When nothing was replaced ({@code changed} false) the result is the subject
 * itself, so the caller can return the original string object, as the reference does.
 * Otherwise {@code bytes} is the storage of the {@link ByteBuilder} given to gsub.
 */
public record GsubResult(byte[] bytes, int length, long count, boolean changed) {}
