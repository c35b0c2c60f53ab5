package org.hvsched.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hvsched.harness.scenario.Scenario;
import org.hvsched.harness.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/**
 * The bundled study scenarios equal {@link StudyScenarios} (golden files: run with
 * {@code -Dhvsched.regenerate=true} to rewrite them, which fails the run), parse, and resolve the
 * default matrix's first configuration order with a reference policy.
 */
final class StudyScenariosTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void files_equalTheTable() throws IOException {
    boolean regenerate = Boolean.getBoolean("hvsched.regenerate");
    List<String> rewritten = new ArrayList<>();
    for (StudyScenarios.File f : StudyScenarios.all()) {
      Path p = ROOT.resolve(f.path());
      String actual = Files.exists(p) ? Files.readString(p) : null;
      if (!f.text().equals(actual)) {
        if (regenerate) {
          Files.createDirectories(p.getParent());
          Files.writeString(p, f.text());
          rewritten.add(f.path());
        } else {
          assertThat(actual).as(f.path() + " (regenerate with -Dhvsched.regenerate=true)")
              .isEqualTo(f.text());
        }
      }
    }
    if (!rewritten.isEmpty()) {
      fail("rewrote " + rewritten.size() + " scenario(s); rerun without -Dhvsched.regenerate: "
          + rewritten);
    }
  }

  @Test
  void noStrayFiles_inTheStudyFolder() throws IOException {
    List<String> expected = StudyScenarios.all().stream().map(StudyScenarios.File::path)
        .sorted().toList();
    try (Stream<Path> files = Files.walk(ROOT.resolve("scenarios/study"))) {
      assertThat(files.filter(Files::isRegularFile)
          .map(p -> ROOT.relativize(p).toString().replace('\\', '/')).sorted().toList())
          .isEqualTo(expected);
    }
  }

  @Test
  void everyScenario_parsesAndPlansUnderReferencePolicies() {
    for (StudyScenarios.File f : StudyScenarios.all()) {
      Scenario s = ScenarioParser.parse(ROOT.resolve(f.path()));
      assertThat(s.configs()).as(f.path()).isEmpty();
      // the named matrix needs xen.credit2 and kvm.cfs (cli's tests run it); here the reference
      // policies stand in, with SMT on and off
      ScenarioExecutor e = new ScenarioExecutor(s);
      e.plan(new Configuration("rr", "rr", "rr", "basic.rr", java.util.Map.of(),
          Optional.of(true)));
      e.plan(new Configuration("off", "rr", "rr", "basic.rr", java.util.Map.of(),
          Optional.of(false)));
    }
  }
}
