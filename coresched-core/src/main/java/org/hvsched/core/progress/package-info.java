/**
 * The progress line a long run prints on a terminal. This is the only place in the engine's
 * modules that reads the wall clock, and only to decide when to redraw: nothing it reads flows
 * into simulated time, results or traces, so runs stay deterministic.
 */
package org.hvsched.core.progress;
