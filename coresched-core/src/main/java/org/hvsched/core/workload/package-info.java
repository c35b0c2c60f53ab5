/**
 * The contract between the engine and workloads: a {@link org.hvsched.core.workload.TaskProgram}
 * drives each task through {@link org.hvsched.core.workload.Step}s (compute, spin, sleep, wait,
 * done), and the {@link org.hvsched.core.workload.WorkloadHost} gives workloads the time,
 * wake-ups, events and named random streams.
 */
package org.hvsched.core.workload;
