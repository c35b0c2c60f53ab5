package org.hvsched.topology.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hvsched.topology.SyntheticSpec;
import org.hvsched.topology.Topology;
import org.hvsched.topology.output.TopologyJson;
import org.hvsched.topology.output.TopologyText;
import org.junit.jupiter.api.Test;

/** One machine described in all five source kinds gives one model. */
final class SameMachineAllFormatsTest {

  @Test
  void referenceHost_linuxNumbering_fiveFormatsAgree() {
    Map<String, Topology> sources = new LinkedHashMap<>();
    sources.put("synthetic", SyntheticSpec.parse("2x4x2"));
    sources.put("hwloc", read("hwloc/ref-2x4x2-linux.xml"));
    sources.put("sysfs", read("sysfs/ref-2x4x2"));
    sources.put("lscpu -p", read("lscpu/ref-2x4x2-p.txt"));
    sources.put("lscpu -p=...", read("lscpu/ref-2x4x2-p-cpu-core-socket-node.txt"));
    sources.put("xl", read("xl/ref-2x4x2-linux-numbering.txt"));
    assertAllSame(sources);
    assertThat(sources.get("sysfs").siblingsOf(0).toString()).isEqualTo("0,8");
  }

  @Test
  void referenceHost_xenNumbering_synthenticHwlocXlAgree() {
    Map<String, Topology> sources = new LinkedHashMap<>();
    sources.put("synthetic", SyntheticSpec.parse("2x4x2,numbering=xen"));
    sources.put("hwloc", read("hwloc/ref-2x4x2-xen.xml"));
    sources.put("xl", read("xl/ref-2x4x2-xen.txt"));
    assertAllSame(sources);
    assertThat(sources.get("xl").siblingsOf(0).toString()).isEqualTo("0-1");
  }

  @Test
  void buildMachine_sysfsLscpuHwlocAgree() {
    Map<String, Topology> sources = new LinkedHashMap<>();
    sources.put("sysfs", read("sysfs/build-machine"));
    sources.put("sysfs via tar", read("sysfs/build-machine-tar"));
    sources.put("lscpu -p", read("lscpu/build-machine-p.txt"));
    sources.put("lscpu -p=...", read("lscpu/build-machine-p-cpu-core-socket-node.txt"));
    sources.put("lscpu -a", read("lscpu/build-machine-p-cache-online-a.txt"));
    sources.put("hwloc", read("hwloc/build-machine.xml"));
    assertAllSame(sources);
  }

  private static Topology read(String fixture) {
    return TopologySource.read(Fixtures.path(fixture), Optional.empty());
  }

  private static void assertAllSame(Map<String, Topology> sources) {
    Topology first = sources.values().iterator().next();
    String json = TopologyJson.render(first);
    String text = TopologyText.render(first);
    sources.forEach((name, t) -> {
      assertThat(t).as(name).isEqualTo(first);
      assertThat(TopologyJson.render(t)).as(name).isEqualTo(json);
      assertThat(TopologyText.render(t)).as(name).isEqualTo(text);
    });
  }
}
