package org.hvsched.core.trace;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes Chrome trace-event JSON (object form) with Jackson's streaming generator, one event per
 * line: {@code {"traceEvents":[} events {@code ],"systemTraceEvents":"...","otherData":{...}}}.
 * Times are simulated ns written as microseconds with three decimals ({@code 1234.567}), so no
 * precision is lost. No {@code displayTimeUnit} is written: older Perfetto releases read
 * {@code "ns"} there as the unit of {@code ts}.
 */
final class ChromeEvents {
  private final Path path;
  private final JsonGenerator json;
  private final StringBuilder number = new StringBuilder(24);

  private ChromeEvents(Path path, JsonGenerator json) {
    this.path = path;
    this.json = json;
  }

  /** Creates {@code path} (gzip when its name ends in {@code .gz}) and opens the event array. */
  static ChromeEvents create(Path path) {
    try {
      OutputStream raw = Files.newOutputStream(path);
      OutputStream out = path.getFileName().toString().endsWith(".gz")
          ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16);
      JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
      json.setPrettyPrinter(new LinePerEvent());
      json.writeStartObject();
      json.writeFieldName("traceEvents");
      json.writeStartArray();
      return new ChromeEvents(path, json);
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  Path path() {
    return path;
  }

  /** {@code M} event naming a process or thread ({@code process_name}, {@code thread_name}). */
  void name(String what, int pid, int tid, String name) {
    try {
      head("M", what, pid, tid);
      json.writeObjectFieldStart("args");
      json.writeStringField("name", name);
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /** {@code M} event ordering a process or thread ({@code process_sort_index}...). */
  void sortIndex(String what, int pid, int tid, int index) {
    try {
      head("M", what, pid, tid);
      json.writeObjectFieldStart("args");
      json.writeNumberField("sort_index", index);
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /**
   * Starts an {@code X} slice; the caller writes args with {@link #arg} and ends it with
   * {@link #endArgs()}.
   */
  void slice(int pid, int tid, long startNs, long durNs, String name, String cat) {
    try {
      head("X", name, pid, tid);
      json.writeFieldName("ts");
      json.writeNumber(micros(startNs));
      json.writeFieldName("dur");
      json.writeNumber(micros(durNs));
      json.writeStringField("cat", cat);
      json.writeObjectFieldStart("args");
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  void arg(String key, String value) {
    try {
      json.writeStringField(key, value);
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  void arg(String key, long value) {
    try {
      json.writeNumberField(key, value);
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /** Ends the args object and the event started by {@link #slice}. */
  void endArgs() {
    try {
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /** {@code C} event: counter {@code name}, one series {@code key}, in process {@code pid}. */
  void counter(int pid, long nowNs, String name, String key, long value) {
    try {
      head("C", name, pid, pid);
      json.writeFieldName("ts");
      json.writeNumber(micros(nowNs));
      json.writeObjectFieldStart("args");
      json.writeNumberField(key, value);
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /** {@code i} event with scope {@code t} (thread) or {@code p} (process). */
  void instant(int pid, int tid, long nowNs, String name, String scope) {
    try {
      head("i", name, pid, tid);
      json.writeFieldName("ts");
      json.writeNumber(micros(nowNs));
      json.writeStringField("s", scope);
      json.writeStringField("cat", "note");
      json.writeEndObject();
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /**
   * Ends the event array, writes {@code systemTraceEvents} from {@code ftrace} (null: none) and
   * {@code otherData}, and closes the file.
   */
  void finish(Reader ftrace) {
    try (JsonGenerator g = json) {
      g.writeEndArray();
      if (ftrace != null) {
        g.writeFieldName("systemTraceEvents");
        g.writeString(ftrace, -1);
      }
      g.writeObjectFieldStart("otherData");
      g.writeStringField("generator", "hvsched");
      g.writeStringField("clock", "simulated time from 0; ts and dur in microseconds");
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  /** Closes the file without finishing the document (after a failure). */
  void abandon() {
    try {
      json.close();
    } catch (IOException e) {
      throw Traces.failure(path, e);
    }
  }

  private void head(String ph, String name, int pid, int tid) throws IOException {
    json.writeStartObject();
    json.writeStringField("ph", ph);
    json.writeStringField("name", name);
    json.writeNumberField("pid", pid);
    json.writeNumberField("tid", tid);
  }

  /** {@code ns} as microseconds with exactly three decimals. */
  private String micros(long ns) {
    number.setLength(0);
    number.append(ns / 1000).append('.');
    long frac = ns % 1000;
    if (frac < 100) {
      number.append('0');
    }
    if (frac < 10) {
      number.append('0');
    }
    return number.append(frac).toString();
  }

  /** Puts each event of the array, and each top-level key, on its own line. */
  private static final class LinePerEvent extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      g.writeRaw(nrOfValues > 0 ? "\n]" : "]");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(g.getOutputContext().getParent().inRoot() ? ",\n" : ",");
    }
  }
}
