/**
 * Compiler, interpreter, runtime, standard library and C API bridge (DESIGN.md sections 7 to
 * 9). Empty until the front-end and interpreter issues.
 */
package org.panlua.core;
