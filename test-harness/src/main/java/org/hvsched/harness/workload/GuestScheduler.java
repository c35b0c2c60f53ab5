package org.hvsched.harness.workload;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import org.hvsched.api.Task;
import org.hvsched.core.workload.Step;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.topology.InterferenceClass;

/**
 * The guest operating system's scheduler, as far as workloads need it: guest threads (make jobs,
 * hackbench senders, request handlers) are spread over the workload's vCPUs.
 *
 * <p>Model: one global FIFO of ready guest threads plus an optional FIFO per vCPU (per-vCPU
 * request queues). A vCPU whose chunk ends takes the head of its own queue, else of the global
 * one; with nothing ready it blocks ({@link Step.Wait}) and is put on an idle list. Making a
 * thread ready wakes idle vCPUs (longest idle first) while there are more ready threads than
 * woken vCPUs. A thread runs one chunk at a time (a time slice, a message, a request) and goes
 * back to the tail of its queue if it stays runnable, so the guest round-robins at chunk
 * boundaries. A guest thread on a vCPU the hypervisor has descheduled is stuck there, as in a
 * real guest. Guest context-switch costs are not modelled.
 */
public final class GuestScheduler {

  /** A thread of the guest. */
  public interface GuestThread {
    /** Work of its next chunk, in ns at full speed (&gt; 0); asked only while it is ready. */
    long nextChunkNs();

    /** Its chunk ended at {@code nowNs}; returns whether it is still ready. */
    boolean chunkDone(long nowNs);
  }

  private final List<Task> vcpus;
  private final InterferenceClass cls;
  private final Consumer<WorkloadHost> onStart;
  private final ArrayDeque<GuestThread> global = new ArrayDeque<>();
  private final ArrayDeque<GuestThread>[] local;
  private final GuestThread[] running;
  private final boolean[] runningLocal;
  private final ArrayDeque<Integer> idle = new ArrayDeque<>();
  private final boolean[] isIdle;
  private final boolean[] woken;
  private int wokenCount;
  private WorkloadHost host;

  /**
   * @param vcpus the vCPU tasks, by index
   * @param cls interference class of every chunk
   * @param onStart runs once, at the first call of any vCPU's program (time 0)
   */
  @SuppressWarnings("unchecked")
  public GuestScheduler(List<Task> vcpus, InterferenceClass cls, Consumer<WorkloadHost> onStart) {
    this.vcpus = List.copyOf(vcpus);
    this.cls = cls;
    this.onStart = onStart;
    int n = this.vcpus.size();
    local = new ArrayDeque[n];
    for (int i = 0; i < n; i++) {
      local[i] = new ArrayDeque<>();
    }
    running = new GuestThread[n];
    runningLocal = new boolean[n];
    isIdle = new boolean[n];
    woken = new boolean[n];
  }

  /** The program of vCPU {@code index}. */
  public TaskProgram program(int index, WorkloadHost workloadHost) {
    return nowNs -> next(index, workloadHost, nowNs);
  }

  /** Makes {@code t} ready on the global queue. */
  public void submit(GuestThread t) {
    global.addLast(t);
    kick();
  }

  /** Makes {@code t} ready on vCPU {@code index}'s own queue. */
  public void submitTo(int index, GuestThread t) {
    local[index].addLast(t);
    if (isIdle[index]) {
      wake(index);
    }
  }

  /** Number of vCPUs. */
  public int size() {
    return vcpus.size();
  }

  private Step next(int v, WorkloadHost h, long nowNs) {
    if (host == null) {
      host = h;
      onStart.accept(h);
    }
    if (woken[v]) {
      woken[v] = false;
      wokenCount--;
    }
    GuestThread done = running[v];
    if (done != null) {
      running[v] = null;
      if (done.chunkDone(nowNs)) {
        (runningLocal[v] ? local[v] : global).addLast(done);
      }
    }
    GuestThread t = local[v].pollFirst();
    runningLocal[v] = t != null;
    if (t == null) {
      t = global.pollFirst();
    }
    if (t == null) {
      if (!isIdle[v]) {
        idle.addLast(v);
        isIdle[v] = true;
      }
      return Step.WAIT;
    }
    running[v] = t;
    kick();
    return new Step.Compute(t.nextChunkNs(), cls);
  }

  private void kick() {
    if (host == null) {
      return;
    }
    while (!idle.isEmpty() && global.size() > wokenCount) {
      wake(idle.peekFirst());
    }
  }

  private void wake(int v) {
    idle.remove(v);
    isIdle[v] = false;
    woken[v] = true;
    wokenCount++;
    host.wake(vcpus.get(v));
  }
}
