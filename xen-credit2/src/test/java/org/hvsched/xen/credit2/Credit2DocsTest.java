package org.hvsched.xen.credit2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hvsched.api.settings.SettingDef;
import org.junit.jupiter.api.Test;

/** docs/xen-credit2.md lists every setting with its Xen name and default. */
final class Credit2DocsTest {

  @Test
  void settingsTable_coversEverySetting() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "xen-credit2.md"));
    for (SettingDef d : new Credit2Provider().settings()) {
      String row = doc.lines().filter(l -> l.startsWith("| `" + d.name() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("no row for " + d.name()));
      if (!d.upstream().isEmpty()) {
        assertThat(row).contains("`" + d.upstream() + "`");
      }
      assertThat(row).containsAnyOf("| " + d.defaultValue() + " |",
          "| `" + d.defaultValue() + "` |");
    }
  }
}
