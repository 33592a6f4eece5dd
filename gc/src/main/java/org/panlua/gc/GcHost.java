package org.panlua.gc;

/**
 * What the collector asks of the runtime that owns the heap: the roots, the Java objects that
 * native objects name by handle (prototypes, Java functions, coroutines), and running
 * finalizers. The collector itself knows only the native layouts.
 */
public interface GcHost {
    /** A cycle's marking starts: nothing is marked yet. */
    void cycleStarted();

    /** Marks every root: registry, globals, per-type metatables, metamethod names, the main thread, anchors. */
    void markRoots(Marker m);

    /**
     * Marks handle {@code handle} as used in this cycle and, the first time in the cycle, marks
     * what its Java object refers to (a prototype's constants and nested prototypes, a
     * coroutine's stack). Called when an object holding the handle is traversed.
     */
    void markHandle(int handle, Marker m);

    /**
     * Atomic phase: traverses again every coroutine reached in this cycle (stacks are not
     * barriered) and clears the unused part of each stack, so that no stale word survives into
     * a later cycle.
     */
    void remarkThreads(Marker m);

    /**
     * Atomic phase, for the coroutines not reached: first ({@code close} false) marks the
     * values of their open upvalues that are themselves reached; at the end ({@code close}
     * true, once resurrection is known) closes every open upvalue of theirs, since their
     * stacks are about to be freed.
     */
    void upvaluesOfDeadThreads(Marker m, boolean close);

    /** Atomic phase, at its end: gives back every handle not marked in this cycle. */
    void sweepHandles();

    /** Atomic phase: forgets caches that may name objects about to be freed. */
    void clearCaches();

    /**
     * Calls the {@code __gc} metamethod of {@code object} (a value word), protected: an error
     * becomes a warning. No collection step runs meanwhile.
     */
    void callFinalizer(long object);
}
