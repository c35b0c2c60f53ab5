package org.hvsched.harness.workload;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.topology.InterferenceClass;

/**
 * A building block of the profiles {@code cpu-hog} and {@code stream}: {@code threads} busy
 * guest threads spread over the workload's vCPUs by the guest's scheduler
 * ({@link GuestScheduler}), each running {@code duty} percent of every {@code period} (aligned at
 * time 0) and sleeping the rest. A thread runs in chunks of at most {@link #GUEST_SLICE_NS}, the
 * guest's time slice, so more threads than vCPUs share them round robin. No randomness. Result:
 * {@code work} (ns, higher is better).
 */
public final class Hogs implements WorkloadRun {
  /**
   * The guest's time slice: Linux EEVDF's base slice on an 8-CPU guest, 0.75 ms x (1 + log2 8)
   * = 3 ms ({@code sysctl_sched_base_slice}, scaled logarithmically by CPU count).
   */
  public static final long GUEST_SLICE_NS = 3_000_000L;

  private final WorkloadEnv env;
  private final int threads;
  private final long runPerPeriodNs;
  private final long periodNs;
  private final GuestScheduler guest;

  /**
   * @param env where it runs
   * @param cls class of the work
   * @param threads number of busy guest threads (&gt;= 1)
   * @param dutyPercent share of each period a thread runs, in (0, 100]
   * @param periodNs the duty period (&gt; 0)
   */
  public Hogs(WorkloadEnv env, InterferenceClass cls, int threads, double dutyPercent,
      long periodNs) {
    checkArgument(threads >= 1, "threads must be >= 1: %s", threads);
    checkArgument(dutyPercent > 0 && dutyPercent <= 100, "duty must be in (0, 100]: %s",
        dutyPercent);
    checkArgument(periodNs > 0, "period must be > 0: %s", periodNs);
    this.env = env;
    this.threads = threads;
    this.periodNs = periodNs;
    this.runPerPeriodNs = Math.max(1, Math.round(periodNs * dutyPercent / 100));
    this.guest = new GuestScheduler(env.tasks(), cls, this::begin);
  }

  private void begin(WorkloadHost host) {
    for (int i = 0; i < threads; i++) {
      guest.submit(runPerPeriodNs >= periodNs ? new Busy() : new Duty(host));
    }
  }

  @Override
  public TaskProgram program(Task task, WorkloadHost host) {
    return guest.program(env.indexOf(task), host);
  }

  @Override
  public WorkloadResult result(WorkloadStats stats) {
    return WorkloadResult.of(List.of(Metric.higherNs("work", stats.workNs())));
  }

  private static final class Busy implements GuestScheduler.GuestThread {
    @Override
    public long nextChunkNs() {
      return GUEST_SLICE_NS;
    }

    @Override
    public boolean chunkDone(long nowNs) {
      return true;
    }
  }

  private final class Duty implements GuestScheduler.GuestThread {
    private final WorkloadHost host;
    private long leftNs = runPerPeriodNs;
    private long chunkNs;

    Duty(WorkloadHost host) {
      this.host = host;
    }

    @Override
    public long nextChunkNs() {
      chunkNs = Math.min(GUEST_SLICE_NS, leftNs);
      return chunkNs;
    }

    @Override
    public boolean chunkDone(long nowNs) {
      leftNs -= chunkNs;
      if (leftNs > 0) {
        return true;
      }
      leftNs = runPerPeriodNs;
      long nextPeriod = (nowNs / periodNs + 1) * periodNs;
      host.at(nextPeriod, () -> guest.submit(this));
      return false;
    }
  }
}
