package org.hvsched.xen.credit2;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How credit2 groups scheduling resources into runqueues ({@code credit2_runqueue=}). */
public enum RunqueueArrangement {
  /** One runqueue per logical CPU (resource). */
  CPU,
  /** One per core. */
  CORE,
  /** One per socket (Xen's default since 4.8). */
  SOCKET,
  /** One per NUMA node. */
  NODE,
  /** As few as {@code sched_credit2_max_cpus_runqueue} allows. */
  ALL;

  /** The boot-option spelling ({@code cpu}, {@code core}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every spelling, in Xen's order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(RunqueueArrangement::id).toList();
  }

  /** The arrangement spelled {@code id}. */
  public static RunqueueArrangement byId(String id) {
    for (RunqueueArrangement a : values()) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("credit2_runqueue must be one of " + ids() + ": " + id);
  }
}
