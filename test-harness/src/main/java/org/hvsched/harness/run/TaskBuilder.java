package org.hvsched.harness.run;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.harness.scenario.DomainDef;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ThreadDef;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.CpuSet;

/**
 * Builds the engine's domains and tasks from a scenario: domain ids in scenario order; per
 * domain its vCPUs ({@code NAME/vcpuI}) then its extra threads ({@code NAME/THREAD}), task ids
 * dense. Linux-like ids: each VM gets a tgid (= pgid) for its QEMU process, which is also the pid
 * of its emulator thread when it has one; every other task gets its own pid, counting from
 * {@link #FIRST_PID}. Hard affinity = the domain's (or an imported per-vCPU pinning, or the
 * thread's own) intersected with the pool's CPUs in the run's view; an empty intersection is an
 * input error naming the key. Soft affinity = the domain's intersected with the task's hard
 * affinity, or the hard affinity when that is empty (no preference).
 */
final class TaskBuilder {
  /** The first pid handed out (low pids belong to the host's own processes). */
  static final int FIRST_PID = 1000;

  private final Scenario scenario;
  private final List<PlannedPool> pools;
  private final List<Domain> domains = new ArrayList<>();
  private final List<Task> tasks = new ArrayList<>();
  private int nextPid = FIRST_PID;

  TaskBuilder(Scenario scenario, List<PlannedPool> pools) {
    this.scenario = scenario;
    this.pools = pools;
  }

  /** Builds everything; call once. */
  TaskBuilder build() {
    for (DomainDef d : scenario.domains()) {
      addDomain(d);
    }
    return this;
  }

  List<Domain> domains() {
    return domains;
  }

  List<Task> tasks() {
    return tasks;
  }

  private void addDomain(DomainDef d) {
    CpuSet poolCpus = pools.stream().filter(p -> p.spec().name().equals(d.pool())).findFirst()
        .orElseThrow().spec().cpus();
    CpuSet hard = within(d.affinity(), poolCpus, d, "affinity", d.affinityLocation());
    CpuSet soft = d.softAffinity().intersect(hard);
    Domain domain = new Domain(domains.size(), d.name(), d.vcpus(), d.weight(), d.capPercent(),
        hard, soft.isEmpty() ? hard : soft, d.trust(), d.pool());
    domains.add(domain);
    int tgid = nextPid++;
    for (int i = 0; i < d.vcpus(); i++) {
      CpuSet taskHard = within(d.vcpuAffinity(i), poolCpus, d, "vcpu " + i + " affinity",
          d.affinityLocation());
      add(domain, d.name() + "/vcpu" + i, TaskKind.VCPU, i, nextPid++, tgid, taskHard, soft);
    }
    boolean emulatorSeen = false;
    for (ThreadDef t : d.threads()) {
      CpuSet taskHard = within(t.affinity().orElse(d.affinity()), poolCpus, d,
          "threads." + t.name() + ".affinity", t.location());
      boolean isMain = t.kind() == TaskKind.EMULATOR && !emulatorSeen;
      emulatorSeen |= isMain;
      add(domain, d.name() + "/" + t.name(), t.kind(), -1, isMain ? tgid : nextPid++, tgid,
          taskHard, soft);
    }
  }

  private void add(Domain domain, String name, TaskKind kind, int vcpu, int pid, int tgid,
      CpuSet hard, CpuSet domainSoft) {
    CpuSet soft = domainSoft.intersect(hard);
    tasks.add(new Task(tasks.size(), name, domain, kind, vcpu, pid, tgid, tgid, hard,
        soft.isEmpty() ? hard : soft));
  }

  private CpuSet within(CpuSet wanted, CpuSet poolCpus, DomainDef d, String what,
      Location at) {
    CpuSet s = wanted.intersect(poolCpus);
    if (s.isEmpty()) {
      throw at.error("domain " + d.name() + ": " + what + " " + wanted + " has no CPU in pool "
          + d.pool() + " (" + poolCpus + (scenarioSmtOffHint() ? ", SMT off" : "")
          + "), expected an affinity that meets the pool");
    }
    return s;
  }

  private boolean scenarioSmtOffHint() {
    return pools.stream().anyMatch(p -> p.spec().topology().threadsPerCore()
        < p.spec().hostThreadsPerCore());
  }
}
