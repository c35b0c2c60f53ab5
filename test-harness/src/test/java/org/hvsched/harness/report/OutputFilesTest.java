package org.hvsched.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output paths are checked without writing anything, and written atomically. */
final class OutputFilesTest {

  @Test
  void file_missingDirectory_usageError(@TempDir Path tmp) {
    assertThatThrownBy(() -> OutputFiles.checkFile("--json", tmp.resolve("no/such/r.json")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--json: --json " + tmp.resolve("no/such/r.json"))
        .hasMessageContaining("does not exist");
  }

  @Test
  void file_isADirectory_usageError(@TempDir Path tmp) {
    assertThatThrownBy(() -> OutputFiles.checkFile("--json", tmp))
        .isInstanceOf(InputException.class).hasMessageContaining("is a directory");
  }

  @Test
  void directory_underAFile_usageError(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    assertThatThrownBy(() -> OutputFiles.checkDirectory("--report", file.resolve("out")))
        .isInstanceOf(InputException.class).hasMessageContaining("cannot be created");
    assertThatThrownBy(() -> OutputFiles.checkDirectory("--report", file))
        .isInstanceOf(InputException.class).hasMessageContaining("not a directory");
  }

  @Test
  void directory_creatable_acceptedAndNotCreated(@TempDir Path tmp) {
    OutputFiles.checkDirectory("--report", tmp.resolve("a/b"));
    assertThat(tmp.resolve("a")).doesNotExist();
  }

  @Test
  void write_replacesAtomically_noTempLeft(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("sub/r.json");
    OutputFiles.write(f, "one");
    OutputFiles.write(f, "two");
    assertThat(f).hasContent("two");
    try (var s = Files.list(f.getParent())) {
      assertThat(s.toList()).containsExactly(f);
    }
  }
}
