package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.harness.yaml.YamlTrees;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** Setting a value by key path replaces it, creates missing mappings, and names bad paths. */
final class TreeEditTest {
  private static final YamlNode TREE = YamlTrees.parse(String.join("\n",
      "name: t", "duration: 1s", "domains:", "  - {name: a, vcpus: 1}",
      "  - {name: b, vcpus: 2, threads: [{name: emulator}]}", ""), "t.yaml");
  private static final Location AXIS = new Location("sweep.yaml", 4, 3);

  @Test
  void existingValue_replacedKeepingTheRest() {
    YamlNode v = scalar("8");
    YamlNode out = TreeEdit.set(TREE, KeyPath.parse("domains[1].vcpus"), v, AXIS);
    assertThat(CanonicalJson.text(YamlJson.toJson(out))).isEqualTo("{\"domains\":["
        + "{\"name\":\"a\",\"vcpus\":1},{\"name\":\"b\",\"threads\":[{\"name\":\"emulator\"}],"
        + "\"vcpus\":8}],\"duration\":\"1s\",\"name\":\"t\"}");
    assertThat(CanonicalJson.text(YamlJson.toJson(TREE))).contains("\"vcpus\":2");
  }

  @Test
  void missingMappings_created() {
    YamlNode out = TreeEdit.set(TREE, KeyPath.parse("host.interruptRate"), scalar("5/ms"), AXIS);
    assertThat(YamlJson.toJson(out).path("host").path("interruptRate").asText())
        .isEqualTo("5/ms");
    assertThat(((YamlNode.Mapping) out).keyLocations().get("host")).isEqualTo(AXIS);
  }

  @Test
  void indexPastTheEnd_namesTheAxisAndTheCount() {
    assertThatThrownBy(() -> TreeEdit.set(TREE, KeyPath.parse("domains[3].vcpus"), scalar("2"),
        AXIS)).isInstanceOf(InputException.class)
        .hasMessage("sweep.yaml:4:3: axis domains[3].vcpus: the scenario has 2 domains,"
            + " expected an index from 0 to 1");
    assertThatThrownBy(() -> TreeEdit.set(TREE, KeyPath.parse("domains[1].threads[1].name"),
        scalar("x"), AXIS)).hasMessageEndingWith("axis domains[1].threads[1].name: domains[1]"
            + " has 1 threads, expected an index from 0 to 0");
    assertThatThrownBy(() -> TreeEdit.set(TREE, KeyPath.parse("pools[0].name"), scalar("x"),
        AXIS)).hasMessageEndingWith("axis pools[0].name: the scenario has no pools, expected a"
            + " list to pick item 0 from");
  }

  @Test
  void scalarInTheWay_isAnError() {
    assertThatThrownBy(() -> TreeEdit.set(TREE, KeyPath.parse("duration.unit"), scalar("s"),
        AXIS)).hasMessageEndingWith("axis duration.unit: duration is '1s', expected a mapping"
            + " with the key 'unit'");
    assertThatThrownBy(() -> TreeEdit.set(TREE, KeyPath.parse("name[0]"), scalar("s"), AXIS))
        .hasMessageEndingWith("axis name[0]: name is 't', expected a list to pick item 0 from");
  }

  private static YamlNode scalar(String text) {
    return ((YamlNode.Mapping) YamlTrees.parse("v: " + text, "sweep.yaml")).entries().get("v");
  }
}
