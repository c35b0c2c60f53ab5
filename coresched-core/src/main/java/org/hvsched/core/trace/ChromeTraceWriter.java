package org.hvsched.core.trace;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.topology.Topology;

/**
 * Streams a run as Chrome trace-event JSON, which ui.perfetto.dev and chrome://tracing open
 * (formats.md 3b). Tracks:
 * <ul>
 *   <li>one process per VM (pid = the VM's tgid) with a thread per task (tid = the task's pid),
 *       carrying an {@code X} slice named {@code cpu N} (args: {@code cpu}) while the task runs;
 *   <li>a {@code host} process with a thread per logical CPU, siblings of a core next to each
 *       other ({@code core C cpu N}), carrying the CPU's thread state as slices (the task's name
 *       in guest state, {@code host}, {@code forcedIdle}, {@code reservedIdle}, {@code idle}),
 *       {@code forced idle core C} counters (threads of the core in forced idle), and the
 *       policy's notes as instant events on the CPU's track;
 *   <li>a {@code policy counters} process with one counter per {@link #counter} series.
 * </ul>
 * With {@code embedFtrace} the same ftrace text as {@link FtraceWriter} is embedded as
 * {@code systemTraceEvents} (Perfetto then also shows CPU scheduling and wakeups); it is spooled
 * to a temporary file next to the output while the run goes on, so memory stays bounded by the
 * number of CPUs and tasks.
 */
public final class ChromeTraceWriter implements TraceSink {
  private final ChromeEvents out;
  private final Path spool;
  private final FtraceWriter ftrace;
  private HostLayout host;
  private ChromeIds ids;
  private CpuStateTracks cpuStates;
  private Task[] running;
  private long[] runStartNs;
  private boolean policyNamed;
  private long lastNs;
  private boolean finished;
  private boolean closed;

  private ChromeTraceWriter(ChromeEvents out, Path spool, FtraceWriter ftrace) {
    this.out = out;
    this.spool = spool;
    this.ftrace = ftrace;
  }

  /** Creates (or truncates) {@code path}; gzip when its name ends in {@code .gz}. */
  public static ChromeTraceWriter open(Path path, boolean embedFtrace) {
    ChromeEvents events = ChromeEvents.create(path);
    if (!embedFtrace) {
      return new ChromeTraceWriter(events, null, null);
    }
    Path spool = null;
    try {
      Path dir = path.toAbsolutePath().getParent();
      spool = Files.createTempFile(dir, "." + path.getFileName() + ".", ".ftrace.tmp");
      spool.toFile().deleteOnExit();
      return new ChromeTraceWriter(events, spool, FtraceWriter.open(spool));
    } catch (IOException | RuntimeException e) {
      events.abandon();
      if (spool != null) {
        spool.toFile().delete();
      }
      throw e instanceof IOException io ? Traces.failure(path, io) : (RuntimeException) e;
    }
  }

  /** The file written. */
  public Path path() {
    return out.path();
  }

  @Override
  public void begin(Topology topology, List<Task> tasks) {
    host = HostLayout.of(topology);
    ids = ChromeIds.of(tasks, host.cpuSlots());
    running = new Task[host.cpuSlots()];
    runStartNs = new long[host.cpuSlots()];
    describeTasks(tasks);
    cpuStates = new CpuStateTracks(out, host, ids);
    cpuStates.describe();
    if (ftrace != null) {
      ftrace.begin(topology, tasks);
    }
  }

  @Override
  public void threadState(long nowNs, int cpu, ThreadState state, Task task, String trust) {
    at(nowNs);
    cpuStates.change(nowNs, cpu, state, task, trust);
  }

  @Override
  public void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {
    at(nowNs);
    host.checkCpu(cpu);
    endRun(cpu, nowNs);
    running[cpu] = next;
    runStartNs[cpu] = nowNs;
    if (ftrace != null) {
      ftrace.sched_switch(nowNs, cpu, prev, prevRunnable, next);
    }
  }

  @Override
  public void sched_waking(long nowNs, Task task, int cpu) {
    at(nowNs);
    if (ftrace != null) {
      ftrace.sched_waking(nowNs, task, cpu);
    }
  }

  @Override
  public void sched_wakeup(long nowNs, Task task, int targetCpu) {
    at(nowNs);
    if (ftrace != null) {
      ftrace.sched_wakeup(nowNs, task, targetCpu);
    }
  }

  @Override
  public void sched_migrate_task(long nowNs, Task task, int origCpu, int destCpu) {
    at(nowNs);
    if (ftrace != null) {
      ftrace.sched_migrate_task(nowNs, task, origCpu, destCpu);
    }
  }

  @Override
  public void counter(long nowNs, String series, long value) {
    at(nowNs);
    if (!policyNamed) {
      policyNamed = true;
      out.name("process_name", ids.policyPid(), ids.policyPid(), "policy counters");
      out.sortIndex("process_sort_index", ids.policyPid(), ids.policyPid(), -2);
    }
    out.counter(ids.policyPid(), nowNs, series, "value", value);
  }

  @Override
  public void note(long nowNs, int cpu, String what) {
    at(nowNs);
    if (cpu >= 0) {
      out.instant(ids.hostPid(), ids.cpuTid(host.checkCpu(cpu)), nowNs, what, "t");
    } else {
      out.instant(ids.hostPid(), ids.hostPid(), nowNs, what, "p");
    }
  }

  /** Ends every open slice at {@code endNs}; a second call is ignored. */
  @Override
  public void end(long endNs) {
    if (finished) {
      return;
    }
    at(endNs);
    finishSlices(endNs);
    if (ftrace != null) {
      ftrace.end(endNs);
    }
  }

  /** Ends open slices (at the last event's time if {@link #end} was not called), closes. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (host != null) {
        finishSlices(lastNs);
      }
      if (ftrace == null) {
        out.finish(null);
        return;
      }
      ftrace.close();
      try (Reader text = Files.newBufferedReader(spool, UTF_8)) {
        out.finish(text);
      }
    } catch (IOException e) {
      throw Traces.failure(spool, e);
    } catch (RuntimeException e) {
      out.abandon();
      throw e;
    } finally {
      deleteSpool();
    }
  }

  private void describeTasks(List<Task> tasks) {
    TreeSet<Integer> named = new TreeSet<>();
    for (Task t : tasks) {
      if (named.add(t.tgid())) {
        out.name("process_name", t.tgid(), t.tgid(), t.domain().name());
        out.sortIndex("process_sort_index", t.tgid(), t.tgid(), t.domain().id());
      }
      out.name("thread_name", t.tgid(), t.pid(), t.name());
      out.sortIndex("thread_sort_index", t.tgid(), t.pid(), t.id());
    }
  }

  private void endRun(int cpu, long nowNs) {
    Task task = running[cpu];
    if (task == null || nowNs <= runStartNs[cpu]) {
      return;
    }
    out.slice(task.tgid(), task.pid(), runStartNs[cpu], nowNs - runStartNs[cpu], "cpu " + cpu,
        "run");
    out.arg("cpu", cpu);
    out.endArgs();
  }

  private void finishSlices(long endNs) {
    if (finished) {
      return;
    }
    finished = true;
    for (int cpu = 0; cpu < running.length; cpu++) {
      endRun(cpu, endNs);
      running[cpu] = null;
    }
    cpuStates.finish(endNs);
  }

  private void at(long nowNs) {
    if (host == null) {
      throw new IllegalStateException("trace event before begin(): " + out.path());
    }
    if (finished) {
      throw new IllegalStateException("trace event after end(): " + out.path());
    }
    lastNs = Math.max(lastNs, nowNs);
  }

  private void deleteSpool() {
    if (spool != null) {
      try {
        Files.deleteIfExists(spool);
      } catch (IOException e) {
        spool.toFile().deleteOnExit();
      }
    }
  }
}
