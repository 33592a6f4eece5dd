/**
 * The tracing JIT (DESIGN.md section 10). Empty until the JIT issues; {@code core} will expose
 * the hooks it plugs into.
 */
package org.panlua.jit;
