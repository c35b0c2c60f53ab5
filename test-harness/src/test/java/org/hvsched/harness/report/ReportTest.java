package org.hvsched.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.hvsched.core.ThreadState;
import org.hvsched.harness.compare.Comparison;
import org.hvsched.harness.compare.ConfigResult;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.harness.compare.NamedConfigurations;
import org.hvsched.harness.compare.RunRecord;
import org.hvsched.harness.compare.Summaries;
import org.hvsched.harness.compare.Timeline;
import org.hvsched.harness.compare.Verdicts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report: every chart in both formats, deterministic bytes, a page that names them. */
final class ReportTest {

  private static RunRecord run(Configuration c, long seed, double makespanNs, long p50) {
    Histogram h = new Histogram(3);
    for (int i = 1; i <= 200; i++) {
      h.recordValue(p50 * i / 100);
    }
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("policy", c.policyId());
    json.putObject("settings").put("schedGran", "cpu");
    json.put("smt", "on");
    json.putArray("domains").addObject().put("name", "vm1").put("trust", "vm1");
    List<RunRecord.DomainFigures> d = List.of(
        new RunRecord.DomainFigures("vm1", "makespan", makespanNs, "ns", false, 1000, 0,
            Optional.empty()),
        new RunRecord.DomainFigures("web <2>", "latencyP99", p50 * 2, "ns", false, 0, 2000,
            Optional.of(h)));
    return new RunRecord(c, seed, d, "none", 1000 * seed, 0, 10, 1000, 2000, Optional.empty(),
        json, "h", List.of("r"));
  }

  private static Timeline timeline() {
    List<Timeline.Segment> segs = new ArrayList<>();
    for (int cpu = 0; cpu < 4; cpu++) {
      segs.add(new Timeline.Segment(cpu, 0, 400_000, ThreadState.GUEST, cpu % 2 == 0 ? "vm1"
          : "web <2>"));
      segs.add(new Timeline.Segment(cpu, 400_000, 420_000, ThreadState.HOST, null));
      segs.add(new Timeline.Segment(cpu, 420_000, 900_000, cpu < 2 ? ThreadState.FORCED_IDLE
          : ThreadState.RESERVED_IDLE, cpu < 2 ? null : "vm1"));
    }
    return new Timeline(List.of(0, 2, 1, 3), List.of(0, 0, 1, 1), 0, 1_000_000, segs);
  }

  static Comparison comparison() {
    List<Configuration> configs = NamedConfigurations.ALL.subList(0, 3);
    List<RunRecord> runs = new ArrayList<>();
    for (Configuration c : configs) {
      for (long seed = 1; seed <= 2; seed++) {
        runs.add(run(c, seed, 1e9 + c.name().length() * 1e7 + seed * 1e6,
            50_000 + c.name().length() * 1000));
      }
    }
    List<ConfigResult> results = Summaries.of(configs, runs);
    return new Comparison("hvsched 0.3.0", "two-vms", List.of(1L, 2L), results,
        Verdicts.of(results), Map.of("xen-smt-on", timeline()));
  }

  @Test
  void charts_everyKind_bothFormatsValid() throws IOException {
    List<ChartFile> charts = Reports.charts(comparison());
    assertThat(charts).extracting(ChartFile::name).containsExactly("metric-1-vm1",
        "metric-2-web__2_", "exposure", "idle", "latency-2-web__2_", "timeline-1-xen-smt-on");
    for (ChartFile f : charts) {
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(f.png()));
      assertThat(png.getWidth()).as(f.name()).isEqualTo(f.width());
      assertThat(png.getHeight()).as(f.name()).isEqualTo(f.height());
      assertThat(f.svg()).as(f.name()).startsWith("<?xml").contains("<svg")
          .contains("width='" + f.width() + ".0' height='" + f.height() + ".0'")
          .endsWith("</svg>\n");
    }
  }

  @Test
  void charts_renderedTwice_sameBytes() {
    Comparison c = comparison();
    List<ChartFile> a = Reports.charts(c);
    List<ChartFile> b = Reports.charts(c);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).svg()).as(a.get(i).name()).isEqualTo(a.get(i).svg());
      assertThat(b.get(i).png()).as(a.get(i).name()).isEqualTo(a.get(i).png());
    }
  }

  @Test
  void write_twoFolderNames_identicalFiles(@TempDir Path tmp) throws IOException {
    Comparison c = comparison();
    Path one = tmp.resolve("first");
    Path two = tmp.resolve("a/much/longer name");
    Reports.write(c, one);
    Reports.write(c, two);
    List<Path> files = listing(one);
    assertThat(files).contains(Path.of("index.html"), Path.of("results.json"),
        Path.of("results.csv"), Path.of("charts/metric-1-vm1.png"),
        Path.of("charts/metric-1-vm1.svg"));
    assertThat(listing(two)).isEqualTo(files);
    for (Path f : files) {
      assertThat(Files.readAllBytes(two.resolve(f))).as(f.toString())
          .isEqualTo(Files.readAllBytes(one.resolve(f)));
    }
  }

  @Test
  void page_everyChartByRelativePath_escaped() {
    Comparison c = comparison();
    List<ChartFile> charts = Reports.charts(c);
    String html = Reports.page(c, charts);
    for (ChartFile f : charts) {
      assertThat(html).contains("<img src=\"charts/" + f.name() + ".svg\"")
          .contains("href=\"charts/" + f.name() + ".png\"");
    }
    assertThat(html).contains("web &lt;2&gt;").doesNotContain("web <2>")
        .contains("<table class=\"results\">").contains("<ul id=\"verdicts\">")
        .doesNotContain("file:").doesNotContain("src=\"/");
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
