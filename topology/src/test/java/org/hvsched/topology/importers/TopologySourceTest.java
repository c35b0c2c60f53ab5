package org.hvsched.topology.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sources are detected from content, and a kind that does not fit is a clear error. */
final class TopologySourceTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "hwloc/smt4.xml, HWLOC",
    "hwloc/build-machine.xml, HWLOC",
    "lscpu/build-machine-p.txt, LSCPU",
    "lscpu/ref-2x4x2-offline-p-online-a.txt, LSCPU",
    "xl/ref-2x4x2-xen.txt, XL",
  })
  void detect_byContent(String fixture, SourceKind kind) {
    assertThat(TopologySource.detect(fixture, Fixtures.text(fixture))).isEqualTo(kind);
  }

  @Test
  void spec_readWhenNoSuchFile() {
    assertThat(TopologySource.read("1x4x2", Optional.empty()).summary())
        .isEqualTo("1 socket, 4 cores, 8 threads, 1 NUMA node, SMT on");
    assertThat(TopologySource.read("1x4x2,numbering=xen", Optional.of(SourceKind.SYNTHETIC))
        .siblingsOf(0).toString()).isEqualTo("0-1");
  }

  @Test
  void badSpec_inputExceptionNamingToken() {
    assertThatThrownBy(() -> TopologySource.read("0x4x2", Optional.empty()))
        .isInstanceOf(InputException.class).hasMessageContaining("at '0'");
  }

  @Test
  void kindGivenButWrong_rejected() {
    assertThatThrownBy(() -> TopologySource.read(Fixtures.path("sysfs/ref-2x4x2"), Optional.of(SourceKind.XL)))
        .isInstanceOf(InputException.class).hasMessageContaining("is a directory but --kind is xl");
    assertThatThrownBy(() -> TopologySource.read(Fixtures.path("xl/ref-2x4x2-xen.txt"),
        Optional.of(SourceKind.SYSFS))).hasMessageContaining("is a file but --kind is sysfs");
    assertThatThrownBy(() -> TopologySource.read(Fixtures.path("xl/ref-2x4x2-xen.txt"),
        Optional.of(SourceKind.LSCPU))).hasMessageContaining("no comment header");
  }

  @Test
  void unknownContent_rejected() {
    Path file = tmp.resolve("notes.txt");
    Fixtures.write(file, "hello\n");
    assertThatThrownBy(() -> TopologySource.read(file.toString(), Optional.empty()))
        .isInstanceOf(InputException.class).hasMessageStartingWith(file + ": cannot tell what this file is");
  }

  @Test
  void missingPath_rejected() {
    assertThatThrownBy(() -> TopologySource.read("/nonexistent/topo.xml", Optional.empty()))
        .isInstanceOf(InputException.class).hasMessageContaining("no such file or directory");
  }

  @Test
  void kindWords_parse() {
    assertThat(SourceKind.parse("HWLOC")).isEqualTo(SourceKind.HWLOC);
    assertThatThrownBy(() -> SourceKind.parse("acpi")).hasMessageContaining("'acpi'");
  }
}
