package org.hvsched.harness.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.core.random.Durations;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.Pipe;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.topology.InterferenceClass;

/**
 * {@code hackbench}: groups of message-passing senders and receivers, built from {@code pipe}.
 * Primary metric {@code makespan} (ns, lower is better). Class {@code mixed}.
 */
final class Hackbench {
  private Hackbench() {}

  static final Profile PROFILE = new Profile("hackbench",
      "Groups of senders and receivers passing messages (pipe), hackbench's defaults;"
          + " result: completion time.",
      InterferenceClass.MIXED, "makespan", "ns", false,
      List.of(new ParamDoc("groups", "10", "number of groups (hackbench -g)"),
          new ParamDoc("pairs", "20", "senders and receivers per group (hackbench -f)"),
          new ParamDoc("messages", "100", "messages per sender and receiver (hackbench -l)"),
          new ParamDoc("work", "2us", "work to write, and again to read, one message")),
      "groups 10, 20 fds and 100 loops are hackbench's own defaults (rt-tests hackbench.c);"
          + " 2 us per write and per read makes 10 groups (400,000 messages) about 0.2 s on 8"
          + " threads at full speed, the order of hackbench's default run on a current desktop.",
      Hackbench::build);

  private static WorkloadSpec build(MapReader r, WorkloadCommon common) {
    int groups = (int) ProfileParams.integer(r, "groups", 1, 10_000, 10);
    int pairs = (int) ProfileParams.integer(r, "pairs", 1, 1_000, 20);
    int messages = (int) ProfileParams.integer(r, "messages", 1, 1_000_000, 100);
    long work = ProfileParams.duration(r, "work", 2_000L);
    Pipe inner = new Pipe(common, groups, pairs, messages, work);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("groups", (long) groups);
    params.put("pairs", (long) pairs);
    params.put("messages", (long) messages);
    params.put("work", Durations.format(work));
    return new ProfileWorkload(PROFILE, common, params, inner::start, (res, stats) -> res);
  }
}
