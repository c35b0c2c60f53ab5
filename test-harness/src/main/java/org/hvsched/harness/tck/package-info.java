/**
 * The policy conformance kit (TCK): one abstract JUnit 5 suite,
 * {@link org.hvsched.harness.tck.PolicyConformanceSuite}, that every policy module subclasses in
 * its tests. It builds small randomized {@link org.hvsched.core.SimulationSpec}s directly (random
 * topologies, domains, affinities, caps, host costs and the simple workloads of
 * {@link org.hvsched.harness.tck.KitWorkload}), runs them with the engine's invariant checks after
 * every event, and judges them from the outside with an engine-independent trace observer
 * ({@link org.hvsched.harness.tck.RunObserver}): one CPU per task, no blocked task running, hard
 * affinity, work conservation within a slack, no starvation, isolation of claimed cores, and a
 * trace hash for determinism. Checks a policy cannot pass by design are gated on the
 * capabilities its provider declares and skipped visibly (JUnit assumptions).
 */
package org.hvsched.harness.tck;
