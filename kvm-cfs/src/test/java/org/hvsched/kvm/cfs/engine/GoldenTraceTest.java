package org.hvsched.kvm.cfs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.core.trace.Traces;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden ftrace traces of small canonical scenarios (a two-vCPU hog VM and a one-vCPU
 * sleep-run VM on one SMT core, 30 ms), without and with cookies, for both fair classes: any change of behaviour shows as a
 * readable diff. {@code -Dhvsched.golden.update=true} rewrites the files and fails the run so a
 * rewrite is never silent.
 */
final class GoldenTraceTest {
  private static final String SCENARIO = """
      name: golden-%2$s
      topology: 1x1x2
      duration: 30ms
      seed: 1
      policy: {id: %1$s, settings: {coreSched: %2$s}}
      domains:
        - {name: vm1, vcpus: 2, workload: {type: cpu-bound}}
        - {name: vm2, vcpus: 1, workload: {type: sleep-run, run: 3ms, sleep: 1ms}}
      """;

  @ParameterizedTest(name = "{0} coreSched {1}")
  @CsvSource({"kvm.cfs, none", "kvm.cfs, vcpus", "kvm.eevdf, none", "kvm.eevdf, vcpus"})
  void smallScenario_traceMatchesGolden(String policy, String coreSched, @TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("trace.txt");
    TraceSink sink = Traces.ftrace(out);
    try {
      Runs.run(SCENARIO.formatted(policy, coreSched), sink);
    } finally {
      sink.close();
    }
    String actual = Files.readString(out);
    Path golden = Runs.resources().resolve("golden")
        .resolve(policy.replace('.', '-') + "-" + coreSched + ".txt");
    if (Boolean.getBoolean("hvsched.golden.update")) {
      Files.writeString(golden, actual);
      fail("rewrote " + golden + "; rerun without -Dhvsched.golden.update");
    }
    assertThat(golden).as("golden file (create with -Dhvsched.golden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }
}
