package org.hvsched.xen.credit2;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One credit2 runqueue ({@code struct csched2_runqueue_data}). CPU masks hold master CPUs of
 * scheduling resources.
 */
final class RunqueueState {
  final int id;
  /** Queued runnable units by credit ({@code runq}). */
  final CreditQueue<UnitState> runq =
      new CreditQueue<>(u -> u.credit, UnitState::id);
  /** Every unit assigned here, running, queued or blocked ({@code svc}), in list order. */
  final Set<UnitState> svc = new LinkedHashSet<>();
  final BitSet active = new BitSet();
  final BitSet idle = new BitSet();
  final BitSet tickled = new BitSet();
  final BitSet smtIdle = new BitSet();
  int maxWeight = 1;
  int load;
  long avgLoad;
  long bAvgLoad;
  long loadLastSample;
  int pickBias;
  int nrCpus;

  RunqueueState(int id) {
    this.id = id;
  }

  @Override
  public String toString() {
    return "rq" + id;
  }
}
