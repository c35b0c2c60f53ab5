package org.hvsched.harness.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hvsched.topology.InputException;

/**
 * Reads YAML into {@link YamlNode}s with the position of every node, using Jackson's streaming
 * parser ({@link JsonParser#currentTokenLocation()}). Duplicate keys and YAML syntax errors are
 * {@link InputException}s naming the line and column.
 */
public final class YamlTrees {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTrees() {}

  /** Reads {@code file}; {@code displayName} is how messages name it. */
  public static YamlNode read(Path file, String displayName) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, "no such file");
    } catch (IOException e) {
      throw new InputException(displayName, "cannot read: " + e.getMessage());
    }
    return parse(text, displayName);
  }

  /** Parses {@code text}; {@code displayName} names it in messages. */
  public static YamlNode parse(String text, String displayName) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new InputException(displayName, 1, 1, "the file is empty, expected a mapping");
      }
      YamlNode root = readValue(p, displayName);
      if (p.nextToken() != null) {
        throw at(p, displayName, "more than one YAML document, expected one");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
      throw new InputException(displayName, loc == null ? 0 : Math.max(0, loc.getLineNr()),
          loc == null ? 0 : Math.max(0, loc.getColumnNr()), "malformed YAML: " + msg, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static YamlNode readValue(JsonParser p, String file) throws IOException {
    Location where = location(p, file);
    JsonToken t = p.currentToken();
    return switch (t) {
      case START_OBJECT -> readMapping(p, file, where);
      case START_ARRAY -> readSequence(p, file, where);
      case VALUE_STRING -> new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.STRING, where);
      case VALUE_NUMBER_INT ->
          new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.INTEGER, where);
      case VALUE_NUMBER_FLOAT ->
          new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.DECIMAL, where);
      case VALUE_TRUE, VALUE_FALSE ->
          new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.BOOLEAN, where);
      case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, where);
      default -> throw at(p, file, "unexpected " + t + ", expected a value");
    };
  }

  private static YamlNode readMapping(JsonParser p, String file, Location where)
      throws IOException {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, Location> keys = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Location keyAt = location(p, file);
      if (entries.containsKey(key)) {
        throw keyAt.error("key '" + key + "' given twice (first at line "
            + keys.get(key).line() + "), expected each key once");
      }
      p.nextToken();
      entries.put(key, readValue(p, file));
      keys.put(key, keyAt);
    }
    return new YamlNode.Mapping(entries, keys, where);
  }

  private static YamlNode readSequence(JsonParser p, String file, Location where)
      throws IOException {
    List<YamlNode> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(readValue(p, file));
    }
    return new YamlNode.Sequence(items, where);
  }

  private static Location location(JsonParser p, String file) {
    JsonLocation l = p.currentTokenLocation();
    return new Location(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  private static InputException at(JsonParser p, String file, String message) {
    Location l = location(p, file);
    return l.error(message);
  }
}
