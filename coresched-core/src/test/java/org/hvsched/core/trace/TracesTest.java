package org.hvsched.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traces opens the requested files up front, combines sinks and closes them all. */
final class TracesTest {
  @TempDir Path dir;

  @Test
  void noPaths_givesTheDisabledSink() {
    assertThat(Traces.open(null, null)).isSameAs(TraceSink.NONE);
    assertThat(Traces.combine(List.of(TraceSink.NONE))).isSameAs(TraceSink.NONE);
  }

  @Test
  void onePath_givesThatWriterAlone() {
    try (TraceSink sink = Traces.open(dir.resolve("a.ftrace"), null)) {
      assertThat(sink).isInstanceOf(FtraceWriter.class);
    }
    assertThat(dir.resolve("a.ftrace")).exists();
  }

  @Test
  void bothPaths_createBothFilesBeforeTheRunAndFillThemOnClose() throws Exception {
    Path ftrace = dir.resolve("a.ftrace");
    Path json = dir.resolve("a.json");
    try (TraceSink sink = Traces.open(ftrace, json)) {
      assertThat(sink).isInstanceOf(CompositeTraceSink.class);
      assertThat(ftrace).exists();
      assertThat(json).exists();
      FtraceWriterTest.replayExample(sink);
    }
    assertThat(FtraceParser.parse(ftrace).events()).hasSize(12);
    assertThat(Files.readString(json)).contains("\"systemTraceEvents\":\"# tracer: nop\\n");
  }

  @Test
  void secondPathUnwritable_failsNamingItAndClosesTheFirst() {
    Path bad = dir.resolve("no-such-dir").resolve("a.json");
    assertThatThrownBy(() -> Traces.open(dir.resolve("a.ftrace"), bad))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(bad.toString());
  }

  @Test
  void closeAll_closesEverySinkAndReportsTheFirstFailure() {
    List<String> closed = new ArrayList<>();
    TraceSink failing1 = new TraceSink() {
      @Override
      public void close() {
        closed.add("1");
        throw new IllegalStateException("one");
      }
    };
    TraceSink ok = new TraceSink() {
      @Override
      public void close() {
        closed.add("2");
      }
    };
    TraceSink failing3 = new TraceSink() {
      @Override
      public void close() {
        closed.add("3");
        throw new IllegalStateException("three");
      }
    };
    assertThatThrownBy(() -> new CompositeTraceSink(List.of(failing1, ok, failing3)).close())
        .hasMessage("one")
        .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
            .containsExactly("three"));
    assertThat(closed).containsExactly("1", "2", "3");
  }
}
