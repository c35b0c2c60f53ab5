package org.hvsched.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CpuSet parses every dialect of formats.md 1.1 and prints the canonical sysfs list. */
final class CpuSetTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "0-3,8-11            | 0-3,8-11",
    "0,1                 | 0-1",
    "''                  | ''",
    "'0-3\n'             | 0-3",
    "'  1, 3 '           | 1,3",
    "0-15:2/8            | 0-1,8-9",
    "0-7:1/2             | 0,2,4,6",
    "1-4,^3,6            | 1-2,4,6",
    "1-4,^3,3            | 1-4",
    "0-3,5,^1            | 0,2-3,5",
    "00000000,00000101   | 0,8",
    "0101                | 0,8",
    "0f0f                | 0-3,8-11",
    "ff                  | 0-7",
    "0x0000ffff          | 0-15",
    "0x000000ff,0xffffffff | 0-39",
    "'0x00000001,,0x0'   | 64",
    "0x0                 | ''",
    "4-31,32-63          | 4-63",
    "',4-7'              | 4-7",
  })
  void parse_eachDialect_canonicalList(String text, String expected) {
    assertThat(CpuSet.parse(text).toString()).isEqualTo(expected);
  }

  @Test
  void parse_nulPaddedSysfsFile_ignoresPadding() {
    assertThatObject(CpuSet.parse("0-1\n\0\0\0\0")).isEqualTo(CpuSet.range(0, 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "3-1        | 3-1",
    "1-x        | 1-x",
    "0-7:3/2    | 0-7:3/2",
    "5:1/2      | 5:1/2",
    "all        | all",
    "node:0     | node:0",
    "99999999   | 99999999",
    "0-3,-2     | -2",
  })
  void parse_badItem_namesToken(String text, String token) {
    assertThatThrownBy(() -> CpuSet.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + token + "'")
        .hasMessageContaining("expected");
  }

  @Test
  void parse_infiniteHwlocBitmap_rejected() {
    assertThatThrownBy(() -> CpuSet.parse("0xf...f,0x000000ff"))
        .hasMessageContaining("infinite");
  }

  @Test
  void parse_badHexMaskField_namesField() {
    assertThatThrownBy(() -> CpuSet.parseHexMask("0101,1234567890"))
        .hasMessageContaining("'1234567890'");
  }

  @Test
  void parse_withTopology_nodesAllAndSockets() {
    Topology t = SyntheticSpec.parse("2x4x2");
    assertThat(CpuSet.parse("all,^node:1", t).toString()).isEqualTo("0-3,8-11");
    assertThatObject(CpuSet.parse("nodes:0-1", t)).isEqualTo(t.online());
    assertThat(CpuSet.parse("node:1", t).toString()).isEqualTo("4-7,12-15");
    assertThat(CpuSet.parse("socket:1", t).toString()).isEqualTo("4-7,12-15");
    assertThat(CpuSet.parse("1-N", t).toString()).isEqualTo("1-15");
    assertThat(CpuSet.parse("all:1/2", t).toString()).isEqualTo("0,2,4,6,8,10,12,14");
    assertThatThrownBy(() -> CpuSet.parse("node:2", t)).hasMessageContaining("node 2 does not exist");
    assertThatThrownBy(() -> CpuSet.parse("^all", t)).hasMessageContaining("'^all'");
  }

  @Test
  void setOperations_matchBitSet() {
    CpuSet a = CpuSet.parse("0-5,64-70");
    CpuSet b = CpuSet.parse("4-10,70");
    assertThat(a.union(b).toString()).isEqualTo("0-10,64-70");
    assertThat(a.intersect(b).toString()).isEqualTo("4-5,70");
    assertThat(a.minus(b).toString()).isEqualTo("0-3,64-69");
    assertThat(a.intersects(b)).isTrue();
    assertThat(a.containsAll(CpuSet.of(0, 70))).isTrue();
    assertThat(a.containsAll(b)).isFalse();
    assertThat(a.size()).isEqualTo(13);
    assertThat(a.first()).isZero();
    assertThat(a.last()).isEqualTo(70);
    assertThatObject(CpuSet.of(64).minus(CpuSet.of(64))).isEqualTo(CpuSet.empty());
    assertThat(CpuSet.of(64).minus(CpuSet.of(64)).hashCode()).isEqualTo(CpuSet.empty().hashCode());
  }

  @Test
  void compareTo_ordersByLowestMembers() {
    List<CpuSet> sets = new ArrayList<>(List.of(CpuSet.of(1, 9), CpuSet.of(0, 8), CpuSet.of(0),
        CpuSet.empty()));
    sets.sort(null);
    assertThat(sets).containsExactly(CpuSet.empty(), CpuSet.of(0), CpuSet.of(0, 8), CpuSet.of(1, 9));
  }

  @Test
  void printers_sysfsMaskAndHwlocBitmap() {
    assertThat(CpuSet.of(0, 8).toHexMask(16)).isEqualTo("0101");
    assertThat(CpuSet.of(0, 1).toHexMask(2)).isEqualTo("3");
    assertThat(CpuSet.of(0, 8).toHexMask(64)).isEqualTo("00000000,00000101");
    assertThat(CpuSet.of(64).toHwlocBitmap()).isEqualTo("0x00000001,,0x0");
    assertThat(CpuSet.empty().toHwlocBitmap()).isEqualTo("0x0");
    assertThat(CpuSet.range(0, 39).toHwlocBitmap()).isEqualTo("0x000000ff,0xffffffff");
  }

  /** Round trip list -> set -> list and mask -> set on random sets (seed printed). */
  @Test
  void roundTrip_randomSets_allPrintersParseBack() {
    long seed = Long.getLong("hvsched.seed", System.nanoTime());
    int iterations = Integer.getInteger("hvsched.fuzz.iterations", 300);
    System.out.println("CpuSetTest.roundTrip seed=" + seed + " (replay with -Dhvsched.seed=" + seed + ")");
    Random random = new Random(seed);
    for (int i = 0; i < iterations; i++) {
      BitSet bits = new BitSet();
      int n = random.nextInt(200);
      for (int k = 0; k < random.nextInt(40); k++) {
        int from = random.nextInt(n + 1);
        bits.set(from, Math.min(n + 1, from + 1 + random.nextInt(5)));
      }
      CpuSet set = CpuSet.fromBitSet(bits);
      assertThatObject(CpuSet.parse(set.toString())).as("seed %s list %s", seed, set).isEqualTo(set);
      assertThatObject(CpuSet.parseHexMask(set.toHexMask())).as("seed %s mask %s", seed, set).isEqualTo(set);
      assertThatObject(CpuSet.parse(set.toHwlocBitmap())).as("seed %s hwloc %s", seed, set).isEqualTo(set);
      assertThat(set.toBitSet()).isEqualTo(bits);
      assertThat(set.stream().toArray()).isEqualTo(bits.stream().toArray());
    }
  }

  /** Random text either parses or fails with IllegalArgumentException (seed printed). */
  @Test
  void parse_randomText_onlyIllegalArgument() {
    long seed = Long.getLong("hvsched.seed", System.nanoTime());
    int iterations = Integer.getInteger("hvsched.fuzz.iterations", 2000);
    System.out.println("CpuSetTest.randomText seed=" + seed);
    Random random = new Random(seed);
    Topology topo = SyntheticSpec.parse("2x2x2,nodes=2");
    String alphabet = "0123456789,-:^/x aNlnodesckt";
    for (int i = 0; i < iterations; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      try {
        CpuSet parsed = CpuSet.parse(text, topo);
        assertThatObject(CpuSet.parse(parsed.toString())).as("seed %s text '%s'", seed, text).isEqualTo(parsed);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).as("seed %s text '%s'", seed, text).isNotBlank();
      }
    }
  }
}
