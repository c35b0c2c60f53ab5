package org.hvsched.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hvsched.harness.output.RunResultCsv;
import org.hvsched.harness.profile.Profile;
import org.hvsched.harness.profile.Profiles;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.WorkloadType;
import org.hvsched.harness.workload.WorkloadTypes;
import org.junit.jupiter.api.Test;

/** docs/scenario.md and docs/results.md document every type, profile, key and CSV column. */
final class DocsTest {
  private static String read(String name) throws IOException {
    return Files.readString(Path.of("..", "docs", name));
  }

  @Test
  void scenarioDoc_coversEveryTypeProfileAndKey() throws IOException {
    String doc = read("scenario.md");
    for (WorkloadType t : WorkloadTypes.all()) {
      assertThat(doc).contains("### `" + t.id() + "`").contains("`" + t.primaryMetric() + "`")
          .contains("`" + t.defaultClass().id() + "`");
      for (ParamDoc p : t.params()) {
        assertThat(doc).contains("| `" + p.name() + "` | ");
      }
    }
    for (Profile p : Profiles.all()) {
      assertThat(doc).contains("| `" + p.name() + "` |").contains("**" + p.name() + "**");
      for (ParamDoc d : p.params()) {
        assertThat(doc).contains("`" + d.name() + "` (");
      }
    }
  }

  @Test
  void resultsDoc_listsEveryCsvColumn() throws IOException {
    String doc = read("results.md").replace("\n", "");
    assertThat(doc).contains(String.join(",", RunResultCsv.COLUMNS));
  }
}
