package org.hvsched.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Synthetic specs build the hosts of spec.md section 2 and reject bad tokens by name. */
final class SyntheticSpecTest {

  @Test
  void nodesPerSocket_splitCoresConsecutively() {
    Topology t = SyntheticSpec.parse("2x4x2,nodes=2");
    assertThat(t.nodes()).hasSize(4);
    assertThat(t.cpusOf(new NodeId(0)).toString()).isEqualTo("0-1,8-9");
    assertThat(t.cpusOf(new NodeId(3)).toString()).isEqualTo("6-7,14-15");
    assertThat(t.sockets().get(1).nodes()).containsExactly(new NodeId(2), new NodeId(3));
  }

  @Test
  void largeSpec_summaryMatchesSpecExample() {
    assertThat(SyntheticSpec.parse("2x16x2").summary())
        .isEqualTo("2 sockets, 32 cores, 64 threads, 2 NUMA nodes, SMT on");
    assertThatObject(SyntheticSpec.parse("2x16x2").siblingsOf(0)).isEqualTo(CpuSet.of(0, 32));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "0x4x2            | '0'",
    "1x-4x2           | '-4'",
    "1x4x0            | '0'",
    "1x4              | '1x4'",
    "1x4x2,nodes=0    | '0'",
    "1x4x2,nodes=3    | 'nodes=3'",
    "1x4x2,numbering=bsd | 'numbering=bsd'",
    "1x4x2,smt=off    | 'smt=off'",
    "axbxc            | 'a'",
  })
  void badSpec_namesToken(String spec, String token) {
    assertThatThrownBy(() -> SyntheticSpec.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at '" + token + "'");
  }
}
