package org.hvsched.api;

/**
 * What a policy can do; the conformance kit skips (visibly) the checks a policy does not declare.
 */
public enum Capability {
  /** Can isolate cores between trust domains (whether an instance does is its claim). */
  CORE_ISOLATION,
  /** Shares CPU time in proportion to domain weights. */
  WEIGHTS,
  /** Enforces domain caps. */
  CAPS,
  /** Honours hard affinity. */
  HARD_AFFINITY,
  /** Prefers soft affinity. */
  SOFT_AFFINITY,
  /** Work conserving apart from the exemptions of design.md. */
  WORK_CONSERVING
}
