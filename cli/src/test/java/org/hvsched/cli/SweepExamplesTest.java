package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example sweep under scenarios/sweeps ({@code *.sweep.yaml}) plans without error (each value checked); the
 * study over VM counts, which needs the Xen and KVM policies, has a test of its own.
 */
final class SweepExamplesTest {
  @TempDir Path tmp;

  @Test
  void everyExampleSweep_plans() throws Exception {
    Path dir = SweepScaleOutTest.root().resolve("scenarios/sweeps");
    List<Path> sweeps;
    try (Stream<Path> s = Files.list(dir)) {
      sweeps = s.filter(p -> p.toString().endsWith(".sweep.yaml")).sorted().toList();
    }
    assertThat(sweeps).extracting(p -> p.getFileName().toString())
        .contains("tiny.sweep.yaml", "smt-vms.sweep.yaml", "speedup.sweep.yaml");
    for (Path sweep : sweeps) {
      if (sweep.getFileName().toString().equals("smt-vms.sweep.yaml")) {
        continue;
      }
      CliRun r = CliRun.of("sweep", "plan", sweep.toString(), "-o",
          tmp.resolve(sweep.getFileName() + ".plan").toString());
      assertThat(r.status()).as("%s: %s", sweep, r.err()).isZero();
    }
  }

  @Test
  void studyOverVmCounts_plansTheSixConfigurations() {
    Set<String> ids = Policies.all().stream().map(PolicyProvider::id)
        .collect(Collectors.toSet());
    assumeTrue(ids.containsAll(Set.of("xen.credit2", "kvm.cfs")), "smt-vms.sweep.yaml runs"
        + " xen.credit2 and kvm.cfs, not on this classpath yet (found " + ids + ")");
    Path plan = tmp.resolve("smt-vms.plan");
    CliRun r = CliRun.of("sweep", "plan", SweepScaleOutTest.root()
        .resolve("scenarios/sweeps/smt-vms.sweep.yaml").toString(), "-o", plan.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("108 runs (108 distinct) over 6 points");
  }
}
