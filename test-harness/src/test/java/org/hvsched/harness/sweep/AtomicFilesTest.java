package org.hvsched.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An atomic write leaves the whole new content or the old one, and no temporary file. */
final class AtomicFilesTest {
  @TempDir Path tmp;

  @Test
  void write_replacesWhole_withDefaultPermissions() throws Exception {
    Path f = tmp.resolve("a.json");
    AtomicFiles.write(f, "one".getBytes());
    AtomicFiles.write(f, out -> out.write("two"));
    assertThat(Files.readString(f)).isEqualTo("two");
    Path probe = Files.createFile(tmp.resolve("probe"));
    assertThat(Files.getPosixFilePermissions(f))
        .isEqualTo(Files.getPosixFilePermissions(probe));
    assertThat(listing()).containsExactlyInAnyOrder("a.json", "probe");
  }

  @Test
  void failingBody_leavesTheOldFile_andNoTemporary() throws Exception {
    Path f = tmp.resolve("a.json");
    AtomicFiles.write(f, "old".getBytes());
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("half");
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(f)).isEqualTo("old");
    assertThat(listing()).containsExactly("a.json");
    assertThat(AtomicFiles.isTemporary(".a.json.0f8c.tmp")).isTrue();
    assertThat(AtomicFiles.isTemporary("a.json")).isFalse();
    assertThat(Files.getPosixFilePermissions(f)).contains(PosixFilePermission.OWNER_READ);
  }

  private java.util.List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
