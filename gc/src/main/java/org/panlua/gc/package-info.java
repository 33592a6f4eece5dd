/**
 * The incremental tri-colour collector over the native heap of {@code panlua-memory}
 * (DESIGN.md section 6). Empty until the collector issue: allocation is explicit for now and
 * the heap's {@code free} is what the collector will call.
 */
package org.panlua.gc;
