package org.hvsched.kvm.cfs.balance;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.kvm.cfs.fair.Rq;
import org.hvsched.kvm.cfs.fair.Runqueues;
import org.hvsched.kvm.cfs.fair.TaskSched;
import org.hvsched.kvm.cfs.fair.Tunables;
import org.hvsched.topology.CpuSet;

/**
 * {@code load_balance()} of one CPU in one domain (6.1 {@code kernel/sched/fair.c}, reduced):
 * find the busiest group, compute the imbalance, pull tasks from the busiest CPU, else count a
 * failure and, past {@code cache_nice_tries + 2} failures of a task-count imbalance, ask for an
 * active balance.
 *
 * <p>Modelled: the early exits of {@code find_busiest_group} (a busy CPU pulls only from an
 * overloaded group; an idle one needs at least two more idle CPUs than the busiest group and two
 * tasks there), {@code calculate_imbalance} for a group with spare capacity (fill it from an
 * overloaded group above the LLC; prefer-sibling: half the task difference; else half the idle
 * difference) and for overloaded groups ({@code migrate_load} with {@code imbalance_pct} and the
 * domain average), {@code find_busiest_queue}, {@code detach_tasks} from the least recently run
 * end with {@code can_migrate_task} ({@code task_hot}: ran within the migration cost, or a cookie
 * that does not match the destination core; ignored in SMT domains and after
 * {@code cache_nice_tries} failures) and the load bound relaxed by failures, the balance
 * interval doubling up to {@code max_interval} while balanced.
 *
 * <p>Not modelled: PELT utilization ({@code migrate_util} becomes a task count), misfit and
 * asymmetric packing, NUMA imbalance allowance and NUMA balancing, the {@code CACHE_HOT_BUDDY}
 * test, {@code LBF_SOME_PINNED} retries on another CPU, {@code sched_nr_migrate} batching.
 */
public final class LoadBalancer {
  /** Idle state of the balancing CPU ({@code enum cpu_idle_type}). */
  public enum Idle { NOT_IDLE, IDLE, NEWLY_IDLE }

  private final Runqueues rqs;
  private final Tunables tunables;
  private final CookieMatch cookies;
  private final BalanceActions actions;

  /** A balancer over the pool's queues. */
  public LoadBalancer(Runqueues rqs, Tunables tunables, CookieMatch cookies,
      BalanceActions actions) {
    this.rqs = rqs;
    this.tunables = tunables;
    this.cookies = cookies;
    this.actions = actions;
  }

  /** Per-CPU, per-domain balancing state ({@code nr_balance_failed}, interval). */
  public static final class DomainState {
    int nrBalanceFailed;
    long intervalNs;
    long lastBalanceNs;

    DomainState(long intervalNs) {
      this.intervalNs = intervalNs;
    }
  }

  /** Balances {@code dstCpu} in {@code sd}; returns the number of tasks pulled. */
  public int balance(int dstCpu, SchedDomain sd, DomainState st, Idle idle) {
    GroupStats local = GroupStats.of(rqs, sd.groupOf(dstCpu));
    GroupStats busiest = null;
    long totalLoad = local.load();
    for (CpuSet g : sd.groups()) {
      if (g.contains(dstCpu)) {
        continue;
      }
      GroupStats s = GroupStats.of(rqs, g);
      totalLoad += s.load();
      if (s.nrRunning() > 0 && (busiest == null || s.busierThan(busiest))) {
        busiest = s;
      }
    }
    Imbalance imb = busiest == null ? null : imbalance(sd, idle, local, busiest, totalLoad);
    if (imb == null) {
      balanced(sd, st);
      return 0;
    }
    int src = busiestQueue(busiest.cpus(), imb);
    int moved = src < 0 ? 0 : detachAttach(src, dstCpu, sd, st, idle, imb);
    if (moved > 0) {
      st.nrBalanceFailed = 0;
      st.intervalNs = sd.minIntervalNs();
      return moved;
    }
    if (idle != Idle.NEWLY_IDLE) {
      st.nrBalanceFailed++;
    }
    if (src >= 0 && imb.byTasks && st.nrBalanceFailed > sd.cacheNiceTries() + 2) {
      TaskSched running = rqs.rq(src).curr();
      if (running != null && running.task().hardAffinity().contains(dstCpu)) {
        actions.activeBalance(src, dstCpu);
        st.nrBalanceFailed = sd.cacheNiceTries() + 1;
        st.intervalNs = sd.minIntervalNs();
        return 0;
      }
    }
    balanced(sd, st);
    return 0;
  }

  private static void balanced(SchedDomain sd, DomainState st) {
    if (st.intervalNs < sd.maxIntervalNs()) {
      st.intervalNs = Math.min(sd.maxIntervalNs(), st.intervalNs * 2);
    }
  }

  /** What to move: a number of tasks, or an amount of load. */
  private static final class Imbalance {
    final boolean byTasks;
    long amount;

    Imbalance(boolean byTasks, long amount) {
      this.byTasks = byTasks;
      this.amount = amount;
    }
  }

  private Imbalance imbalance(SchedDomain sd, Idle idle, GroupStats local, GroupStats busiest,
      long totalLoad) {
    GroupStats.Type bt = busiest.type();
    if (local.type().compareTo(bt) > 0) {
      return null;
    }
    if (bt != GroupStats.Type.OVERLOADED) {
      if (idle == Idle.NOT_IDLE) {
        return null;
      }
      if (busiest.weight() > 1 && local.idleCpus() <= busiest.idleCpus() + 1) {
        return null;
      }
      if (busiest.nrRunning() == 1) {
        return null;
      }
    }
    if (local.type() == GroupStats.Type.HAS_SPARE) {
      long n;
      boolean llcOrBelow = sd.level().equals("SMT") || sd.level().equals("MC");
      if (bt == GroupStats.Type.OVERLOADED && !llcOrBelow) {
        n = Math.max(1, local.idleCpus());
        return new Imbalance(true, n);
      } else if (busiest.weight() == 1 || sd.preferSibling()) {
        n = Math.max(0, busiest.nrRunning() - local.nrRunning());
      } else {
        n = Math.max(0, local.idleCpus() - busiest.idleCpus());
      }
      n >>= 1;
      return n > 0 ? new Imbalance(true, n) : null;
    }
    if (bt != GroupStats.Type.OVERLOADED) {
      return null;
    }
    long sdsAvg = totalLoad * 1024 / (1024L * sd.span().size());
    if (local.type() == GroupStats.Type.OVERLOADED) {
      if (local.avgLoad() >= busiest.avgLoad()
          || 100 * busiest.avgLoad() <= sd.imbalancePct() * local.avgLoad()) {
        return null;
      }
    }
    long amount = Math.min((busiest.avgLoad() - sdsAvg) * busiest.weight(),
        (sdsAvg - local.avgLoad()) * local.weight());
    return amount > 0 ? new Imbalance(false, amount) : null;
  }

  private int busiestQueue(CpuSet cpus, Imbalance imb) {
    int best = -1;
    long bestMeasure = 0;
    for (int cpu : cpus.toArray()) {
      Rq rq = rqs.rq(cpu);
      if (rq.nrRunning() == 0) {
        continue;
      }
      long measure = imb.byTasks ? rq.nrRunning() : rq.root().load();
      if (!imb.byTasks && rq.nrRunning() == 1 && measure > imb.amount) {
        continue;
      }
      if (measure > bestMeasure) {
        bestMeasure = measure;
        best = cpu;
      }
    }
    return best;
  }

  private int detachAttach(int src, int dst, SchedDomain sd, DomainState st, Idle idle,
      Imbalance imb) {
    Rq srcRq = rqs.rq(src);
    if (srcRq.nrRunning() <= 1) {
      return 0;
    }
    List<TaskSched> moved = new ArrayList<>();
    for (TaskSched p : new ArrayList<>(srcRq.tasks())) {
      if (idle != Idle.NOT_IDLE && srcRq.nrRunning() <= 1) {
        break;
      }
      if (!canMigrate(p, srcRq, dst, sd, st)) {
        continue;
      }
      if (!imb.byTasks) {
        long load = Math.max(1, rqs.hierarchicalLoad(p));
        if ((load >> Math.min(st.nrBalanceFailed, 62)) > imb.amount) {
          continue;
        }
        imb.amount -= load;
      } else {
        imb.amount--;
      }
      rqs.migrate(p, dst);
      moved.add(p);
      if (idle == Idle.NEWLY_IDLE || imb.amount <= 0) {
        break;
      }
    }
    for (TaskSched p : moved) {
      actions.attached(dst, p);
    }
    return moved.size();
  }

  private boolean canMigrate(TaskSched p, Rq src, int dst, SchedDomain sd, DomainState st) {
    if (!p.queued() || rqs.throttled(p) || !p.task().hardAffinity().contains(dst)
        || p == src.curr()) {
      return false;
    }
    return !taskHot(p, src, dst, sd) || st.nrBalanceFailed > sd.cacheNiceTries();
  }

  private boolean taskHot(TaskSched p, Rq src, int dst, SchedDomain sd) {
    if (sd.level().equals("SMT")) {
      return false;
    }
    if (!cookies.coreCookieMatch(dst, p.cookie())) {
      return true;
    }
    long ranAgo = rqs.clockTaskNs(src.cpu()) - p.se().execStartNs();
    return ranAgo < tunables.migrationCostNs();
  }
}
