package org.hvsched.harness.compare;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.topology.InputException;

/**
 * Runs configurations x seeds on {@code jobs} threads and returns the runs sorted by
 * (configuration, seed) whatever the completion order, so results are byte-identical for any
 * thread count. Runs are taken in that order; when one fails, no run after it is started, the
 * runs before it finish, and the failure of the first failing run (in that order) is thrown: the
 * same failure for any thread count.
 */
public final class ParallelRuns {
  private ParallelRuns() {}

  /** Stack size of the worker threads (deep policy recursion; the launcher uses -Xss4m too). */
  private static final long STACK_BYTES = 16L << 20;

  /** Runs one configuration at one seed. */
  @FunctionalInterface
  public interface Executor {
    /**
     * Runs {@code config} at {@code seed}, sending thread states to {@code trace}.
     *
     * @throws Exception anything the run throws aborts the comparison
     */
    RunRecord run(Configuration config, long seed, TraceSink trace) throws Exception;
  }

  /** Told before the first run and after each finished run (serialised). */
  @FunctionalInterface
  public interface Progress {
    /** {@code done} of {@code total} runs have finished. */
    void update(int done, int total);

    /** Reports nothing. */
    Progress NONE = (done, total) -> {};
  }

  /**
   * The window of the report's per-core timeline, recorded on the first seed of every
   * configuration.
   *
   * @param fromNs start (simulated time)
   * @param toNs end (exclusive)
   */
  public record Window(long fromNs, long toNs) {
    public Window {
      checkArgument(fromNs >= 0 && fromNs < toNs, "bad window [%s, %s)", fromNs, toNs);
    }
  }

  /**
   * What the runs gave.
   *
   * @param runs every run, by configuration (matrix order) then seed
   * @param timelines per configuration name, when a window was asked for
   */
  public record Outcome(List<RunRecord> runs, Map<String, Timeline> timelines) {}

  /**
   * Runs every configuration at every seed.
   *
   * @throws CompareFailedException naming scenario, configuration, seed and simulated time
   * @throws InputException unchanged when a run finds bad input
   */
  public static Outcome run(String scenario, List<Configuration> configs, List<Long> seeds,
      int jobs, Optional<Window> window, Executor executor, Progress progress) {
    checkArgument(jobs > 0, "jobs must be positive: %s", jobs);
    checkArgument(!configs.isEmpty() && !seeds.isEmpty(), "nothing to run");
    int total = configs.size() * seeds.size();
    RunRecord[] results = new RunRecord[total];
    TimelineSink[] sinks = new TimelineSink[configs.size()];
    Throwable[] failures = new Throwable[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger limit = new AtomicInteger(total);
    AtomicInteger done = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < limit.get(); i = next.getAndIncrement()) {
        int c = i / seeds.size();
        int s = i % seeds.size();
        TraceSink sink = TraceSink.NONE;
        if (s == 0 && window.isPresent()) {
          sinks[c] = new TimelineSink(window.get().fromNs(), window.get().toNs());
          sink = sinks[c];
        }
        try {
          results[i] = executor.run(configs.get(c), seeds.get(s), sink);
        } catch (Throwable t) {
          failures[i] = t;
          limit.accumulateAndGet(i, Math::min);
          continue;
        }
        int d = done.incrementAndGet();
        synchronized (progress) {
          progress.update(d, total);
        }
      }
    };
    progress.update(0, total);
    startAndJoin(Math.min(jobs, total), worker);
    throwFirstFailure(scenario, configs, seeds, failures);
    List<RunRecord> runs = List.of(results);
    Map<String, Timeline> timelines = new LinkedHashMap<>();
    for (int c = 0; c < configs.size(); c++) {
      if (sinks[c] != null) {
        timelines.put(configs.get(c).name(), sinks[c].timeline());
      }
    }
    return new Outcome(runs, timelines);
  }

  private static void startAndJoin(int threads, Runnable worker) {
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(null, worker, "hvsched-compare-" + t, STACK_BYTES);
      thread.start();
      started.add(thread);
    }
    for (Thread thread : started) {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void throwFirstFailure(String scenario, List<Configuration> configs,
      List<Long> seeds, Throwable[] failures) {
    for (int i = 0; i < failures.length; i++) {
      Throwable t = failures[i];
      if (t == null) {
        continue;
      }
      if (t instanceof InputException input) {
        throw input;
      }
      if (t instanceof Error error && !(t instanceof AssertionError)) {
        throw error;
      }
      throw new CompareFailedException(scenario, configs.get(i / seeds.size()).name(),
          seeds.get(i % seeds.size()), t);
    }
  }
}
