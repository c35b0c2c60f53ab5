package org.hvsched.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;
import org.hvsched.harness.yaml.YamlNode;

/**
 * Turns a scenario's YAML tree into the JSON tree a plan line carries. JSON is YAML, so the
 * scenario parser reads the line's tree back as written; every scalar keeps what the parser
 * reads from it: its text, and whether it is a whole number. Whole numbers and decimals written
 * in plain decimal notation become JSON numbers, {@code true}/{@code false} JSON booleans, empty
 * values {@code null}, and every other scalar a JSON string of its text ({@code on},
 * {@code 250us}, {@code 0x10}), which the parser reads exactly as before.
 */
final class YamlJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern PLAIN_INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+");

  private YamlJson() {}

  /** The JSON tree of {@code node}, mapping keys in file order. */
  static JsonNode toJson(YamlNode node) {
    if (node instanceof YamlNode.Mapping m) {
      ObjectNode out = JSON.objectNode();
      for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
        out.set(e.getKey(), toJson(e.getValue()));
      }
      return out;
    }
    if (node instanceof YamlNode.Sequence s) {
      ArrayNode out = JSON.arrayNode();
      s.items().forEach(item -> out.add(toJson(item)));
      return out;
    }
    return scalar((YamlNode.Scalar) node);
  }

  private static JsonNode scalar(YamlNode.Scalar s) {
    String t = s.text();
    switch (s.kind()) {
      case NULL:
        return JSON.nullNode();
      case BOOLEAN:
        if (t.equals("true") || t.equals("false")) {
          return JSON.booleanNode(t.equals("true"));
        }
        return JSON.textNode(t);
      case INTEGER:
        return PLAIN_INTEGER.matcher(t).matches() ? JSON.numberNode(new BigInteger(t))
            : JSON.textNode(t);
      case DECIMAL:
        return PLAIN_DECIMAL.matcher(t).matches() ? JSON.numberNode(new BigDecimal(t))
            : JSON.textNode(t);
      default:
        return JSON.textNode(t);
    }
  }
}
