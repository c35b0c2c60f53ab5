package org.hvsched.harness.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.topology.InputException;

/**
 * One line of a plan: one run with everything needed to run it, and its id.
 *
 * <pre>{"id":"3f9c0a1b2c3d4e5f","axes":{"vms":4},"config":{...},"dir":"..","scenario":{...},
 *  "seed":7,"tool":"hvsched 0.3.0"}</pre>
 *
 * <p>{@code scenario} is the scenario's YAML tree with the point's axis values applied, as JSON
 * (its {@code configs:} and {@code seed:} left out: the line names its configuration and seed);
 * {@code dir} is the scenario's folder relative to the plan's folder (relative paths in the
 * scenario resolve there); {@code config} is the resolved configuration; {@code tool} the
 * version that planned it. {@code axes} labels the run with the point it belongs to and is the
 * one field left out of the id: the id is the first 16 hex digits of the SHA-256 of the canonical
 * JSON ({@link CanonicalJson}) of every other field, so equal runs have equal ids even when two
 * points share them. The line is written in that canonical form, after {@code id} and
 * {@code axes}.
 *
 * @param id content hash
 * @param axes axis key to value, in the sweep's axis order
 * @param config the configuration to run
 * @param dir the scenario's folder relative to the plan's, with {@code /}
 * @param scenario the resolved scenario tree
 * @param seed the run's seed
 * @param tool the planning tool and version
 */
public record PlanLine(String id, ObjectNode axes, Configuration config, String dir,
    ObjectNode scenario, long seed, String tool) {

  public PlanLine {
    requireNonNull(id, "id");
    requireNonNull(axes, "axes");
    requireNonNull(config, "config");
    requireNonNull(dir, "dir");
    requireNonNull(scenario, "scenario");
    requireNonNull(tool, "tool");
  }

  /** A line with its id computed from the content. */
  public static PlanLine of(ObjectNode axes, Configuration config, String dir,
      ObjectNode scenario, long seed, String tool) {
    ObjectNode content = content(config, dir, scenario, seed, tool);
    return new PlanLine(CanonicalJson.id(CanonicalJson.text(content)), axes, config, dir,
        scenario, seed, tool);
  }

  /** The line's text (no line end). */
  public String text() {
    ObjectNode line = CanonicalJson.MAPPER.createObjectNode();
    line.put("id", id);
    line.set("axes", axes);
    JsonNode sorted = CanonicalJson.sorted(content(config, dir, scenario, seed, tool));
    line.setAll((ObjectNode) sorted);
    try {
      return CanonicalJson.MAPPER.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id the content gives (equal to {@link #id} for a line nobody edited). */
  public String contentId() {
    return CanonicalJson.id(CanonicalJson.text(content(config, dir, scenario, seed, tool)));
  }

  /**
   * Reads one line of {@code file} (1-based {@code lineNo}).
   *
   * @throws InputException naming the file and line when the line is not a plan line
   */
  public static PlanLine parse(String text, String file, int lineNo) {
    JsonNode n;
    try {
      n = CanonicalJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InputException(file, lineNo, 0, "malformed JSON (" + e.getOriginalMessage()
          + "), expected one plan line as written by hvsched sweep plan");
    }
    if (!(n instanceof ObjectNode o)) {
      throw new InputException(file, lineNo, 0, "found " + n.getNodeType()
          + ", expected a JSON object per line as written by hvsched sweep plan");
    }
    Fields f = new Fields(o, file, lineNo);
    PlanLine line = new PlanLine(f.text("id"), f.object("axes"), ConfigJson.read(
        f.object("config"), file, lineNo), f.text("dir"), f.object("scenario"), f.integer("seed"),
        f.text("tool"));
    f.finish(List.of("id", "axes", "config", "dir", "scenario", "seed", "tool"));
    if (!line.contentId().equals(line.id())) {
      throw new InputException(file, lineNo, 0, "id " + line.id() + " does not match the"
          + " line's content (" + line.contentId() + "), expected an unedited plan line");
    }
    return line;
  }

  /** The axis values as text, for messages and the CSV ({@code vms=4, smt=off}). */
  public Map<String, String> axisTexts() {
    Map<String, String> out = new LinkedHashMap<>();
    axes.properties().forEach(e -> out.put(e.getKey(), ConfigJson.cell(e.getValue())));
    return out;
  }

  private static ObjectNode content(Configuration config, String dir, ObjectNode scenario,
      long seed, String tool) {
    ObjectNode o = CanonicalJson.MAPPER.createObjectNode();
    o.set("config", ConfigJson.write(config));
    o.put("dir", dir);
    o.set("scenario", scenario);
    o.put("seed", seed);
    o.put("tool", tool);
    return o;
  }

  /** Typed access to the fields of one line, with errors naming it. */
  private record Fields(ObjectNode o, String file, int lineNo) {
    String text(String key) {
      JsonNode v = o.get(key);
      if (v == null || !v.isTextual()) {
        throw missing(key, "a string");
      }
      return v.asText();
    }

    ObjectNode object(String key) {
      JsonNode v = o.get(key);
      if (!(v instanceof ObjectNode obj)) {
        throw missing(key, "an object");
      }
      return obj;
    }

    long integer(String key) {
      JsonNode v = o.get(key);
      if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
        throw missing(key, "a whole number");
      }
      return v.asLong();
    }

    void finish(List<String> known) {
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!known.contains(key)) {
          throw new InputException(file, lineNo, 0, "unknown field '" + key
              + "', expected only " + String.join(", ", known));
        }
      }
    }

    private InputException missing(String key, String expected) {
      return new InputException(file, lineNo, 0, "field '" + key + "' is "
          + Optional.ofNullable(o.get(key)).map(v -> v.getNodeType().toString().toLowerCase())
              .orElse("missing") + ", expected " + expected);
    }
  }
}
