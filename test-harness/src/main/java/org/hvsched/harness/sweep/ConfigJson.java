package org.hvsched.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hvsched.harness.compare.Configuration;
import org.hvsched.topology.InputException;

/**
 * A resolved compare {@link Configuration} as a plan line carries it:
 * {@code {"name": "xen-core", "family": "xen", "baseline": "xen-smt-on", "policy":
 * "xen.credit2", "settings": {"schedGran": "core"}, "smt": true}} ({@code smt} null: the
 * scenario's). Settings stay raw text, as written.
 */
final class ConfigJson {
  private ConfigJson() {}

  static ObjectNode write(Configuration c) {
    ObjectNode o = CanonicalJson.MAPPER.createObjectNode();
    o.put("name", c.name());
    o.put("family", c.family());
    o.put("baseline", c.baseline());
    o.put("policy", c.policyId());
    ObjectNode settings = o.putObject("settings");
    c.settings().forEach(settings::put);
    if (c.smt().isPresent()) {
      o.put("smt", c.smt().get());
    } else {
      o.putNull("smt");
    }
    return o;
  }

  static Configuration read(ObjectNode o, String file, int lineNo) {
    Map<String, String> settings = new LinkedHashMap<>();
    JsonNode s = o.path("settings");
    if (!s.isObject()) {
      throw bad(file, lineNo, "config.settings");
    }
    s.properties().forEach(e -> settings.put(e.getKey(), e.getValue().asText()));
    JsonNode smt = o.path("smt");
    if (!smt.isBoolean() && !smt.isNull()) {
      throw bad(file, lineNo, "config.smt");
    }
    try {
      return new Configuration(text(o, "name", file, lineNo), text(o, "family", file, lineNo),
          text(o, "baseline", file, lineNo), text(o, "policy", file, lineNo), settings,
          smt.isBoolean() ? Optional.of(smt.asBoolean()) : Optional.empty());
    } catch (IllegalArgumentException e) {
      throw new InputException(file, lineNo, 0, "config: " + e.getMessage());
    }
  }

  /** A JSON value as one text cell: a scalar's text, else its canonical JSON. */
  static String cell(JsonNode v) {
    return v.isValueNode() ? v.asText() : CanonicalJson.text(v);
  }

  private static String text(ObjectNode o, String key, String file, int lineNo) {
    JsonNode v = o.path(key);
    if (!v.isTextual()) {
      throw bad(file, lineNo, "config." + key);
    }
    return v.asText();
  }

  private static InputException bad(String file, int lineNo, String field) {
    return new InputException(file, lineNo, 0, "field '" + field + "' is missing or of the"
        + " wrong type, expected a configuration as hvsched sweep plan writes it");
  }
}
