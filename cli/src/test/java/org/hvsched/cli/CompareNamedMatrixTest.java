package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Path;
import java.util.List;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.junit.jupiter.api.Test;

/**
 * The six named configurations on a bundled study scenario, with the real policies: every
 * family gets its verdicts, the core-scheduling rows claim isolation and show none. Skipped,
 * saying why, while {@code xen.credit2} or {@code kvm.cfs} is not on the class path.
 */
final class CompareNamedMatrixTest {

  @Test
  void studyScenario_sixNamedConfigurations_verdictsAndIsolation() {
    List<String> ids = Policies.all().stream().map(PolicyProvider::id).toList();
    if (!ids.contains("xen.credit2") || !ids.contains("kvm.cfs")) {
      abort("SKIPPED: needs the providers xen.credit2 and kvm.cfs; found " + ids);
    }
    Path scenario = Path.of("..", "scenarios", "study", "1x4x2", "kernbench-overcommit.yaml");
    CliRun run = CliRun.of("compare", scenario.toString(), "--seeds", "2", "--jobs", "2");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("6 configurations x 2 seeds")
        .contains("verdicts (summarising vm1):")
        .containsPattern("  xen-smt-on is the baseline, with [0-9.]+ [mun]?s of cross-VM"
            + " exposure per run\n")
        .contains("  kvm-smt-on is the baseline, with ")
        .containsPattern("  xen-core is .*xen-smt-on and .*xen-smt-off, with zero cross-VM"
            + " exposure\n")
        .containsPattern("  kvm-coresched is .*kvm-smt-on and .*kvm-smt-off, with zero"
            + " cross-VM exposure\n")
        .containsPattern("xen-core +\\S+ ms \\+- \\S+ \\S+ +\\S+ +core ")
        .containsPattern("kvm-coresched +\\S+ ms \\+- \\S+ \\S+ +\\S+ +core ");
  }
}
