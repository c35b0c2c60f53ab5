package org.hvsched.core.trace;

import java.nio.file.Path;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.topology.Topology;

/**
 * Streams a run as Linux ftrace text in the tracefs {@code trace} file layout with the TGID
 * column: {@code sched_switch}, {@code sched_waking}, {@code sched_wakeup} and
 * {@code sched_migrate_task}, in the kernel's own {@code key=value} formats, which
 * ui.perfetto.dev opens and kernel engineers' scripts read (formats.md 3a).
 *
 * <p>Mapping: CPU = host logical CPU; one pid per task ({@link Task#pid()}), TGID = its VM
 * ({@link Task#tgid()}); {@code comm} = the task's name cut to 15 bytes as the kernel does; idle
 * is pid 0, {@code <idle>} in the line prefix and {@code swapper/N} in fields, with an unknown
 * TGID. Every task has {@code prio=120}. The flags column is always written: {@code d..2.} for
 * switches and migrations, {@code d..2.}/{@code d..3.} for a wakeup from a CPU and
 * {@code d.h2.}/{@code d.h3.} (hardirq) for a wakeup by a timer. The line of a wakeup is on the
 * waker's CPU (a timer's on the task's last CPU); a migration's on the waker's CPU during a
 * wakeup, else on the CPU it leaves. Timestamps are seconds with microsecond digits, truncated
 * from simulated ns as the kernel does.
 *
 * <p>Memory is bounded by the number of CPUs and tasks: a few per-CPU and per-task arrays and
 * one line buffer. Events must arrive in non-decreasing time.
 */
public final class FtraceWriter implements TraceSink {
  private static final String SWITCH_FLAGS = "d..2.";

  private final FtraceFile file;
  private final FtraceLines lines = new FtraceLines();
  private HostLayout host;
  private TaskTable tasks;
  private Task[] current;
  private long entries;
  private long lastNs;

  private FtraceWriter(FtraceFile file) {
    this.file = file;
  }

  /** Creates (or truncates) {@code path} for writing. */
  public static FtraceWriter open(Path path) {
    return new FtraceWriter(FtraceFile.create(path));
  }

  /** The file written. */
  public Path path() {
    return file.path();
  }

  /** Events written so far. */
  public long entries() {
    return entries;
  }

  @Override
  public void begin(Topology topology, List<Task> allTasks) {
    host = HostLayout.of(topology);
    tasks = new TaskTable(allTasks);
    current = new Task[host.cpuSlots()];
    file.header(host.onlineCpus());
  }

  @Override
  public void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {
    started(nowNs);
    host.checkCpu(cpu);
    prefix(prev, cpu, SWITCH_FLAGS, nowNs, "sched_switch")
        .field("prev_comm", commOf(prev, cpu)).field("prev_pid", pidOf(prev))
        .field("prev_prio", FtraceLines.NICE0_PRIO)
        .field("prev_state", prev == null || prevRunnable ? "R" : "S")
        .token("==>")
        .field("next_comm", commOf(next, cpu)).field("next_pid", pidOf(next))
        .field("next_prio", FtraceLines.NICE0_PRIO);
    emit();
    current[cpu] = next;
    if (next != null) {
      tasks.ranOn(next, cpu);
    }
  }

  @Override
  public void sched_waking(long nowNs, Task task, int cpu) {
    started(nowNs);
    boolean irq = cpu < 0;
    int lineCpu = irq ? tasks.targetCpu(task) : host.checkCpu(cpu);
    tasks.waking(task, lineCpu, irq);
    prefix(current[lineCpu], lineCpu, irq ? "d.h2." : "d..2.", nowNs, "sched_waking");
    wakeFields(task, tasks.targetCpu(task));
  }

  @Override
  public void sched_wakeup(long nowNs, Task task, int targetCpu) {
    started(nowNs);
    int target = targetCpu >= 0 ? host.checkCpu(targetCpu) : tasks.targetCpu(task);
    int waker = tasks.wakerCpu(task);
    int lineCpu = waker >= 0 ? waker : target;
    String flags = waker >= 0 && tasks.wokenByIrq(task) ? "d.h3." : "d..3.";
    tasks.woken(task);
    prefix(current[lineCpu], lineCpu, flags, nowNs, "sched_wakeup");
    wakeFields(task, target);
  }

  @Override
  public void sched_migrate_task(long nowNs, Task task, int origCpu, int destCpu) {
    started(nowNs);
    host.checkCpu(destCpu);
    int waker = tasks.wakerCpu(task);
    int lineCpu = waker >= 0 ? waker : origCpu >= 0 ? host.checkCpu(origCpu) : destCpu;
    prefix(current[lineCpu], lineCpu, SWITCH_FLAGS, nowNs, "sched_migrate_task")
        .field("comm", tasks.comm(task)).field("pid", task.pid())
        .field("prio", FtraceLines.NICE0_PRIO)
        .field("orig_cpu", origCpu).field("dest_cpu", destCpu);
    emit();
    tasks.movedTo(task, destCpu);
  }

  @Override
  public void end(long endNs) {
    started(endNs);
  }

  /** Flushes, writes the final entry count into the header and closes the file. */
  @Override
  public void close() {
    file.close(entries);
  }

  private void wakeFields(Task task, int targetCpu) {
    lines.field("comm", tasks.comm(task)).field("pid", task.pid())
        .field("prio", FtraceLines.NICE0_PRIO).field3("target_cpu", targetCpu);
    emit();
  }

  private FtraceLines prefix(Task onCpu, int cpu, String flags, long nowNs, String event) {
    if (onCpu == null) {
      return lines.start(FtraceLines.IDLE_LINE_COMM, 0, -1, cpu, flags, nowNs, event);
    }
    return lines.start(tasks.comm(onCpu), onCpu.pid(), onCpu.tgid(), cpu, flags, nowNs, event);
  }

  private String commOf(Task task, int cpu) {
    return task == null ? FtraceLines.swapper(cpu) : tasks.comm(task);
  }

  private static int pidOf(Task task) {
    return task == null ? 0 : task.pid();
  }

  private void emit() {
    file.write(lines.end());
    entries++;
  }

  private void started(long nowNs) {
    if (host == null) {
      throw new IllegalStateException("trace event before begin(): " + file.path());
    }
    if (nowNs < lastNs) {
      throw new IllegalArgumentException("trace events out of time order: " + nowNs
          + " ns after " + lastNs + " ns (" + file.path() + ")");
    }
    lastNs = nowNs;
  }
}
