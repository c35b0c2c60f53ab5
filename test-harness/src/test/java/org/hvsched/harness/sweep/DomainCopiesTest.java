package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hvsched.harness.yaml.Location;
import org.hvsched.harness.yaml.YamlNode;
import org.hvsched.harness.yaml.YamlTrees;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** {@code vms: N} cycles the domain list, naming copies NAME-R and keeping explicit trust. */
final class DomainCopiesTest {
  private static final YamlNode TREE = YamlTrees.parse(String.join("\n", "name: t",
      "domains:", "  - {name: a, vcpus: 1, trust: tenant}", "  - {xl: b.cfg, vcpus: 2}", ""),
      "t.yaml");
  private static final Location AXIS = new Location("sweep.yaml", 3, 3);

  @Test
  void moreThanWritten_copiesCycleWithSuffixes() {
    JsonNode out = YamlJson.toJson(DomainCopies.apply(TREE, 5, List.of("a", "imported"), AXIS));
    List<String> names = new ArrayList<>();
    out.path("domains").forEach(d -> names.add(d.path("name").asText("-")));
    assertThat(names).containsExactly("a", "-", "a-2", "imported-2", "a-3");
    assertThat(out.path("domains").get(2).path("trust").asText()).isEqualTo("tenant");
    assertThat(out.path("domains").get(3).path("xl").asText()).isEqualTo("b.cfg");
    assertThat(out.path("domains").get(3).has("trust")).isFalse();
  }

  @Test
  void fewerThanWritten_keepsTheFirst() {
    JsonNode out = YamlJson.toJson(DomainCopies.apply(TREE, 1, List.of("a", "b"), AXIS));
    assertThat(out.path("domains")).hasSize(1);
    assertThat(out.path("domains").get(0).path("name").asText()).isEqualTo("a");
  }

  @Test
  void copyNameTaken_isAnError() {
    assertThatThrownBy(() -> DomainCopies.apply(TREE, 3, List.of("a", "a-2"), AXIS))
        .isInstanceOf(InputException.class).hasMessage("sweep.yaml:3:3: axis vms: copy 3 of"
            + " the domains would be named 'a-2', which the scenario already uses; expected"
            + " names that copies do not clash with");
  }
}
