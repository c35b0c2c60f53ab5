/**
 * JMH benchmarks: the bare event queue (hold model) as the ceiling
 * ({@link org.hvsched.bench.EventQueueThroughput}), and the engine with each policy on the small,
 * medium and large scenarios of {@link org.hvsched.harness.bench.BenchScenarios}
 * ({@link org.hvsched.bench.EngineThroughput}). Not part of the default test run; build with
 * {@code mvn -B package} and run {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package org.hvsched.bench;
