package org.hvsched.harness.workload;

import java.util.ArrayDeque;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * The server side of the request workloads: requests wait in arrival order until one of at most
 * {@code workers} handlers is free (unlimited by default), then run as guest threads of one chunk
 * (their service demand) on the global or a per-vCPU queue of the {@link GuestScheduler}.
 * Response time is arrival to completion; it is recorded for requests that arrive in the measured
 * window, and completions in the window count for throughput. At most {@code backlog} requests
 * may be outstanding; an arrival beyond that is dropped and counted.
 */
final class RequestServer {
  private final GuestScheduler guest;
  private final WorkloadEnv env;
  private final int workers;
  private final int backlog;
  private final ArrayDeque<Request> waiting = new ArrayDeque<>();
  private final Histogram latency = Latencies.newHistogram();
  private int inService;
  private long outstanding;
  private long completedInWindow;
  private long dropped;

  RequestServer(GuestScheduler guest, WorkloadEnv env, int workers, int backlog) {
    this.guest = guest;
    this.env = env;
    this.workers = workers;
    this.backlog = backlog;
  }

  /**
   * A request arrives at {@code nowNs} for vCPU queue {@code queue} (-1: the shared queue);
   * {@code onDone} gets the completion time. Returns false when it was dropped.
   */
  boolean arrive(long nowNs, long serviceNs, int queue, LongConsumer onDone) {
    if (outstanding >= backlog) {
      if (env.measured(nowNs)) {
        dropped++;
      }
      return false;
    }
    outstanding++;
    Request r = new Request(nowNs, Math.max(1, serviceNs), queue, onDone);
    if (inService < workers) {
      dispatch(r);
    } else {
      waiting.addLast(r);
    }
    return true;
  }

  private void dispatch(Request r) {
    inService++;
    if (r.queue < 0) {
      guest.submit(r);
    } else {
      guest.submitTo(r.queue, r);
    }
  }

  private void done(Request r, long nowNs) {
    inService--;
    outstanding--;
    if (r.arrivalNs >= env.warmupNs()) {
      latency.recordValue(nowNs - r.arrivalNs);
    }
    if (env.measured(nowNs)) {
      completedInWindow++;
    }
    if (!waiting.isEmpty()) {
      dispatch(waiting.pollFirst());
    }
    r.onDone.accept(nowNs);
  }

  /** Percentiles and throughput over the measured window. */
  RequestStats stats() {
    return new RequestStats(Latencies.at(latency, 50), Latencies.at(latency, 99),
        Latencies.at(latency, 99.9), completedInWindow / (env.measuredNs() / 1e9),
        java.util.Optional.of(latency.copy()));
  }

  /** Mean response time of the measured requests, ns (0 when none). */
  long meanNs() {
    return latency.getTotalCount() == 0 ? 0 : Math.round(latency.getMean());
  }

  /** Arrivals dropped in the measured window. */
  long dropped() {
    return dropped;
  }

  private final class Request implements GuestScheduler.GuestThread {
    final long arrivalNs;
    final long serviceNs;
    final int queue;
    final LongConsumer onDone;

    Request(long arrivalNs, long serviceNs, int queue, LongConsumer onDone) {
      this.arrivalNs = arrivalNs;
      this.serviceNs = serviceNs;
      this.queue = queue;
      this.onDone = onDone;
    }

    @Override
    public long nextChunkNs() {
      return serviceNs;
    }

    @Override
    public boolean chunkDone(long nowNs) {
      done(this, nowNs);
      return false;
    }
  }
}
