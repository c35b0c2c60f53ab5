/**
 * Workload profiles ({@code workload: {profile: NAME}}): kernbench, hackbench, stream, mutilate,
 * netperf-rr and cpu-hog, modelled on the benchmarks the field uses to judge core scheduling and
 * built from the workload types, with documented parameters, defaults and primary metrics.
 */
package org.hvsched.harness.profile;
