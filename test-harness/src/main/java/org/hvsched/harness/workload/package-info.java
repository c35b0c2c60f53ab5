/**
 * Workloads (spec.md section 3, {@code type:}): each type's keys, defaults, interference class and
 * metrics, the programs that drive the engine's tasks through compute, sleep, wait and spin steps,
 * the guest scheduler that spreads guest threads over a VM's vCPUs, and the metrics each reports.
 * Randomness comes only from named streams, one per (task or VM, purpose).
 */
package org.hvsched.harness.workload;
