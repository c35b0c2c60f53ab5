package org.hvsched.core.engine;

import org.hvsched.api.Granularity;
import org.hvsched.api.IsolationClaim;
import org.hvsched.api.SchedPolicy;
import org.hvsched.core.PoolSetup;

/** One pool at run time: its policy instance and what the engine derived from it. */
final class PoolRt {
  final int index;
  final PoolSetup setup;
  SchedPolicy policy;
  Granularity granularity;
  IsolationClaim claim;

  PoolRt(int index, PoolSetup setup) {
    this.index = index;
    this.setup = setup;
  }

  String name() {
    return setup.pool().name();
  }

  String policyId() {
    return setup.provider().id();
  }
}
