package org.hvsched.harness.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON layout of every hvsched result file: two-space indentation, {@code \n} line ends on
 * every platform, {@code "key": value}, empty arrays as {@code []}; numbers as Java prints them,
 * so the same values always give the same bytes.
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** A generator with hvsched's layout writing to {@code out} (closing it leaves out open). */
  public static JsonGenerator generator(Writer out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators seps = Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withArrayEmptySeparator("").withObjectEmptySeparator("");
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter(seps)
          .withObjectIndenter(indenter).withArrayIndenter(indenter);
      g.setPrettyPrinter(pp);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value of a settings map: Long, Integer, Boolean, Double or (else) its text. */
  public static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v == null) {
      g.writeNull();
    } else {
      g.writeString(v.toString());
    }
  }

  /** Writes {@code map} as an object of {@link #writeValue} values. */
  public static void writeMap(JsonGenerator g, Map<String, Object> map) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      g.writeFieldName(e.getKey());
      writeValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  /** Runs {@code body} on a fresh generator and returns the text, ending with a newline. */
  public static String toText(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** Something written to a generator. */
  @FunctionalInterface
  public interface Body {
    /** Writes to {@code g}. */
    void write(JsonGenerator g) throws IOException;
  }
}
