package org.hvsched.harness.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hvsched.harness.output.Json;

/**
 * {@code results.json} of spec.md section 5: the matrix with every run (the run results of
 * section 4, with {@code "config"}), the per-domain summary, the isolation summary and the
 * verdicts. Additions (docs/compare.md): {@code isolation.claim}, {@code transitionNs},
 * {@code forcedIdleNs}, {@code reservedIdleNs}, {@code violations}, and the top-level
 * {@code verdictDomains}. Keys in a fixed order, the layout of every result file ({@link Json}:
 * two-space indentation, LF line ends, a final newline): the same comparison gives the same
 * bytes, and each run reads exactly as {@code hvsched run --json} writes it.
 */
public final class ResultsJson {
  private ResultsJson() {}

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The JSON tree of {@code c}. */
  public static ObjectNode tree(Comparison c) {
    ObjectNode root = F.objectNode();
    root.put("schemaVersion", 1);
    root.put("tool", c.tool());
    root.put("scenario", c.scenario());
    ArrayNode seeds = root.putArray("seeds");
    c.seeds().forEach(seeds::add);
    ArrayNode configs = root.putArray("configs");
    c.configs().forEach(r -> configs.add(config(r)));
    ArrayNode verdicts = root.putArray("verdicts");
    c.verdicts().lines().forEach(verdicts::add);
    ArrayNode domains = root.putArray("verdictDomains");
    c.verdicts().domains().forEach(domains::add);
    return root;
  }

  /** {@code results.json}'s text. */
  public static String text(Comparison c) {
    return write(tree(c));
  }

  /** {@code node} in the layout of every hvsched result file ({@link Json}). */
  public static String write(JsonNode node) {
    return Json.toText(g -> MAPPER.writeTree(g, node));
  }

  private static ObjectNode config(ConfigResult r) {
    Configuration c = r.config();
    ObjectNode first = r.runs().get(0).json();
    ObjectNode o = F.objectNode();
    o.put("name", c.name());
    o.put("family", c.family());
    o.put("baseline", c.baseline());
    o.set("policy", first.path("policy").deepCopy());
    o.set("settings", first.path("settings").deepCopy());
    o.set("smt", first.path("smt").deepCopy());
    ArrayNode runs = o.putArray("runs");
    r.runs().forEach(run -> runs.add(run.json().deepCopy()));
    ArrayNode summary = o.putArray("summary");
    r.summary().forEach(s -> summary.add(summary(s)));
    o.set("isolation", isolation(r.isolation()));
    return o;
  }

  private static ObjectNode summary(DomainSummary s) {
    ObjectNode o = F.objectNode();
    o.put("domain", s.domain());
    o.put("metric", s.metric());
    o.put("unit", s.unit());
    o.put("higherIsBetter", s.higherIsBetter());
    o.put("mean", s.stats().mean());
    o.put("ci95", s.stats().ci95());
    if (s.ratioToBaseline().isPresent()) {
      o.put("ratioToBaseline", s.ratioToBaseline().getAsDouble());
    } else {
      o.putNull("ratioToBaseline");
    }
    return o;
  }

  private static ObjectNode isolation(IsolationSummary iso) {
    ObjectNode o = F.objectNode();
    o.put("claim", iso.claim());
    o.set("guestGuestNs", meanMax(iso.guestGuestNs()));
    o.set("guestHostNs", meanMax(iso.guestHostNs()));
    o.set("transitionNs", meanMax(iso.transitionNs()));
    o.set("forcedIdleNs", meanMax(iso.forcedIdleNs()));
    o.set("reservedIdleNs", meanMax(iso.reservedIdleNs()));
    ArrayNode v = o.putArray("violations");
    iso.violations().forEach(v::add);
    return o;
  }

  private static ObjectNode meanMax(IsolationSummary.MeanMax m) {
    ObjectNode o = F.objectNode();
    o.put("mean", m.mean());
    o.put("max", m.max());
    return o;
  }
}
