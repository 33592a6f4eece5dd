/**
 * The incremental tri-colour collector over the native heap of {@code panlua-memory}
 * (DESIGN.md section 6, docs/gc.md): {@link org.panlua.gc.Collector} runs the cycle and its
 * pacing, {@link org.panlua.gc.Marker} colours and traverses objects,
 * {@link org.panlua.gc.WeakTables} clears weak entries, {@link org.panlua.gc.Finalizers} keeps
 * the objects with {@code __gc}, {@link org.panlua.gc.Sweeper} frees the dead. The runtime that
 * owns the heap supplies roots and everything the collector cannot see through
 * {@link org.panlua.gc.GcHost}.
 */
package org.panlua.gc;
