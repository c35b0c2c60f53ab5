package org.hvsched.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.core.stats.IsolationReport;
import org.hvsched.core.stats.IsolationViolation;
import org.hvsched.core.stats.PairExposure;

/**
 * The isolation auditor: per core, integrates the time during which two sibling threads were in
 * guest state with different trust domains (guest/guest) and in guest state next to host state
 * (guest/host), with windows, the longest window, a breakdown by trust-domain pair, and the part
 * spent while one side was leaving after a remote reschedule ({@code transitionNs}). It reads
 * only thread states and trust domains, never a policy's mechanism.
 *
 * <p>Forced idle is charged here too, because it is integrated over the same core intervals: a
 * thread in forced idle charges the tasks running in guest state on its siblings (Linux charges
 * {@code core_forceidle_sum} to the tasks that ran beside the idle sibling).
 */
final class Auditor {
  private final Window window;
  private final boolean[] claimedCore;
  private long guestGuestNs;
  private long transitionNs;
  private long guestHostNs;
  private long windows;
  private long longestWindowNs;
  private long violatingNs;
  private IsolationViolation first;
  /** Trust domain names by index, and each task's index. */
  private final String[] trusts;
  private final int[] trustOfTask;
  /** Guest/guest time and windows by trust pair (a * trusts + b, a before b by name). */
  private final Map<Long, long[]> byPair = new HashMap<>();
  private final boolean[] ggOpen;
  private final long[] ggSince;

  Auditor(Window window, boolean[] claimedCore, List<Task> tasks) {
    this.window = window;
    this.claimedCore = claimedCore;
    this.ggOpen = new boolean[claimedCore.length];
    this.ggSince = new long[claimedCore.length];
    Map<String, Integer> index = new TreeMap<>();
    for (Task t : tasks) {
      index.putIfAbsent(t.trust(), index.size());
    }
    this.trusts = new String[index.size()];
    index.forEach((name, i) -> trusts[i] = name);
    this.trustOfTask = new int[tasks.size()];
    for (Task t : tasks) {
      trustOfTask[t.id()] = index.get(t.trust());
    }
  }

  /** Integrates {@code core} from its last audit to {@code nowNs} with the current states. */
  void advance(CoreRt core, long nowNs) {
    long from = core.auditedToNs;
    core.auditedToNs = nowNs;
    if (nowNs <= from) {
      return;
    }
    long measured = window.clip(from, nowNs);
    CpuRt[] t = core.threads;
    boolean gg = false;
    boolean ggOutside = false;
    boolean gh = false;
    CpuRt va = null;
    CpuRt vb = null;
    for (int i = 0; i < t.length; i++) {
      for (int j = i + 1; j < t.length; j++) {
        if (guestGuest(t[i], t[j])) {
          gg = true;
          boolean transition = t[i].leaving || t[j].leaving;
          if (!transition && va == null) {
            va = t[i];
            vb = t[j];
          }
          ggOutside |= !transition;
          pair(t[i], t[j])[0] += measured;
        } else if (guestHost(t[i], t[j]) || guestHost(t[j], t[i])) {
          gh = true;
        }
      }
      chargeForcedIdle(t, i, from, nowNs);
    }
    if (gg) {
      guestGuestNs += measured;
      if (!ggOutside) {
        transitionNs += measured;
      }
    }
    if (gh) {
      guestHostNs += measured;
    }
    if (ggOutside && claimedCore[core.index]) {
      violatingNs += nowNs - from;
      if (first == null) {
        first = new IsolationViolation(from, va.id, vb.id, trust(va), trust(vb), 0);
      }
    }
  }

  /** Opens and closes windows after a state change on {@code core}. */
  void afterChange(CoreRt core, long nowNs) {
    CpuRt[] t = core.threads;
    int n = t.length;
    boolean any = false;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        boolean open = guestGuest(t[i], t[j]);
        int k = i * n + j;
        if (open && !core.pairOpen[k]) {
          pair(t[i], t[j])[1]++;
        }
        core.pairOpen[k] = open;
        if (open) {
          any = true;
        }
      }
    }
    int c = core.index;
    if (any && !ggOpen[c]) {
      ggOpen[c] = true;
      ggSince[c] = nowNs;
      if (nowNs >= window.fromNs() && nowNs < window.toNs()) {
        windows++;
      }
    } else if (!any && ggOpen[c]) {
      ggOpen[c] = false;
      longestWindowNs = Math.max(longestWindowNs, window.clip(ggSince[c], nowNs));
    }
  }

  /** Closes open windows at the end of the run. */
  void finish(List<CoreRt> cores, long endNs) {
    for (CoreRt core : cores) {
      advance(core, endNs);
      if (ggOpen[core.index]) {
        longestWindowNs = Math.max(longestWindowNs, window.clip(ggSince[core.index], endNs));
        ggOpen[core.index] = false;
      }
    }
  }

  /** The first violation so far, with the total violating time. */
  Optional<IsolationViolation> violation() {
    if (first == null) {
      return Optional.empty();
    }
    return Optional.of(new IsolationViolation(first.atNs(), first.cpuA(), first.cpuB(),
        first.trustA(), first.trustB(), violatingNs));
  }

  IsolationReport report(String claim) {
    List<PairExposure> pairs = new ArrayList<>();
    long n = trusts.length;
    for (Map.Entry<Long, long[]> e : byPair.entrySet()) {
      long[] v = e.getValue();
      if (v[0] > 0 || v[1] > 0) {
        pairs.add(new PairExposure(trusts[(int) (e.getKey() / n)],
            trusts[(int) (e.getKey() % n)], v[0], v[1]));
      }
    }
    pairs.sort(java.util.Comparator.comparing(p -> p.a() + "\u0000" + p.b()));
    return new IsolationReport(claim, guestGuestNs, transitionNs, guestHostNs, windows,
        longestWindowNs, List.copyOf(pairs), violatingNs > 0 ? violation() : Optional.empty());
  }

  private void chargeForcedIdle(CpuRt[] t, int i, long from, long to) {
    if (t[i].state != ThreadState.FORCED_IDLE) {
      return;
    }
    long measured = window.clip(from, to);
    if (measured == 0) {
      return;
    }
    int guests = 0;
    for (CpuRt s : t) {
      if (s != t[i] && s.state == ThreadState.GUEST) {
        guests++;
      }
    }
    for (CpuRt s : t) {
      if (s != t[i] && s.state == ThreadState.GUEST) {
        TaskRt task = Engine.loadedTask(s);
        if (task != null) {
          task.forcedIdleNs += (double) measured / guests;
        }
      }
    }
  }

  private static boolean guestGuest(CpuRt a, CpuRt b) {
    return a.state == ThreadState.GUEST && b.state == ThreadState.GUEST
        && !trust(a).equals(trust(b));
  }

  private static boolean guestHost(CpuRt a, CpuRt b) {
    return a.state == ThreadState.GUEST && b.state == ThreadState.HOST;
  }

  private static String trust(CpuRt c) {
    TaskRt t = Engine.loadedTask(c);
    return t == null ? "" : t.task.trust();
  }

  /** The index of the pair of trust domains of {@code x} and {@code y} (name order). */
  private long[] pair(CpuRt x, CpuRt y) {
    long a = trustOfTask[Engine.loadedTask(x).id];
    long b = trustOfTask[Engine.loadedTask(y).id];
    long n = trusts.length;
    long key = trusts[(int) a].compareTo(trusts[(int) b]) <= 0 ? a * n + b : b * n + a;
    return byPair.computeIfAbsent(key, k -> new long[2]);
  }
}
