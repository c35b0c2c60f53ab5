package org.hvsched.harness.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical form of a JSON value, which plan ids hash: object keys sorted (by their UTF-16
 * code units, recursively), no whitespace, numbers as Jackson writes their exact value
 * ({@code BigInteger}, {@code BigDecimal} as written, never in exponent form), so two values that
 * are equal as JSON trees have the same canonical text, whatever their key order.
 */
public final class CanonicalJson {
  /** Reads and writes plan lines: exact decimals, no floating-point rounding. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature
          .STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  /** Hex digits of SHA-256 kept in an id (64 bits). */
  public static final int ID_HEX_DIGITS = 16;

  private CanonicalJson() {}

  /** A copy of {@code node} with every object's keys sorted. */
  public static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      Collections.sort(keys);
      ObjectNode out = MAPPER.createObjectNode();
      for (String key : keys) {
        out.set(key, sorted(node.get(key)));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        out.add(sorted(it.next()));
      }
      return out;
    }
    return node;
  }

  /** The canonical text of {@code node}. */
  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@link #ID_HEX_DIGITS} hex digits of the SHA-256 of {@code text} in UTF-8. */
  public static String id(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, ID_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
