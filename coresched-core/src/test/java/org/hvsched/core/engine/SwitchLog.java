package org.hvsched.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.core.trace.TraceSink;

/** Records switches and thread states as lines, for exact expectations in tests. */
final class SwitchLog implements TraceSink {
  final List<String> switches = new ArrayList<>();
  final List<String> states = new ArrayList<>();

  @Override
  public void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {
    switches.add(nowNs + " cpu" + cpu + " " + name(prev) + (prevRunnable ? " R" : " S") + " -> "
        + name(next));
  }

  @Override
  public void threadState(long nowNs, int cpu, ThreadState state, Task task, String trust) {
    states.add(nowNs + " cpu" + cpu + " " + state.id() + (task == null ? "" : " " + task));
  }

  private static String name(Task t) {
    return t == null ? "idle" : t.toString();
  }
}
