/**
 * Workloads, scenarios, experiments, metrics, reports and the policy conformance kit.
 */
package org.hvsched.harness;
