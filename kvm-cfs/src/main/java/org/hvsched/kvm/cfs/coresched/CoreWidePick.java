package org.hvsched.kvm.cfs.coresched;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.PolicyContext;
import org.hvsched.kvm.cfs.balance.SchedDomains;
import org.hvsched.kvm.cfs.fair.CorePriority;
import org.hvsched.kvm.cfs.fair.Rq;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskSched;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.Topology;

/**
 * {@code pick_next_task()} with core scheduling enabled, as rewritten in 5.15 (two passes;
 * forced-idle accounting as after commit 4feee7d12603): the picking CPU selects for every
 * sibling of its core.
 *
 * <ol>
 *   <li>Put the previous task back; the core's cookie is reset; a forced-idle core is accounted
 *       and remembered ({@code fi_before}).
 *   <li>Fast path: no cookie on the core and none forced idle: pick this CPU's best task; if
 *       untagged run it, siblings untouched.
 *   <li>Pass 1: every sibling's best task ({@code pick_task}, running one included); the
 *       highest priority ({@code prio_less}, ties to this CPU) sets the core cookie.
 *   <li>Pass 2: a sibling whose best task lacks that cookie runs its best task with the cookie
 *       ({@code sched_core_find}) or idles; idling with runnable tasks is forced idle.
 *   <li>Snapshots for the cross-sibling comparison refresh unless the core stays forced idle;
 *       each pick records the core's occupation; changed siblings get a remote assignment.
 *   <li>This CPU forced idle: steal a task with the core's cookie ({@link CookieSteal}) and
 *       select again.
 * </ol>
 *
 * <p>Deviations: the picking CPU applies every sibling's pick at once in its own view (the host
 * carries the assignment out after the IPI latency, so the sibling's old task keeps running until
 * then); upstream stores the pick in {@code rq->core_pick} and the sibling takes it when it
 * reschedules, or selects again if tasks were queued or dequeued meanwhile. A sibling that stays
 * idle but changes between idle and forced idle is named too, so the host accounts its state.
 */
public final class CoreWidePick {
  private final Runqueues rqs;
  private final CoreState[] coreByCpu;
  private final ForceIdleAccounting accounting;
  private final CookieSteal steal;

  /** Core state for every core of {@code topology} (the pool's view). */
  public CoreWidePick(Runqueues rqs, Topology topology, SchedDomains domains,
      PolicyContext ctx) {
    this.rqs = rqs;
    this.coreByCpu = new CoreState[topology.online().last() + 1];
    for (int cpu : topology.online().toArray()) {
      if (coreByCpu[cpu] == null) {
        CoreState core = new CoreState(topology.siblingsOf(cpu));
        for (int s : core.cpus.toArray()) {
          coreByCpu[s] = core;
        }
      }
    }
    this.accounting = new ForceIdleAccounting(rqs, ctx);
    this.steal = new CookieSteal(rqs, domains);
  }

  /** The shared state of {@code cpu}'s core. */
  public CoreState coreOf(int cpu) {
    return coreByCpu[cpu];
  }

  /** The forced-idle accounting (the tick calls it too). */
  public ForceIdleAccounting accounting() {
    return accounting;
  }

  /**
   * Selects for {@code cpu}'s core; every CPU whose occupant changed is returned, {@code cpu}
   * always. The run queues' {@code curr}/{@code forcedIdle} hold the new picks.
   */
  public Outcome pick(int cpu, long nowNs) {
    Outcome first = select(cpu, nowNs);
    CoreState core = coreByCpu[cpu];
    if (rqs.rq(cpu).forcedIdle() && core.coreCookie != 0
        && steal.balance(cpu, core.coreCookie)) {
      Outcome again = select(cpu, nowNs);
      List<Integer> changed = new ArrayList<>(first.changedCpus());
      for (int c : again.changedCpus()) {
        if (!changed.contains(c)) {
          changed.add(c);
        }
      }
      return new Outcome(changed, "core-pick: stole a task, then "
          + again.reason().substring("core-pick: ".length()));
    }
    return first;
  }

  private Outcome select(int cpu, long nowNs) {
    Rq rq = rqs.rq(cpu);
    CoreState core = coreByCpu[cpu];
    rqs.switchTo(rq, null, false);
    boolean needSync = core.coreCookie != 0;
    core.coreCookie = 0;
    boolean fiBefore = false;
    if (core.forceidleCount > 0) {
      accounting.account(core, nowNs);
      core.forceidleStartNs = -1;
      core.forceidleCount = 0;
      core.forceidleOccupation = 0;
      needSync = true;
      fiBefore = true;
    }
    core.taskSeq++;
    if (!needSync) {
      TaskSched next = rqs.pickTask(rq);
      if (next == null || next.cookie() == 0) {
        CorePriority.taskVruntimeUpdate(next, core.forceidleSeq, false);
        rqs.switchTo(rq, next, false);
        return new Outcome(List.of(cpu), next == null ? "core-pick: idle"
            : "core-pick: untagged, siblings untouched");
      }
    }
    int[] sibs = wrapFrom(core.cpus, cpu);
    TaskSched[] picks = new TaskSched[sibs.length];
    TaskSched max = null;
    int maxIndex = -1;
    for (int k = 0; k < sibs.length; k++) {
      picks[k] = rqs.pickTask(rqs.rq(sibs[k]));
      if (maxIndex < 0 || (picks[k] != null
          && CorePriority.prioLess(max, picks[k], core.forceidleSeq, fiBefore))) {
        max = picks[k];
        maxIndex = k;
      }
    }
    long cookie = max == null ? 0 : max.cookie();
    core.coreCookie = cookie;
    int occ = secondPass(core, sibs, picks, cookie, fiBefore);
    if (core.forceidleCount > 0) {
      core.forceidleStartNs = nowNs;
      core.forceidleOccupation = occ;
    }
    core.pickSeq = core.taskSeq;
    return apply(core, cpu, sibs, picks, occ, fiBefore);
  }

  private int secondPass(CoreState core, int[] sibs, TaskSched[] picks, long cookie,
      boolean fiBefore) {
    int occ = 0;
    for (int k = 0; k < sibs.length; k++) {
      TaskSched p = picks[k];
      long pc = p == null ? 0 : p.cookie();
      if (pc != cookie) {
        p = cookie != 0 ? CorePriority.find(rqs.rq(sibs[k]), cookie) : null;
      }
      picks[k] = p;
      if (p == null) {
        if (rqs.rq(sibs[k]).nrRunning() > 0) {
          core.forceidleCount++;
          if (!fiBefore) {
            core.forceidleSeq++;
          }
        }
      } else {
        occ++;
      }
    }
    return occ;
  }

  private Outcome apply(CoreState core, int cpu, int[] sibs, TaskSched[] picks, int occ,
      boolean fiBefore) {
    boolean fi = core.forceidleCount > 0;
    List<Integer> changed = new ArrayList<>();
    for (int k = 0; k < sibs.length; k++) {
      Rq rqi = rqs.rq(sibs[k]);
      TaskSched p = picks[k];
      if (!(fiBefore && fi)) {
        CorePriority.taskVruntimeUpdate(p, core.forceidleSeq, fi);
      }
      if (p != null) {
        rqs.setCoreOccupation(p, occ);
      } else {
        rqs.setIdleCoreOccupation(rqi, occ);
      }
      boolean forced = p == null && rqi.nrRunning() > 0;
      if (sibs[k] == cpu || rqi.curr() != p || rqi.forcedIdle() != forced) {
        changed.add(sibs[k]);
      }
      rqs.switchTo(rqi, p, forced);
    }
    String reason;
    if (core.coreCookie == 0) {
      reason = fi ? "core-pick: untagged max, tagged siblings forced idle"
          : "core-pick: untagged";
    } else if (rqs.rq(cpu).forcedIdle()) {
      reason = "core-pick: forced idle, cookie " + core.coreCookie;
    } else {
      reason = "core-pick: cookie " + core.coreCookie + (fi ? ", sibling forced idle" : "");
    }
    return new Outcome(changed, reason);
  }

  private static int[] wrapFrom(CpuSet cpus, int cpu) {
    int[] all = cpus.toArray();
    int[] out = new int[all.length];
    int start = 0;
    while (all[start] != cpu) {
      start++;
    }
    for (int k = 0; k < all.length; k++) {
      out[k] = all[(start + k) % all.length];
    }
    return out;
  }

  /**
   * The result of a selection.
   *
   * @param changedCpus CPUs whose occupant changed, the picking CPU first
   * @param reason the rule that decided, for traces
   */
  public record Outcome(List<Integer> changedCpus, String reason) {
    public Outcome {
      changedCpus = List.copyOf(changedCpus);
    }
  }
}
