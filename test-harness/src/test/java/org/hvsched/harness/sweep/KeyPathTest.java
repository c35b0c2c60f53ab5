package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Key paths parse into keys and indexes, and malformed ones say what was expected. */
final class KeyPathTest {
  @Test
  void keysAndIndexes_parseInOrder() {
    KeyPath p = KeyPath.parse("pools[0].policy.settings.schedGran");
    assertThat(p.steps()).containsExactly(new KeyPath.Key("pools"), new KeyPath.Index(0),
        new KeyPath.Key("policy"), new KeyPath.Key("settings"), new KeyPath.Key("schedGran"));
    assertThat(p.prefix(2)).isEqualTo("pools[0]");
    assertThat(KeyPath.parse("a[1][2]").steps()).containsExactly(new KeyPath.Key("a"),
        new KeyPath.Index(1), new KeyPath.Index(2));
  }

  @Test
  void malformedPaths_rejectedNamingThePart() {
    for (String bad : List.of("", ".vcpus", "domains..vcpus", "domains[x].vcpus", "domains[1",
        "domains[-1]", "1domains", "domains[1]x")) {
      assertThatThrownBy(() -> KeyPath.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected");
    }
  }
}
