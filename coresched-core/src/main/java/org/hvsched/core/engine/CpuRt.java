package org.hvsched.core.engine;

import java.util.ArrayDeque;
import org.hvsched.api.Occupant;
import org.hvsched.core.ThreadState;

/** The engine's mutable state of one logical CPU. */
final class CpuRt {
  final int id;
  final CoreRt core;
  final int socket;
  PoolRt pool;
  ResourceRt resource;

  /** What is loaded: runs whenever the thread is not in host state. */
  Occupant loaded = Occupant.IDLE;
  /** The engine state of the loaded task, null for the idle kinds. */
  TaskRt loadedRt;
  /** What the policy last assigned. */
  Occupant committed = Occupant.IDLE;

  /** Switching to {@link #switchTarget}; ends with a SwitchDone of {@link #switchGen}. */
  boolean switching;
  Occupant switchTarget;
  long switchGen;
  /** What the CPU held when the current switch began (for {@code switched}). */
  Occupant switchPrev = Occupant.IDLE;
  /** In a rendezvous of its resource (arrived, waiting for the decision or the others). */
  boolean inRendezvous;
  /** The rendezvous of the resource asked this CPU to arrive (IPI in flight). */
  boolean rendezvousCalled;
  /** Serving a host interrupt. */
  boolean inIrq;
  /** Work deferred until the interrupt ends (softirq on irq exit). */
  final ArrayDeque<Runnable> deferred = new ArrayDeque<>();
  /** A remote assignment is in flight while the old task still runs. */
  boolean leaving;
  long ipiGen;
  long sliceGen;
  /** Queue handle of the pending slice event of this thread's own resource, -1 for none. */
  int sliceHandle = -1;
  /** A reschedule request (IPI) is in flight. */
  boolean reschedPending;
  /** A reschedule arrived while switching; run it when the switch is done. */
  boolean needResched;

  long burstGen;
  /** Queue handle of the pending burst end, -1 for none. */
  int burstHandle = -1;
  double speed;
  long progressSinceNs;

  ThreadState state = ThreadState.IDLE;
  TaskRt stateTask;
  /** While in host state: 0 interrupt, 1 rendezvous, 2 switch. */
  int hostKind;
  org.hvsched.api.Domain reservedOwner;
  String stateTrust;
  long stateSinceNs;
  long irqEndNs;
  long irqStartNs;
  long irqTotalNs;

  CpuRt(int id, CoreRt core, int socket) {
    this.id = id;
    this.core = core;
    this.socket = socket;
  }

  /** The task the trace last showed running here, null for idle. */
  TaskRt tracedTask;

  /** Loads {@code occupant} ({@code rt} is its task's state, or null). */
  void load(Occupant occupant, TaskRt rt) {
    loaded = occupant;
    loadedRt = rt;
  }

  /** True while the thread is in host state for any reason. */
  boolean inHost() {
    return switching || inRendezvous || inIrq;
  }

  @Override
  public String toString() {
    return "cpu" + id;
  }
}
