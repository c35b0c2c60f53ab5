package org.hvsched.bench;

import java.util.concurrent.TimeUnit;
import org.hvsched.core.engine.EventQueueHold;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ceiling: events per second of the bare event queue under the hold model (pop the earliest,
 * push a new one), with as many events pending as the small, medium and large scenarios keep
 * (2 per CPU + 1 per task: 24, 256, 6144).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventQueueThroughput {
  private static final int BATCH = 10_000;

  @Param({"24", "256", "6144"})
  int pending;

  private EventQueueHold hold;

  @Setup
  public void setUp() {
    hold = new EventQueueHold(pending, 1);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long hold() {
    return hold.steps(BATCH);
  }
}
