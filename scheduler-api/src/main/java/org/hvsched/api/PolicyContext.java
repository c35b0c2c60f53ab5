package org.hvsched.api;

/**
 * What a policy may ask of the simulated host. Every request is recorded by the engine and
 * carried out with the host's modelled costs (IPI latency, context switch).
 */
public interface PolicyContext {

  /**
   * Ask for a {@link SchedPolicy#schedule} of {@code cpu}'s resource: at once when the request
   * comes from that CPU's own context (a timer on it, a decision made on it), after the IPI
   * latency otherwise. Repeated requests before it lands coalesce.
   */
  void resched(int cpu);

  /**
   * Switch one thread without a decision (Xen's forced per-thread switch inside a running unit:
   * a member vCPU woke up or went to sleep). Delivered like a remote assignment.
   */
  void assign(int cpu, Occupant next);

  /**
   * Reports that a runnable task is held back by a cap (credit2's parked unit, a throttled CFS
   * group) or released again; accounting counts that time as {@code parkedNs}, not waiting.
   */
  void setParked(Task task, boolean parked);

  /** Creates a timer that fires on {@code cpu} (-1: not bound to a CPU). */
  PolicyTimer newTimer(String label, int cpu);

  /** Host (interrupt) time spent on {@code cpu} so far: what Linux excludes from task clocks. */
  long hostTimeNs(int cpu);

  /** True when a trace is being written, so policies can skip building trace data. */
  boolean tracing();

  /** Records a policy counter for traces (e.g. the credit of a unit, a vruntime). */
  void counter(String series, long value);

  /** Records an instant event with a reason for traces (e.g. which tickle rule decided). */
  void note(int cpu, String what);
}
