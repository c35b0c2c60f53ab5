package org.hvsched.harness.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hvsched.harness.run.RunOverrides;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.run.ScenarioRunner;
import org.hvsched.harness.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/** The JSON has spec.md section 4's fields in its order; the CSV and the table follow it. */
final class RunResultOutputTest {
  private static final RunResult RESULT = ScenarioRunner.run(ScenarioParser.parse("""
      name: out
      topology: 1x2x2
      duration: 400ms
      warmup: 100ms
      seed: 7
      policy: basic.rr
      domains:
        - {name: web, vcpus: 2, workload: {type: request-response, rate: 2000/s}}
        - {name: build, vcpus: 2, workload: {type: parallel-jobs, work: 100ms, tasks: 10}}
      """, "o.yaml", Path.of(".")), RunOverrides.none());

  private static List<String> fields(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  @Test
  void json_fieldsInSpecOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(RunResultJson.toJson(RESULT));
    assertThat(fields(root)).containsExactly("schemaVersion", "tool", "scenario", "config",
        "policy", "settings", "smt", "seed", "durationNs", "warmupNs", "domains", "host",
        "isolation", "invariants");
    assertThat(root.get("tool").asText()).isEqualTo("hvsched 0.3.0");
    assertThat(root.get("config").isNull()).isTrue();
    assertThat(root.get("settings").get("sliceUs").asLong()).isEqualTo(1000);
    List<String> common = List.of("name", "trust", "vcpus", "tasks", "cpuNs", "waitNs",
        "parkedNs", "blockedNs", "workNs", "forcedIdleNs", "reservedIdleNs", "contextSwitches",
        "migrations", "wakeLatency");
    List<String> web = new ArrayList<>(common);
    web.addAll(List.of("p50Ns", "p99Ns", "p999Ns", "opsPerSec", "metrics"));
    List<String> build = new ArrayList<>(common);
    build.addAll(List.of("makespanNs", "metrics"));
    assertThat(fields(root.get("domains").get(0))).containsExactlyElementsOf(web);
    assertThat(fields(root.get("domains").get(1))).containsExactlyElementsOf(build);
    assertThat(fields(root.get("domains").get(0).get("wakeLatency")))
        .containsExactly("p50Ns", "p99Ns", "p999Ns", "maxNs");
    assertThat(fields(root.get("domains").get(1).get("metrics").get(0)))
        .containsExactly("name", "value", "unit", "higherIsBetter");
    assertThat(fields(root.get("host"))).containsExactly("cpus", "busyNs", "idleNs",
        "forcedIdleNs", "reservedIdleNs", "hostWorkNs", "rendezvousNs", "contextSwitches",
        "migrations");
    assertThat(fields(root.get("isolation"))).containsExactly("claim", "guestGuestNs",
        "transitionNs", "guestHostNs", "windows", "longestWindowNs", "byPair");
    assertThat(fields(root.get("invariants"))).containsExactly("violations");
  }

  @Test
  void json_everyNsFieldIsAnInteger() throws Exception {
    JsonNode root = new ObjectMapper().readTree(RunResultJson.toJson(RESULT));
    List<String> bad = new ArrayList<>();
    walk(root, "", bad);
    assertThat(bad).isEmpty();
    assertThat(root.get("domains").get(1).get("metrics").get(0).get("value").isIntegralNumber())
        .isTrue();
  }

  private static void walk(JsonNode n, String path, List<String> bad) {
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().endsWith("Ns") && !e.getValue().isIntegralNumber()) {
        bad.add(path + "." + e.getKey());
      }
      walk(e.getValue(), path + "." + e.getKey(), bad);
    }
    for (JsonNode item : n) {
      if (item.isContainerNode()) {
        walk(item, path + "[]", bad);
      }
    }
  }

  @Test
  void json_poolsAppearOnlyWhenDeclared() throws Exception {
    RunResult pooled = ScenarioRunner.run(ScenarioParser.parse("name: p\ntopology: 1x2x2\n"
        + "duration: 50ms\npolicy: basic.rr\npools: [{name: all, cpus: 0-3}]\n"
        + "domains: [{name: a, vcpus: 1, pool: all}]\n", "p.yaml", Path.of(".")),
        RunOverrides.none());
    JsonNode root = new ObjectMapper().readTree(RunResultJson.toJson(pooled));
    assertThat(fields(root)).endsWith("invariants", "pools");
    assertThat(fields(root.get("pools").get(0))).containsExactly("name", "cpus", "policy",
        "settings");
  }

  @Test
  void json_layoutIsStable() {
    String json = RunResultJson.toJson(RESULT);
    assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"tool\": \"hvsched 0.3.0\",\n")
        .endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void csv_oneRowPerDomainWithTheJsonNames() {
    String[] lines = RunResultCsv.toCsv(RESULT).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo(String.join(",", RunResultCsv.COLUMNS));
    assertThat(lines[1]).startsWith("out,,basic.rr,sliceUs=1000,on,7,300000000,100000000,web,"
        + "web,2,2,");
    assertThat(lines[1]).contains(",latencyP99,");
    assertThat(lines[2]).startsWith("out,,basic.rr,sliceUs=1000,on,7,300000000,100000000,"
        + "build,build,2,2,").contains(",makespan,");
    assertThat(lines[2].split(",", -1)).hasSize(RunResultCsv.COLUMNS.size());
  }

  @Test
  void csv_quotesCellsWithCommasAndQuotes() {
    assertThat(RunResultCsv.quote("plain")).isEqualTo("plain");
    assertThat(RunResultCsv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(RunResultCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }

  @Test
  void table_showsDomainsHostAndIsolation() {
    String table = RunTable.render(RESULT);
    assertThat(table.lines().toList()).hasSize(8);
    assertThat(table).startsWith("out: basic.rr (sliceUs=1000), SMT on, seed 7, measured 300ms"
        + " after 100ms warm-up\n");
    assertThat(table).contains("domain  vcpus  cpu share").contains("\nweb ")
        .contains("latencyP99 ").contains("makespan ").contains("\nhost: 4 CPUs, utilisation ")
        .contains("context switches ").contains("isolation (claim none): guest/guest ");
  }

  @Test
  void time_threeSignificantDigits() {
    assertThat(RunTable.time(0)).isEqualTo("0ns");
    assertThat(RunTable.time(812)).isEqualTo("812ns");
    assertThat(RunTable.time(12_345)).isEqualTo("12.3us");
    assertThat(RunTable.time(4_500_000_000L)).isEqualTo("4.50s");
    assertThat(RunTable.time(250_000_000L)).isEqualTo("250ms");
  }
}
