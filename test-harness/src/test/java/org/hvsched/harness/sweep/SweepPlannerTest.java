package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep plans into the cross product of its axes x configurations x seeds, in a fixed order,
 * with content ids; bad axes are errors at their place in the sweep file, and nothing is
 * written.
 */
final class SweepPlannerTest {
  @TempDir Path tmp;

  @Test
  void tinySweep_crossProductInOrder() throws Exception {
    List<JsonNode> lines = plan(SweepFixtures.SWEEP);
    assertThat(lines).hasSize(24);
    List<String> order = new ArrayList<>();
    for (JsonNode l : lines) {
      order.add(l.path("axes").path("vms").asText() + "," + l.path("axes")
          .path("host.interruptRate").asText() + "," + l.path("config").path("name").asText()
          + "," + l.path("seed").asText());
    }
    assertThat(order.subList(0, 9)).containsExactly("1,0/s,rr,5", "1,0/s,rr,6", "1,0/s,gang,5",
        "1,0/s,gang,6", "1,2000/s,rr,5", "1,2000/s,rr,6", "1,2000/s,gang,5", "1,2000/s,gang,6",
        "2,0/s,rr,5");
    assertThat(lines.get(23).path("scenario").path("domains")).hasSize(3);
    assertThat(lines.get(23).path("scenario").path("domains").get(2).path("name").asText())
        .isEqualTo("vm1-2");
    assertThat(lines.get(0).path("scenario").has("configs")).isFalse();
    assertThat(lines.get(0).path("scenario").has("seed")).isFalse();
    assertThat(lines.get(0).path("dir").asText()).isEqualTo(".");
    assertThat(lines.get(0).path("config").path("baseline").asText()).isEqualTo("rr");
  }

  @Test
  void samePlanTwice_sameBytes_idsFromContent() throws Exception {
    Path sweep = SweepFixtures.write(tmp, SweepFixtures.SWEEP);
    SweepPlanner.plan(sweep, tmp.resolve("a.jsonl"), SweepFixtures.TOOL);
    Files.writeString(tmp.resolve("tiny.yaml"), reordered());
    SweepPlanner.plan(sweep, tmp.resolve("b.jsonl"), SweepFixtures.TOOL);
    assertThat(Files.mismatch(tmp.resolve("a.jsonl"), tmp.resolve("b.jsonl"))).isEqualTo(-1);
    for (String text : Files.readAllLines(tmp.resolve("a.jsonl"))) {
      PlanLine line = PlanLine.parse(text, "a.jsonl", 1);
      assertThat(line.id()).hasSize(16).isEqualTo(line.contentId());
      assertThat(line.text()).isEqualTo(text);
    }
  }

  @Test
  void equalRunsOfTwoPoints_shareTheirId() throws Exception {
    Path sweep = SweepFixtures.write(tmp, "scenario: tiny.yaml\nseeds: 2\naxes: {seed: [5, 6]}\n");
    SweepPlanner.Summary s = SweepPlanner.plan(sweep, tmp.resolve("p.jsonl"), SweepFixtures.TOOL);
    assertThat(s.runs()).isEqualTo(8);
    assertThat(s.distinct()).isEqualTo(6);
  }

  @Test
  void axesOverSettingsConfigsAndSeeds_applied() throws Exception {
    List<JsonNode> lines = plan(String.join("\n", "scenario: tiny.yaml",
        "axes:", "  policy.settings.sliceUs: [500, 2000]", "  configs: [rr, [gang]]",
        "  seeds: [1, 2]", ""));
    assertThat(lines).hasSize(2 * (1 + 3 + 2 + 6) / 2 + 6);
    assertThat(lines.get(0).path("scenario").path("policy").path("settings").path("sliceUs")
        .asInt()).isEqualTo(500);
    List<String> configs = lines.stream().filter(l -> l.path("axes").path("policy.settings"
        + ".sliceUs").asInt() == 500).map(l -> l.path("config").path("name").asText()
        + l.path("seed").asText()).toList();
    assertThat(configs).containsExactly("rr5", "rr5", "rr6", "rr5", "gang5", "rr5", "rr6",
        "gang5", "gang6");
    assertThat(lines.get(0).path("config").path("settings").toString())
        .isEqualTo("{\"sliceUs\":\"500\"}");
    assertThat(lines.get(4).path("config").path("name").asText()).isEqualTo("gang");
    assertThat(lines.get(4).path("config").path("settings").toString()).isEqualTo("{}");
  }

  @Test
  void settingOfAPolicyNoConfigurationRuns_isAnError() {
    Path sweep = SweepFixtures.write(tmp, String.join("\n", "scenario: tiny.yaml",
        "configs: [{name: g, policy: {id: basic.gang}}]", "axes:",
        "  policy.settings.sliceUs: [500]", ""));
    assertThatThrownBy(() -> SweepPlanner.plan(sweep, tmp.resolve("p.jsonl"),
        SweepFixtures.TOOL)).isInstanceOf(InputException.class)
        .hasMessage(sweep + ":4:29: axis policy.settings.sliceUs = 500: no configuration of"
            + " this point runs the scenario's policy basic.rr (configurations: g), so"
            + " policy.settings.sliceUs would change nothing; expected a configuration with"
            + " policy basic.rr or an axis on a pool's or a custom configuration's policy");
  }

  @Test
  void indexPastTheDomains_errorNamesTheAxis_nothingWritten() {
    Path sweep = SweepFixtures.write(tmp, "scenario: tiny.yaml\naxes:\n  domains[3].vcpus: [1]\n");
    assertThatThrownBy(() -> SweepPlanner.plan(sweep, tmp.resolve("p.jsonl"),
        SweepFixtures.TOOL)).isInstanceOf(InputException.class)
        .hasMessage(sweep + ":3:3: axis domains[3].vcpus: the scenario has 2 domains,"
            + " expected an index from 0 to 1");
    assertThat(tmp.resolve("p.jsonl")).doesNotExist();
  }

  @Test
  void badValue_errorAtTheValueNamingTheAxis() {
    Path sweep = SweepFixtures.write(tmp,
        "scenario: tiny.yaml\naxes:\n  domains[1].vcpus: [2, 0]\n");
    assertThatThrownBy(() -> SweepPlanner.plan(sweep, tmp.resolve("p.jsonl"),
        SweepFixtures.TOOL)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(sweep + ":3:25: axis domains[1].vcpus = 0: domains[1].vcpus");
    assertThat(tmp.resolve("p.jsonl")).doesNotExist();
  }

  @Test
  void badSetting_foundWhenPlanning() {
    Path sweep = SweepFixtures.write(tmp,
        "scenario: tiny.yaml\naxes:\n  policy.settings.sliceUs: [1000, -5]\n");
    assertThatThrownBy(() -> SweepPlanner.plan(sweep, tmp.resolve("p.jsonl"),
        SweepFixtures.TOOL)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(sweep + ":3:35: axis policy.settings.sliceUs = -5: ");
  }

  @Test
  void valuesFineAloneButNotTogether_errorNamesThePoint() {
    Path sweep = SweepFixtures.write(tmp,
        "scenario: tiny.yaml\naxes:\n  vms: [1, 2]\n  domains[1].vcpus: [3]\n");
    assertThatThrownBy(() -> SweepPlanner.plan(sweep, tmp.resolve("p.jsonl"),
        SweepFixtures.TOOL)).isInstanceOf(InputException.class)
        .hasMessage(sweep + ":4:3: axes vms = 1, domains[1].vcpus = 3: axis domains[1].vcpus:"
            + " the scenario has 1 domains, expected an index from 0 to 0");
  }

  @Test
  void sweepFileMistakes_reportedWithPosition() {
    for (String[] c : new String[][] {
        {"scenario: tiny.yaml\nseed: 3\n", ":2:1: scenario: unknown key 'seed'"},
        {"scenario: nope.yaml\n", ":1:11: scenario: no such file 'nope.yaml'"},
        {"scenario: tiny.yaml\naxes: {vms: []}\n", ":2:13: axes.vms"},
        {"scenario: tiny.yaml\naxes: {'domains..x': [1]}\n", ":2:8: axes.domains..x"},
        {"scenario: tiny.yaml\nseeds: 2\naxes: {seeds: [1]}\n", ":3:8: axes.seeds: seeds are"
            + " also given"},
        {"scenario: tiny.yaml\naxes: {vms: [0]}\n", ":2:14: axes.vms"},
        {"scenario: tiny.yaml\naxes: {'configs[0]': [rr]}\n", ":2:8: axes.configs[0]"}}) {
      Path sweep = SweepFixtures.write(tmp, c[0]);
      assertThatThrownBy(() -> SweepPlanner.plan(sweep, tmp.resolve("p.jsonl"),
          SweepFixtures.TOOL)).as(c[0]).isInstanceOf(InputException.class)
          .hasMessageStartingWith(sweep + c[1]);
    }
  }

  private List<JsonNode> plan(String sweepText) throws Exception {
    Path sweep = SweepFixtures.write(tmp, sweepText);
    Path plan = tmp.resolve("plan.jsonl");
    SweepPlanner.plan(sweep, plan, SweepFixtures.TOOL);
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(plan)) {
      out.add(CanonicalJson.MAPPER.readTree(line));
    }
    return out;
  }

  /** The tiny scenario with its keys in another order. */
  private static String reordered() {
    List<String> lines = new ArrayList<>(List.of(SweepFixtures.SCENARIO.split("\n")));
    String name = lines.remove(0);
    lines.add(4, name);
    return String.join("\n", lines) + "\n";
  }
}
