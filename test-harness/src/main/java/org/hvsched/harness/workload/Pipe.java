package org.hvsched.harness.workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.hvsched.api.Task;
import org.hvsched.core.random.Durations;
import org.hvsched.core.workload.TaskProgram;
import org.hvsched.core.workload.WorkloadHost;
import org.hvsched.harness.yaml.Values;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code pipe}: message passing as hackbench does it. Each of {@code groups} groups has
 * {@code pairs} senders and {@code pairs} receivers (hackbench's {@code num_fds}, 20); every
 * sender writes {@code messages} messages (hackbench's {@code loops}, 100) to every receiver of
 * its group, round robin, and each receiver reads {@code pairs x messages} messages. Writing and
 * reading a message each cost {@code work}. Senders and receivers are guest threads spread over
 * the workload's vCPUs by the guest's scheduler ({@link GuestScheduler}); a receiver with no
 * message waiting sleeps and is woken by the next write to it. Pipes are unbounded (with the
 * default sizes a hackbench pipe never fills: 100 messages of 100 bytes per pair fit its 64 KiB
 * buffer). The run starts at the beginning of the measured window. Default class {@code mixed}.
 * No randomness.
 *
 * <p>Primary metric {@code makespan} (first write to last read, ns, lower is better); also
 * {@code messages}. Unfinished at the end of the run: {@link UnfinishedWorkloadException}.
 *
 * @param common class and vcpus
 * @param groups number of groups, default 1
 * @param pairs senders (and receivers) per group, default 20
 * @param messages messages from each sender to each receiver of its group, default 100
 * @param workNs work to write, and again to read, one message; default 2us
 */
public record Pipe(WorkloadCommon common, int groups, int pairs, int messages, long workNs)
    implements WorkloadSpec {

  /** The type. */
  public static final WorkloadType TYPE = new WorkloadType("pipe",
      "Groups of senders and receivers exchanging messages through pipes, as hackbench does;"
          + " result: the makespan.",
      InterferenceClass.MIXED, "makespan", "ns",
      List.of(new ParamDoc("groups", "1", "number of groups"),
          new ParamDoc("pairs", "20", "senders and receivers per group"),
          new ParamDoc("messages", "100", "messages from each sender to each receiver"),
          new ParamDoc("work", "2us", "work to write, and again to read, one message")),
      (r, common) -> new Pipe(common,
          r.get("groups").map(n -> Values.intIn(n, r.path("groups"), 1, 10_000)).orElse(1),
          r.get("pairs").map(n -> Values.intIn(n, r.path("pairs"), 1, 1_000)).orElse(20),
          r.get("messages").map(n -> Values.intIn(n, r.path("messages"), 1, 1_000_000))
              .orElse(100),
          r.get("work").map(n -> Values.positiveDurationNs(n, r.path("work"))).orElse(2_000L)));

  @Override
  public String name() {
    return TYPE.id();
  }

  @Override
  public Map<String, Object> resolved() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", name());
    out.put("groups", (long) groups);
    out.put("pairs", (long) pairs);
    out.put("messages", (long) messages);
    out.put("work", Durations.format(workNs));
    common.render(out);
    return out;
  }

  /** Messages in the whole run. */
  public long totalMessages() {
    return (long) groups * pairs * pairs * messages;
  }

  @Override
  public boolean makespan() {
    return true;
  }

  @Override
  public WorkloadRun start(WorkloadEnv env) {
    return new Run(env);
  }

  private final class Run implements WorkloadRun {
    private final WorkloadEnv env;
    private final GuestScheduler guest;
    private long startNs = -1;
    private long read;
    private long endNs = -1;

    Run(WorkloadEnv env) {
      this.env = env;
      this.guest = new GuestScheduler(env.tasks(), common.cls(), this::begin);
    }

    private void begin(WorkloadHost host) {
      host.at(env.warmupNs(), () -> {
        startNs = host.nowNs();
        for (int g = 0; g < groups; g++) {
          Receiver[] receivers = new Receiver[pairs];
          for (int i = 0; i < pairs; i++) {
            receivers[i] = new Receiver();
          }
          for (int i = 0; i < pairs; i++) {
            guest.submit(new Sender(receivers));
          }
        }
      });
    }

    @Override
    public TaskProgram program(Task task, WorkloadHost host) {
      return guest.program(env.indexOf(task), host);
    }

    @Override
    public WorkloadResult result(WorkloadStats stats) {
      if (endNs < 0) {
        throw new UnfinishedWorkloadException(env.owner(), String.format(
            "pipe did not finish (%d of %d messages read by %s); raise duration", read,
            totalMessages(), Durations.format(env.endNs())));
      }
      long makespan = endNs - startNs;
      return new WorkloadResult(List.of(Metric.lowerNs("makespan", makespan),
          new Metric("messages", totalMessages(), "", true)), Optional.empty(),
          OptionalLong.of(makespan));
    }

    private final class Sender implements GuestScheduler.GuestThread {
      private final Receiver[] receivers;
      private long sent;

      Sender(Receiver[] receivers) {
        this.receivers = receivers;
      }

      @Override
      public long nextChunkNs() {
        return workNs;
      }

      @Override
      public boolean chunkDone(long nowNs) {
        receivers[(int) (sent % pairs)].deliver();
        sent++;
        return sent < (long) pairs * messages;
      }
    }

    private final class Receiver implements GuestScheduler.GuestThread {
      private long pending;
      private boolean ready;

      void deliver() {
        pending++;
        if (!ready) {
          ready = true;
          guest.submit(this);
        }
      }

      @Override
      public long nextChunkNs() {
        return workNs;
      }

      @Override
      public boolean chunkDone(long nowNs) {
        pending--;
        read++;
        if (read == totalMessages()) {
          endNs = nowNs;
        }
        ready = pending > 0;
        return ready;
      }
    }
  }
}
