/**
 * Engine benchmarks shared by the JMH module and {@code hvsched bench}: the three scenarios of
 * issue 10 ({@link org.hvsched.harness.bench.BenchScenarios}) and a wall-clock runner that
 * prints events per second and simulated seconds per wall second for every policy, as ratios to
 * the bare event queue measured in the same run ({@link org.hvsched.harness.bench.EngineBench}).
 * Wall-clock time is read here, and only here: this is a benchmark, not simulation code.
 */
package org.hvsched.harness.bench;
