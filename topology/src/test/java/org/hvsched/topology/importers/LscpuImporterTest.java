package org.hvsched.topology.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hvsched.topology.InputException;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** lscpu -p in both layouts reads into the model; malformed rows are named by line and column. */
final class LscpuImporterTest {
  private static final String BANNER = "# The following is the parsable format, which can be fed to other\n"
      + "# programs. Each different item in every column has an unique ID\n"
      + "# starting usually from zero.\n";

  @Test
  void offlineRowsWithOnlineColumn_offlineNotCounted() {
    Topology t = parse(Fixtures.text("lscpu/ref-2x4x2-offline-p-online-a.txt"));
    assertThat(t.online().toString()).isEqualTo("0-8,10-14");
    assertThat(t.offline().toString()).isEqualTo("9,15");
    assertThat(t.summary()).isEqualTo("2 sockets, 8 cores, 14 threads, 2 NUMA nodes, SMT on");
  }

  @Test
  void newCacheLayout_colonJoinedField_ignored() {
    Topology t = parse(BANNER + "# CPU,Core,Socket,Node,L1d:L1i:L2:L3\n0,0,0,0,0:0:0:0\n1,0,0,0,0:0:0:0\n"
        + "2,1,0,0,1:1:1:0\n3,1,0,0,1:1:1:0\n");
    assertThat(t).isEqualTo(SyntheticSpec.parse("1x2x2,numbering=xen"));
  }

  @Test
  void physicalIdsWithY_groupedBySocketAndCore() {
    Topology t = parse("# CPU,Core,Socket\n0,0,0\n1,0,1\n2,0,0\n3,0,1\n");
    assertThat(t.cores()).hasSize(2);
    assertThat(t.siblingsOf(0).toString()).isEqualTo("0,2");
  }

  @Test
  void noNodeColumn_oneNode() {
    assertThat(parse("# CPU,Core\n0,0\n1,1\n").summary())
        .isEqualTo("1 socket, 2 cores, 2 threads, 1 NUMA node, SMT none");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
    "'# CPU,Core,Socket,Node\n0,0,0,0\n1,0,0\n'       | 'lscpu.txt:3:1'  | found 3 fields, expected 4",
    "'# CPU,Core,Socket,Node\n0,0,0,0\nx,1,0,0\n'     | 'lscpu.txt:3:1'  | found 'x' in column 1",
    "'# CPU,Core,Socket,Node\n0,0,0,0\n1,1,zz,0\n'    | 'lscpu.txt:3:5'  | found 'zz' in column 3",
    "'# CPU,Core,Socket,Node\n0,0,0,0\n0,1,0,0\n'     | 'lscpu.txt:3:1'  | CPU 0 appears again",
    "'0,0,0,0\n'                                      | 'lscpu.txt:1:1'  | no comment header",
    "'# CPU,Socket,Node\n0,0,0\n'                     | 'lscpu.txt:1:1'  | lacks CPU or Core",
    "'# CPU,Core,Socket,Node\n0,0,0,0\n1,1,0,\n'      | 'lscpu.txt:3:7'  | empty Node field",
    "'# CPU,Core,Socket,Node\n'                       | 'lscpu.txt: '    | no CPU rows",
    "'# CPU,Core,Socket,Node\n0,0,0,0\n1,0,0,1\n'     | 'lscpu.txt: '    | spans NUMA nodes",
  })
  void corruptInput_namesLineAndColumn(String text, String where, String what) {
    assertThatThrownBy(() -> LscpuImporter.parse("lscpu.txt", text)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(where).hasMessageContaining(what);
  }

  private static Topology parse(String text) {
    return LscpuImporter.parse("lscpu.txt", text);
  }
}
