package org.hvsched.kvm.cfs;

import java.util.LinkedHashSet;
import java.util.Set;
import org.hvsched.api.PolicyContext;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskSched;

/**
 * Tells the host which runnable tasks a throttled group holds back
 * ({@link PolicyContext#setParked}, accounted as {@code parkedNs}), after any event that may
 * have throttled or released a queue.
 */
final class Parking {
  private final Set<TaskSched> parked = new LinkedHashSet<>();
  private boolean dirty;

  /** Something may have changed. */
  void changed() {
    dirty = true;
  }

  /** Reports the tasks whose parked state changed since the last sync. */
  void sync(Runqueues rqs, PolicyContext ctx) {
    if (!dirty) {
      return;
    }
    dirty = false;
    for (TaskSched ts : rqs.tasks()) {
      boolean now = ts.queued() && rqs.throttled(ts);
      if (now == parked.contains(ts)) {
        continue;
      }
      if (now) {
        parked.add(ts);
      } else {
        parked.remove(ts);
      }
      ctx.setParked(ts.task(), now);
      if (ctx.tracing()) {
        ctx.note(ts.cpu(), (now ? "cpu.max throttled " : "cpu.max released ") + ts);
      }
    }
  }
}
