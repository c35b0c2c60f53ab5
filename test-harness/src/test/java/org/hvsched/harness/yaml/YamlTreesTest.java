package org.hvsched.harness.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** The YAML tree keeps every node's position; malformed YAML fails naming where. */
final class YamlTreesTest {

  @Test
  void nodes_rememberLineAndColumn() {
    YamlNode.Mapping root = (YamlNode.Mapping) YamlTrees.parse("a: 1\nb:\n  - x\n  - {c: on}\n",
        "f.yaml");
    YamlNode.Sequence b = (YamlNode.Sequence) root.entries().get("b");
    YamlNode.Mapping item = (YamlNode.Mapping) b.items().get(1);
    YamlNode.Scalar c = (YamlNode.Scalar) item.entries().get("c");
    assertThat(c.location()).isEqualTo(new Location("f.yaml", 4, 9));
    assertThat(c.text()).isEqualTo("on");
    assertThat(c.kind()).isEqualTo(YamlNode.Scalar.Kind.BOOLEAN);
    assertThat(root.keyLocations().get("b")).isEqualTo(new Location("f.yaml", 2, 1));
  }

  @Test
  void duplicateKey_isAnErrorNamingBothLines() {
    assertThatThrownBy(() -> YamlTrees.parse("a: 1\nb: 2\na: 3\n", "f.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessage("f.yaml:3:1: key 'a' given twice (first at line 1), expected each key once");
  }

  @Test
  void malformedYaml_namesLineAndColumn() {
    assertThatThrownBy(() -> YamlTrees.parse("a: [1, 2\nb: 3\n", "f.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("f\\.yaml:\\d+:\\d+: malformed YAML: .*");
  }

  @Test
  void emptyFile_isAnError() {
    assertThatThrownBy(() -> YamlTrees.parse("", "f.yaml"))
        .hasMessage("f.yaml:1:1: the file is empty, expected a mapping");
  }

  @Test
  void unknownKey_listsTheKnownKeys() {
    MapReader r = MapReader.of(YamlTrees.parse("x: 1\nyy: 2\n", "f.yaml"), "host");
    r.get("x");
    r.get("z");
    assertThatThrownBy(r::finish)
        .hasMessage("f.yaml:2:1: host: unknown key 'yy', expected one of: x, z");
  }
}
