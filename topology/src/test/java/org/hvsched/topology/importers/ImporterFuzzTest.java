package org.hvsched.topology.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.hvsched.topology.InputException;
import org.hvsched.topology.Topology;
import org.junit.jupiter.api.Test;

/** Mutated fixtures either import or fail with InputException, never another exception. */
final class ImporterFuzzTest {
  private static final String ALPHABET = "0123456789,:-x <>/\"=\n#^NYabcdef";

  @Test
  void mutatedFixtures_importOrInputException() {
    long seed = Long.getLong("hvsched.seed", System.nanoTime());
    int iterations = Integer.getInteger("hvsched.fuzz.iterations", 150);
    System.out.println("ImporterFuzzTest seed=" + seed + " (replay with -Dhvsched.seed=" + seed + ")");
    Random random = new Random(seed);
    List<Object[]> cases = List.of(
        new Object[] {"lscpu/ref-2x4x2-offline-p-online-a.txt", (BiFunction<String, String, Topology>) LscpuImporter::parse},
        new Object[] {"lscpu/build-machine-p.txt", (BiFunction<String, String, Topology>) LscpuImporter::parse},
        new Object[] {"xl/sparse-cores-memory-node.txt", (BiFunction<String, String, Topology>) XlInfoImporter::parse},
        new Object[] {"hwloc/smt4.xml", (BiFunction<String, String, Topology>) HwlocXmlImporter::parse},
        new Object[] {"hwloc/numa-in-socket.xml", (BiFunction<String, String, Topology>) HwlocXmlImporter::parse});
    for (Object[] c : cases) {
      String original = Fixtures.text((String) c[0]);
      @SuppressWarnings("unchecked")
      BiFunction<String, String, Topology> importer = (BiFunction<String, String, Topology>) c[1];
      for (int i = 0; i < iterations; i++) {
        String mutated = mutate(original, random);
        try {
          Topology t = importer.apply("fuzz", mutated);
          assertThat(t.cpuCount()).isPositive();
        } catch (InputException expected) {
          assertThat(expected.getMessage()).as("seed %s", seed).startsWith("fuzz");
        } catch (RuntimeException e) {
          throw new AssertionError("seed " + seed + " fixture " + c[0] + " iteration " + i
              + ": " + e + " on input:\n" + mutated, e);
        }
      }
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int pos = random.nextInt(sb.length());
      switch (random.nextInt(4)) {
        case 0 -> sb.deleteCharAt(pos);
        case 1 -> sb.insert(pos, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 2 -> sb.setCharAt(pos, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        default -> sb.insert(pos, "99999999999");
      }
    }
    return sb.toString();
  }
}
