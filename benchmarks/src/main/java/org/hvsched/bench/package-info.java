/**
 * JMH benchmarks: the bare event queue as the ceiling, and the engine with each policy on the small, medium and large scenarios. Not part of the default test run.
 */
package org.hvsched.bench;
