/**
 * Running a scenario: {@link org.hvsched.harness.run.ScenarioRunner} resolves a scenario and the
 * command line's changes into pools, policies, domains, tasks and workload programs, builds the
 * engine's {@link org.hvsched.core.SimulationSpec}, runs it, and gathers the per-domain metrics
 * into a {@link org.hvsched.harness.run.RunResult}.
 */
package org.hvsched.harness.run;
