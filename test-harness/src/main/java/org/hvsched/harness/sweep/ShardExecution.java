package org.hvsched.harness.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The runs of one {@code sweep run} on a pool of worker threads: each run's file is written the
 * moment it is done; at most two runs per thread wait in line, so memory does not grow with the
 * plan; after a failure no run is started, the running ones finish, and {@link #finish()}
 * throws the failure of the lowest plan index ({@link Failures}).
 */
final class ShardExecution {
  /** Stack size of the workers (deep policy recursion; the launcher uses -Xss4m too). */
  private static final long STACK_BYTES = 16L << 20;

  private final PlanRunner runner;
  private final Path runs;
  private final Progress progress;
  private final ExecutorService pool;
  private final Semaphore backlog;
  private final Failures failures = new Failures();
  private final TreeMap<Long, String> violations = new TreeMap<>();

  ShardExecution(PlanRunner runner, Path runs, int threads, Progress progress) {
    this.runner = runner;
    this.runs = runs;
    this.progress = progress;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(null, r, "hvsched-sweep", STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
    this.backlog = new Semaphore(threads * 2);
  }

  /** Queues the run at plan index {@code index}, waiting while the line is full. */
  void submit(long index, PlanLine line) {
    if (failures.any()) {
      return;
    }
    backlog.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        run(index, line);
      } catch (Throwable t) {
        failures.add(index, line, t);
      } finally {
        backlog.release();
      }
    });
  }

  /** Waits for the queued runs to finish. */
  void close() {
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.DAYS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * After {@link #close()}: the isolation violations, plan order.
   *
   * @throws SweepFailedException or the run's own exception when a run failed
   */
  List<String> finish() {
    failures.throwFirst();
    synchronized (violations) {
      return new ArrayList<>(violations.values());
    }
  }

  private void run(long index, PlanLine line) throws java.io.IOException {
    PlanRunner.Done done = runner.run(line, index);
    AtomicFiles.write(runs.resolve(line.id() + ".json"),
        done.text().getBytes(StandardCharsets.UTF_8));
    done.violation().ifPresent(v -> {
      synchronized (violations) {
        violations.put(index, "run " + line.id() + ", configuration " + line.config().name()
            + ", seed " + line.seed() + ", axes " + line.axisTexts() + ": " + v);
      }
    });
    progress.runFinished();
  }
}
