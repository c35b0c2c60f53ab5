package org.hvsched.harness.tck;

/** {@code basic.gang} passes the policy conformance kit. */
final class GangConformanceTest extends PolicyConformanceSuite {
  @Override
  protected String policyId() {
    return "basic.gang";
  }
}
