package org.hvsched.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays the {@code sched_switch} events of a parsed ftrace: asserts that every switch's
 * {@code prev} is what that CPU last switched to (idle before the first switch), that the line's
 * task is {@code prev}, and that timestamps never go back; sums each pid's running time up to
 * {@code endNs}.
 */
final class SwitchAudit {
  /** Running time and number of running intervals of one pid. */
  record Usage(long runNs, int intervals) {}

  private SwitchAudit() {}

  static Map<Integer, Usage> audit(List<FtraceParser.Event> events, long endNs) {
    Map<Integer, Integer> onCpu = new TreeMap<>();
    Map<Integer, Long> since = new TreeMap<>();
    Map<Integer, Usage> usage = new TreeMap<>();
    long lastNs = 0;
    for (FtraceParser.Event e : events) {
      assertThat(e.tsNs()).as("timestamps sorted").isGreaterThanOrEqualTo(lastNs);
      lastNs = e.tsNs();
      if (!e.event().equals("sched_switch")) {
        continue;
      }
      int prev = e.intArg("prev_pid");
      int current = onCpu.getOrDefault(e.cpu(), 0);
      assertThat(prev).as("prev_pid on cpu %d at %d ns", e.cpu(), e.tsNs()).isEqualTo(current);
      assertThat(e.pid()).as("line task is prev").isEqualTo(prev);
      if (prev != 0) {
        add(usage, prev, e.tsNs() - since.get(e.cpu()));
      } else {
        assertThat(e.args().get("prev_comm")).isEqualTo("swapper/" + e.cpu());
        assertThat(e.comm()).isEqualTo("<idle>");
        assertThat(e.tgid()).isEqualTo(-1);
      }
      onCpu.put(e.cpu(), e.intArg("next_pid"));
      since.put(e.cpu(), e.tsNs());
    }
    for (Map.Entry<Integer, Integer> cpu : onCpu.entrySet()) {
      if (cpu.getValue() != 0) {
        add(usage, cpu.getValue(), endNs / 1000 * 1000 - since.get(cpu.getKey()));
      }
    }
    return usage;
  }

  private static void add(Map<Integer, Usage> usage, int pid, long ns) {
    Usage u = usage.getOrDefault(pid, new Usage(0, 0));
    usage.put(pid, new Usage(u.runNs() + ns, u.intervals() + 1));
  }
}
