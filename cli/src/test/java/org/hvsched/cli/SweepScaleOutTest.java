package org.hvsched.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented sweep (scenarios/sweeps/tiny.sweep.yaml) run as a Slurm job array with a dependent
 * merge job on a real one-node cluster, and as shards under GNU parallel, merges to the same
 * bytes as the plan run whole in one process (docs/scale-out.md). As root, missing Slurm,
 * munge and parallel packages are installed with apt-get; elsewhere the tests are skipped,
 * saying why.
 */
final class SweepScaleOutTest {
  private static final int SHARDS = 3;
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(4);

  @TempDir static Path tmp;

  private static Path plan;
  private static Path whole;

  @BeforeAll
  static void planAndRunWhole() throws IOException {
    plan = tmp.resolve("tiny.plan");
    whole = tmp.resolve("whole");
    ok(CliRun.of("sweep", "plan", root().resolve("scenarios/sweeps/tiny.sweep.yaml").toString(),
        "-o", plan.toString()));
    ok(CliRun.of("sweep", "run", plan.toString(), "-o", whole.toString(), "--jobs", "2"));
    ok(CliRun.of("sweep", "merge", whole.toString()));
    assertThat(Files.readString(whole.resolve("merged.json"))).contains("\"complete\" : true");
  }

  @Test
  void slurmJobArray_thenDependentMerge_mergedBytesEqualWholeRun() throws Exception {
    assumeTrue(Commands.isRoot(), "not root: this test installs Slurm and munge when missing"
        + " and starts munged, slurmctld and slurmd, which needs root");
    Optional<String> missing = Commands.ensureInstalled(Map.of("sbatch", "slurm-wlm",
        "slurmctld", "slurm-wlm", "slurmd", "slurm-wlm", "sinfo", "slurm-wlm",
        "munged", "munge"));
    assertThat(missing).as("Slurm and munge installed").isEmpty();
    Path clusterDir = Files.createTempDirectory("hvsched-slurm");
    Path out = tmp.resolve("slurm");
    try (SlurmCluster cluster = SlurmCluster.start(clusterDir)) {
      Map<String, String> env = new HashMap<>(cluster.env());
      env.put("HVSCHED", Commands.hvsched());
      Path scripts = root().resolve("scenarios/sweeps");
      Commands.Result array = Commands.run(List.of(SlurmCluster.exe("sbatch"), "--parsable",
          "--array=0-" + (SHARDS - 1), "--cpus-per-task=1",
          "--output=" + clusterDir.resolve("sweep-%A_%a.out"),
          scripts.resolve("sweep.sbatch").toString(), plan.toString(), out.toString()),
          env, root(), Duration.ofSeconds(60));
      assertThat(array.status()).as("sbatch of the array\n%s\n%s", array.describe(),
          cluster.logs()).isZero();
      String job = array.out().strip().split(";")[0];
      Commands.Result merge = Commands.run(List.of(SlurmCluster.exe("sbatch"), "--wait",
          "--dependency=afterok:" + job, "--output=" + clusterDir.resolve("merge-%j.out"),
          scripts.resolve("merge.sbatch").toString(), out.toString()), env, root(),
          JOB_TIMEOUT);
      String jobLogs = jobLogs(clusterDir);
      assertThat(merge.status()).as("the merge job after the array\n%s\n%s\n%s",
          merge.describe(), jobLogs, cluster.logs()).isZero();
      for (int i = 0; i < SHARDS; i++) {
        assertThat(jobLogs).contains("shard " + i + "/" + SHARDS + ":");
      }
    } finally {
      deleteTree(clusterDir);
    }
    assertSameMerge(out);
  }

  @Test
  void gnuParallelShards_mergedBytesEqualWholeRun() throws Exception {
    if (Commands.onPath("parallel").isEmpty()) {
      assumeTrue(Commands.isRoot(), "GNU parallel is not installed and this is not root, so"
          + " the test cannot install Debian's parallel package");
    }
    assertThat(Commands.ensureInstalled(Map.of("parallel", "parallel"))).isEmpty();
    Commands.Result version = Commands.run(List.of("parallel", "--version"), Map.of(), tmp,
        Duration.ofSeconds(30));
    assumeTrue(version.out().contains("GNU parallel"), "'parallel' on PATH is not GNU parallel"
        + " (moreutils?): " + version.out().lines().findFirst().orElse(""));
    Path out = tmp.resolve("parallel");
    List<String> cmd = new ArrayList<>(List.of("parallel", "--will-cite", "-S", ":", "-j",
        String.valueOf(SHARDS), "--halt", "now,fail=1"));
    cmd.addAll(List.of(Commands.hvsched().split(" ")));
    cmd.addAll(List.of("sweep", "run", plan.toString(), "-o", out.toString(), "--jobs", "1",
        "--shard", "{}/" + SHARDS, ":::"));
    for (int i = 0; i < SHARDS; i++) {
      cmd.add(String.valueOf(i));
    }
    Commands.Result r = Commands.run(cmd, Map.of(), tmp, JOB_TIMEOUT);
    assertThat(r.status()).as(r.describe()).isZero();
    for (int i = 0; i < SHARDS; i++) {
      assertThat(r.out()).contains("shard " + i + "/" + SHARDS + ":");
    }
    ok(CliRun.of("sweep", "merge", out.toString()));
    assertSameMerge(out);
  }

  private static void assertSameMerge(Path out) throws IOException {
    for (String name : List.of("merged.json", "merged.csv")) {
      assertThat(Files.readString(out.resolve(name))).as(name)
          .isEqualTo(Files.readString(whole.resolve(name)));
      assertThat(Files.mismatch(out.resolve(name), whole.resolve(name))).as(name).isEqualTo(-1);
    }
  }

  private static String jobLogs(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("(sweep|merge)-.*"))
          .sorted().toList()) {
        sb.append("== ").append(f.getFileName()).append('\n').append(Files.readString(f));
      }
    }
    return sb.toString();
  }

  private static void ok(CliRun r) {
    assertThat(r.status()).as("exit status\nstdout: %s\nstderr: %s", r.out(), r.err()).isZero();
  }

  /** The repository root (surefire's hvsched.root, else the cli module's parent). */
  static Path root() {
    String prop = System.getProperty("hvsched.root");
    return prop != null ? Path.of(prop).toAbsolutePath().normalize()
        : Path.of("").toAbsolutePath().getParent();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
