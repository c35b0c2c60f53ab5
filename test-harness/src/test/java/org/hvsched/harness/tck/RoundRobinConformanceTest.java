package org.hvsched.harness.tck;

/** {@code basic.rr} passes the policy conformance kit. */
final class RoundRobinConformanceTest extends PolicyConformanceSuite {
  @Override
  protected String policyId() {
    return "basic.rr";
  }
}
