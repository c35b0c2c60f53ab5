package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** A scenario's {@code policy.commandLine} turns Xen boot options into credit2 settings. */
final class CommandLineScenarioTest {
  private static Scenario parse(String policy) {
    String text = "name: boot\ntopology: 1x2x2\nduration: 10ms\npolicy: " + policy + "\n"
        + "domains:\n  - {name: a, vcpus: 2, workload: {type: cpu-bound}}\n";
    return ScenarioParser.parse(text, "boot.yaml", Path.of("."));
  }

  @Test
  void commandLine_schedulingOptions_becomeSettings() {
    Scenario s = parse("{id: xen.credit2, commandLine: \"console=com1 sched=credit2"
        + " sched-gran=core sched_ratelimit_us=500\"}");
    assertThat(s.policy().orElseThrow().settings())
        .containsEntry("schedGran", "core").containsEntry("ratelimitUs", "500");
  }

  @Test
  void commandLine_otherScheduler_isAnErrorNamingTheKey() {
    assertThatThrownBy(() -> parse("{id: xen.credit2, commandLine: \"sched=credit\"}"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("boot.yaml:4:")
        .hasMessageContaining("policy.commandLine")
        .hasMessageContaining("sched=credit");
  }

  @Test
  void commandLine_policyWithoutOne_isAnError() {
    assertThatThrownBy(() -> parse("{id: basic.rr, commandLine: \"sched-gran=core\"}"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("reads no hypervisor command line");
  }
}
