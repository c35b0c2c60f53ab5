package org.hvsched.harness.tck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.hvsched.api.Task;
import org.hvsched.core.ThreadState;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.topology.Topology;

/**
 * SHA-256 of a canonical text of every {@link TraceSink} call of a run (one line per call, tasks
 * by id, times in ns): two runs with equal hashes produced the same event stream.
 */
public final class TraceHasher implements TraceSink {
  private final MessageDigest digest;
  private final StringBuilder line = new StringBuilder(96);
  private long calls;

  /** A hasher with an empty digest. */
  public TraceHasher() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  @Override
  public void begin(Topology topology, List<Task> tasks) {
    start("begin").append(topology.online()).append(' ').append(topology.smt());
    for (Task t : tasks) {
      line.append(' ').append(t.id()).append('=').append(t.name());
    }
    emit();
  }

  @Override
  public void threadState(long nowNs, int cpu, ThreadState state, Task task, String trust) {
    start("state").append(nowNs).append(' ').append(cpu).append(' ').append(state.id())
        .append(' ').append(id(task)).append(' ').append(trust);
    emit();
  }

  @Override
  public void sched_switch(long nowNs, int cpu, Task prev, boolean prevRunnable, Task next) {
    start("switch").append(nowNs).append(' ').append(cpu).append(' ').append(id(prev))
        .append(prevRunnable ? " R " : " S ").append(id(next));
    emit();
  }

  @Override
  public void sched_waking(long nowNs, Task task, int cpu) {
    start("waking").append(nowNs).append(' ').append(id(task)).append(' ').append(cpu);
    emit();
  }

  @Override
  public void sched_wakeup(long nowNs, Task task, int targetCpu) {
    start("wakeup").append(nowNs).append(' ').append(id(task)).append(' ').append(targetCpu);
    emit();
  }

  @Override
  public void sched_migrate_task(long nowNs, Task task, int origCpu, int destCpu) {
    start("migrate").append(nowNs).append(' ').append(id(task)).append(' ').append(origCpu)
        .append(' ').append(destCpu);
    emit();
  }

  @Override
  public void counter(long nowNs, String series, long value) {
    start("counter").append(nowNs).append(' ').append(series).append(' ').append(value);
    emit();
  }

  @Override
  public void note(long nowNs, int cpu, String what) {
    start("note").append(nowNs).append(' ').append(cpu).append(' ').append(what);
    emit();
  }

  @Override
  public void end(long endNs) {
    start("end").append(endNs);
    emit();
  }

  /** Number of calls hashed. */
  public long calls() {
    return calls;
  }

  /** The hash so far, in hex (the digest is not reset). */
  public String hex() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests can be cloned on every JVM", e);
    }
  }

  private StringBuilder start(String what) {
    line.setLength(0);
    return line.append(what).append(' ');
  }

  private void emit() {
    line.append('\n');
    digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
    calls++;
  }

  private static String id(Task t) {
    return t == null ? "-" : Integer.toString(t.id());
  }
}
