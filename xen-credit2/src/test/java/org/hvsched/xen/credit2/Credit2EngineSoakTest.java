package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/**
 * Random scenarios through the real engine (switch, IPI and rendezvous costs, host interrupts,
 * SMT on and off), validating invariants after every event: the engine's checks (affinity, one
 * CPU per task, never a blocked task) and credit2's own; isolating runs must show no exposure.
 */
final class Credit2EngineSoakTest {
  private static final String[] HOSTS = {"1x2x2", "2x2x2", "1x4x2,numbering=xen", "2x3x2"};
  private static final String[] WORKLOADS = {"{type: cpu-bound}",
      "{type: sleep-run, run: exp(400us), sleep: exp(600us)}",
      "{type: request-response, rate: 3000/s, service: exp(100us)}",
      "{type: barrier, phase: exp(300us)}",
      "{type: periodic, period: 2ms, burst: exp(300us)}"};

  @Test
  void randomScenarios_runCleanly() {
    long seed = Long.getLong("hvsched.seed", System.identityHashCode(this));
    int iterations = Integer.getInteger("hvsched.fuzz.iterations", 8);
    System.out.println("Credit2EngineSoakTest seed=" + seed + " (-Dhvsched.seed=" + seed
        + " replays)");
    Random rnd = new Random(seed);
    for (int i = 0; i < iterations; i++) {
      String yaml = scenario(rnd);
      RunResult r;
      try {
        r = ScenarioRunner.run(ScenarioParser.parse(yaml, "soak.yaml", Path.of(".")),
            RunOverrides.none().withValidate(true));
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " case " + i + ":\n" + yaml, e);
      }
      if (!r.isolation().claim().equals("none")) {
        assertThat(r.isolation().guestGuestNs()).as("seed %d case %d:%n%s", seed, i, yaml)
            .isZero();
      }
    }
  }

  private static String scenario(Random r) {
    String gran = new String[] {"cpu", "core", "socket"}[r.nextInt(3)];
    StringBuilder y = new StringBuilder();
    y.append("name: soak\ntopology: ").append(HOSTS[r.nextInt(HOSTS.length)]).append('\n');
    y.append("smt: ").append(r.nextInt(4) == 0 ? "off" : "on").append('\n');
    y.append("duration: 200ms\nseed: ").append(r.nextInt(1000)).append('\n');
    y.append("host: {interruptRate: ").append(r.nextBoolean() ? "0/s" : "2000/s").append("}\n");
    y.append("policy: {id: xen.credit2, settings: {schedGran: ").append(gran)
        .append(", runqueue: ").append(new String[] {"cpu", "core", "socket", "all"}[r.nextInt(4)])
        .append(", ratelimitUs: ").append(r.nextBoolean() ? 1000 : 0).append("}}\n");
    y.append("domains:\n");
    int n = 1 + r.nextInt(4);
    for (int d = 0; d < n; d++) {
      y.append("  - {name: vm").append(d).append(", vcpus: ").append(1 + r.nextInt(4))
          .append(", weight: ").append(128 << r.nextInt(3));
      if (r.nextInt(4) == 0) {
        y.append(", cap: ").append(20 + r.nextInt(60));
      }
      y.append(", workload: ").append(WORKLOADS[r.nextInt(WORKLOADS.length)]).append("}\n");
    }
    return y.toString();
  }
}
