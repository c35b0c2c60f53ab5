package org.hvsched.harness.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.HdrHistogram.Histogram;
import org.hvsched.core.stats.DomainStats;
import org.hvsched.core.stats.HostStats;
import org.hvsched.core.stats.IsolationReport;
import org.hvsched.core.stats.PairExposure;
import org.hvsched.harness.run.DomainResult;
import org.hvsched.harness.run.PoolResult;
import org.hvsched.harness.run.RunResult;
import org.hvsched.harness.workload.Latencies;
import org.hvsched.harness.workload.Metric;
import org.hvsched.harness.workload.RequestStats;

/**
 * The run-result JSON of spec.md section 4, field for field and in its order, with the documented
 * extensions ({@code docs/results.md}): {@code tasks} after {@code vcpus}, and {@code pools} after
 * {@code invariants} when the scenario declares pools. Every {@code ...Ns} field is an integer;
 * nothing varies between identical runs.
 */
public final class RunResultJson {
  /** Version of the results layout. */
  public static final int SCHEMA_VERSION = 1;
  /** The {@code tool} field. */
  public static final String TOOL = "hvsched 0.3.0";

  private RunResultJson() {}

  /** The whole document, ending with a newline. */
  public static String toJson(RunResult r) {
    return Json.toText(g -> write(g, r));
  }

  /** Writes the result object to {@code g} (compare embeds it in its {@code runs}). */
  public static void write(JsonGenerator g, RunResult r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("tool", TOOL);
    g.writeStringField("scenario", r.scenario());
    g.writeFieldName("config");
    Json.writeValue(g, r.config().orElse(null));
    g.writeStringField("policy", r.policy());
    g.writeFieldName("settings");
    Json.writeMap(g, r.settings());
    g.writeStringField("smt", r.smt());
    g.writeNumberField("seed", r.seed());
    g.writeNumberField("durationNs", r.durationNs());
    g.writeNumberField("warmupNs", r.warmupNs());
    g.writeArrayFieldStart("domains");
    for (DomainResult d : r.domains()) {
      domain(g, d);
    }
    g.writeEndArray();
    host(g, r.host());
    isolation(g, r.isolation());
    g.writeObjectFieldStart("invariants");
    g.writeNumberField("violations", r.invariantViolations());
    g.writeEndObject();
    if (r.poolsDeclared()) {
      pools(g, r);
    }
    g.writeEndObject();
  }

  private static void domain(JsonGenerator g, DomainResult d) throws IOException {
    DomainStats s = d.stats();
    g.writeStartObject();
    g.writeStringField("name", d.name());
    g.writeStringField("trust", d.trust());
    g.writeNumberField("vcpus", d.vcpus());
    g.writeNumberField("tasks", d.tasks());
    g.writeNumberField("cpuNs", s.cpuNs());
    g.writeNumberField("waitNs", s.waitNs());
    g.writeNumberField("parkedNs", s.parkedNs());
    g.writeNumberField("blockedNs", s.blockedNs());
    g.writeNumberField("workNs", s.workNs());
    g.writeNumberField("forcedIdleNs", s.forcedIdleNs());
    g.writeNumberField("reservedIdleNs", s.reservedIdleNs());
    g.writeNumberField("contextSwitches", s.contextSwitches());
    g.writeNumberField("migrations", s.migrations());
    Histogram h = s.wakeLatency();
    g.writeObjectFieldStart("wakeLatency");
    g.writeNumberField("p50Ns", Latencies.at(h, 50));
    g.writeNumberField("p99Ns", Latencies.at(h, 99));
    g.writeNumberField("p999Ns", Latencies.at(h, 99.9));
    g.writeNumberField("maxNs", Latencies.max(h));
    g.writeEndObject();
    if (d.requests().isPresent()) {
      RequestStats q = d.requests().get();
      g.writeNumberField("p50Ns", q.p50Ns());
      g.writeNumberField("p99Ns", q.p99Ns());
      g.writeNumberField("p999Ns", q.p999Ns());
      g.writeNumberField("opsPerSec", q.opsPerSec());
    }
    if (d.makespanNs().isPresent()) {
      g.writeNumberField("makespanNs", d.makespanNs().getAsLong());
    }
    g.writeArrayFieldStart("metrics");
    for (Metric m : d.metrics()) {
      g.writeStartObject();
      g.writeStringField("name", m.name());
      g.writeFieldName("value");
      writeMetricValue(g, m);
      g.writeStringField("unit", m.unit());
      g.writeBooleanField("higherIsBetter", m.higherIsBetter());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Whole values in {@code ns} or without unit (counts) are integers; others decimals. */
  static void writeMetricValue(JsonGenerator g, Metric m) throws IOException {
    if (isInteger(m)) {
      g.writeNumber((long) m.value());
    } else {
      g.writeNumber(m.value());
    }
  }

  static boolean isInteger(Metric m) {
    return (m.unit().equals("ns") || m.unit().isEmpty()) && m.value() == Math.rint(m.value())
        && Math.abs(m.value()) < 9.0e18;
  }

  private static void host(JsonGenerator g, HostStats h) throws IOException {
    g.writeObjectFieldStart("host");
    g.writeNumberField("cpus", h.cpus());
    g.writeNumberField("busyNs", h.busyNs());
    g.writeNumberField("idleNs", h.idleNs());
    g.writeNumberField("forcedIdleNs", h.forcedIdleNs());
    g.writeNumberField("reservedIdleNs", h.reservedIdleNs());
    g.writeNumberField("hostWorkNs", h.hostWorkNs());
    g.writeNumberField("rendezvousNs", h.rendezvousNs());
    g.writeNumberField("contextSwitches", h.contextSwitches());
    g.writeNumberField("migrations", h.migrations());
    g.writeEndObject();
  }

  private static void isolation(JsonGenerator g, IsolationReport i) throws IOException {
    g.writeObjectFieldStart("isolation");
    g.writeStringField("claim", i.claim());
    g.writeNumberField("guestGuestNs", i.guestGuestNs());
    g.writeNumberField("transitionNs", i.transitionNs());
    g.writeNumberField("guestHostNs", i.guestHostNs());
    g.writeNumberField("windows", i.windows());
    g.writeNumberField("longestWindowNs", i.longestWindowNs());
    g.writeArrayFieldStart("byPair");
    for (PairExposure p : i.byPair()) {
      g.writeStartObject();
      g.writeStringField("a", p.a());
      g.writeStringField("b", p.b());
      g.writeNumberField("ns", p.ns());
      g.writeNumberField("windows", p.windows());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void pools(JsonGenerator g, RunResult r) throws IOException {
    g.writeArrayFieldStart("pools");
    for (PoolResult p : r.pools()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("cpus", p.cpus());
      g.writeStringField("policy", p.policy());
      g.writeFieldName("settings");
      Json.writeMap(g, p.settings());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
