package org.hvsched.harness.sweep;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hvsched.harness.compare.RunRecord;
import org.hvsched.topology.InputException;

/**
 * {@code DIR/runs/ID.json}: one finished run of a sweep.
 *
 * <pre>{"schemaVersion": 1, "id": "3f9c0a1b2c3d4e5f", "violation": null,
 *  "result": {the run result of spec.md section 4, with "config" set},
 *  "csv": {"header": "...", "rows": ["...", ...]}}</pre>
 *
 * <p>{@code violation} is the auditor's description of guest/guest exposure on a core the
 * policy claimed to isolate (section 1: such a run still writes its results), which the run
 * result itself does not carry and compare's summaries list; {@code csv} holds the run-result
 * CSV's header and rows (one per domain), which compare's {@code results.csv} is made of. Two-space indentation, LF line
 * ends, a final newline: the same run gives the same bytes.
 *
 * @param id the plan line's id
 * @param violation the isolation violation, if any
 * @param result the run result
 * @param csvHeader the run-result CSV's header (no line end)
 * @param csvRows its rows, one per domain (no line ends)
 */
record RunFile(String id, Optional<String> violation, ObjectNode result, String csvHeader,
    List<String> csvRows) {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  RunFile {
    requireNonNull(id, "id");
    requireNonNull(violation, "violation");
    requireNonNull(result, "result");
    requireNonNull(csvHeader, "csvHeader");
    csvRows = List.copyOf(csvRows);
  }

  /** The file's text for run {@code id}'s record {@code r}. */
  static String text(String id, RunRecord r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PLAIN.getFactory().createGenerator(out)) {
      DefaultIndenter lf = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
      g.writeStartObject();
      g.writeNumberField("schemaVersion", 1);
      g.writeStringField("id", id);
      g.writeFieldName("violation");
      if (r.violation().isPresent()) {
        g.writeString(r.violation().get());
      } else {
        g.writeNull();
      }
      g.writeFieldName("result");
      g.writeTree(r.json());
      g.writeObjectFieldStart("csv");
      g.writeStringField("header", r.csvHeader());
      g.writeArrayFieldStart("rows");
      for (String row : r.csvRows()) {
        g.writeString(row);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /**
   * Reads {@code file}, which must hold run {@code id}.
   *
   * @throws InputException naming the file when it is not such a run file
   */
  static RunFile read(Path file, String id) throws IOException {
    JsonNode n;
    try {
      n = PLAIN.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputException(file.toString(), "malformed JSON (" + e.getOriginalMessage()
          + "), expected a run file written by hvsched sweep run; delete it to run it again");
    }
    if (!n.path("id").asText().equals(id) || !n.path("result").isObject()
        || !(n.path("violation").isNull() || n.path("violation").isTextual())
        || !n.path("csv").path("header").isTextual() || !n.path("csv").path("rows").isArray()) {
      throw new InputException(file.toString(), "not the result of run " + id
          + ", expected a run file written by hvsched sweep run; delete it to run it again");
    }
    JsonNode v = n.path("violation");
    List<String> rows = new ArrayList<>();
    n.path("csv").path("rows").forEach(row -> rows.add(row.asText()));
    return new RunFile(id, v.isNull() ? Optional.empty() : Optional.of(v.asText()),
        (ObjectNode) n.path("result"), n.path("csv").path("header").asText(), rows);
  }
}
