package org.hvsched.harness.workload;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.hvsched.topology.CpuSet;
import org.hvsched.topology.InterferenceClass;

/**
 * The keys every workload takes.
 *
 * @param cls SMT interference class of its work ({@code class:}; each type documents its default)
 * @param vcpus the vCPU indices it runs on ({@code vcpus:}, default all of the domain's; {0} for
 *     an extra VM thread)
 * @param thread true when it drives an extra VM thread rather than vCPUs
 */
public record WorkloadCommon(InterferenceClass cls, CpuSet vcpus, boolean thread) {
  public WorkloadCommon {
    requireNonNull(cls, "cls");
    requireNonNull(vcpus, "vcpus");
    checkArgument(!vcpus.isEmpty(), "a workload needs at least one vCPU");
  }

  /** Every one of {@code n} vCPUs, class {@code cls}. */
  public static WorkloadCommon all(InterferenceClass cls, int n) {
    return new WorkloadCommon(cls, CpuSet.range(0, n - 1), false);
  }

  /** Number of tasks the workload drives. */
  public int active() {
    return vcpus.size();
  }

  /** Adds {@code class} and (for domains) {@code vcpus} to a resolved rendering. */
  public void render(Map<String, Object> out) {
    out.put("class", cls.id());
    if (!thread) {
      out.put("vcpus", vcpus.toString());
    }
  }

  /** Whether vCPU {@code index} runs this workload. */
  public boolean runsOn(int index) {
    return vcpus.contains(index);
  }
}
