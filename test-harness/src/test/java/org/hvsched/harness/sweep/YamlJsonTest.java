package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.harness.yaml.YamlTrees;
import org.junit.jupiter.api.Test;

/** A scenario tree survives the trip through a plan line: the parser reads what was written. */
final class YamlJsonTest {
  private static final String YAML = String.join("\n", "a: 12", "b: 1.50", "c: on", "d: true",
      "e: 0x10", "f: 250us", "g:", "h: [1, x]", "i: '7'", "j: 1e3", "");

  @Test
  void scalars_keepTextAndWholeNumbers() throws Exception {
    JsonNode json = YamlJson.toJson(YamlTrees.parse(YAML, "t.yaml"));
    String line = CanonicalJson.text(json);
    assertThat(line).isEqualTo("{\"a\":12,\"b\":1.50,\"c\":\"on\",\"d\":true,\"e\":\"0x10\","
        + "\"f\":\"250us\",\"g\":null,\"h\":[1,\"x\"],\"i\":\"7\",\"j\":\"1e3\"}");
    JsonNode read = CanonicalJson.MAPPER.readTree(line);
    assertThat(CanonicalJson.text(read)).isEqualTo(line);
    YamlNode.Mapping back = (YamlNode.Mapping) YamlTrees.parse(line, "plan");
    assertThat(text(back, "a")).isEqualTo("12");
    assertThat(kind(back, "a")).isEqualTo(YamlNode.Scalar.Kind.INTEGER);
    assertThat(text(back, "b")).isEqualTo("1.50");
    assertThat(text(back, "c")).isEqualTo("on");
    assertThat(kind(back, "d")).isEqualTo(YamlNode.Scalar.Kind.BOOLEAN);
    assertThat(text(back, "f")).isEqualTo("250us");
    assertThat(kind(back, "g")).isEqualTo(YamlNode.Scalar.Kind.NULL);
    assertThat(kind(back, "i")).isEqualTo(YamlNode.Scalar.Kind.STRING);
  }

  private static String text(YamlNode.Mapping m, String key) {
    return ((YamlNode.Scalar) m.entries().get(key)).text();
  }

  private static YamlNode.Scalar.Kind kind(YamlNode.Mapping m, String key) {
    return ((YamlNode.Scalar) m.entries().get(key)).kind();
  }
}
