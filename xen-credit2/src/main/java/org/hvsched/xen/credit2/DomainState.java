package org.hvsched.xen.credit2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.PolicyTimer;

/** One domain as credit2 sees it ({@code struct csched2_dom}): weight, cap and budget pool. */
final class DomainState {
  final Domain domain;
  final List<UnitState> units = new ArrayList<>();
  /** {@code parked_units}: newest first, as {@code list_add} puts them. */
  final Deque<UnitState> parked = new ArrayDeque<>();
  int weight = Credit2Constants.DEFAULT_WEIGHT;
  int cap;
  /** {@code nr_units}: vCPU units only (other VM threads are not Xen's). */
  int nrUnits;
  long totBudgetNs;
  long budgetNs;
  long nextReplNs;
  PolicyTimer replTimer;

  DomainState(Domain domain) {
    this.domain = domain;
  }

  @Override
  public String toString() {
    return domain.name();
  }
}
