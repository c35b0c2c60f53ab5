package org.hvsched.kvm.cfs;

import org.hvsched.api.PoolSpec;
import org.hvsched.kvm.cfs.coresched.CoreWidePick;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskSched;
import org.hvsched.topology.Core;

/** The core-scheduling invariant of the latest picks: siblings never run different cookies. */
final class CoreChecks {
  private CoreChecks() {}

  static void siblingsShareCookie(Runqueues rqs, CoreWidePick pick, PoolSpec pool,
      long nowNs) {
    for (Core core : pool.topology().cores()) {
      TaskSched first = null;
      for (int cpu : core.threads().toArray()) {
        TaskSched t = rqs.rq(cpu).curr();
        if (t == null) {
          continue;
        }
        if (first != null && first.cookie() != t.cookie()) {
          throw new IllegalStateException(String.format(
              "kvm.cfs invariant broken at nowNs=%d, cpu %d, %s: cookie %d runs beside %s"
                  + " with cookie %d", nowNs, cpu, t, t.cookie(), first, first.cookie()));
        }
        first = first == null ? t : first;
      }
    }
  }
}
