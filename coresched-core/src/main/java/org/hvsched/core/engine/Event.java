package org.hvsched.core.engine;

import org.hvsched.api.Occupant;

/**
 * The closed set of engine events. Events that may be superseded carry the generation of the
 * thing they belong to; a handler drops an event whose generation is stale (lazy cancellation).
 */
sealed interface Event {

  /** The ordering class. */
  EventClass eventClass();

  /** A host interrupt begins on {@code cpu}. */
  record IrqStart(int cpu) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.IRQ_START;
    }
  }

  /** The interrupt on {@code cpu} ends. */
  record IrqEnd(int cpu) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.IRQ_END;
    }
  }

  /** {@code cpu} finished switching to its pending occupant. */
  record SwitchDone(int cpu, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.SWITCH_DONE;
    }
  }

  /** {@code cpu} answers the rendezvous of its resource. */
  record RendezvousArrive(int cpu, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.RENDEZVOUS_ARRIVE;
    }
  }

  /** The last thread arrived: the decision of resource {@code resource} is made. */
  record RendezvousDecide(int resource, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.RENDEZVOUS_DECIDE;
    }
  }

  /** Every thread of the resource finished switching: the rendezvous is over. */
  record RendezvousOut(int resource, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.RENDEZVOUS_OUT;
    }
  }

  /** The burst running on {@code cpu} completes. */
  record BurstEnd(int cpu, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.BURST_END;
    }
  }

  /** The sleep of task {@code task} ends. */
  record TaskTimer(int task, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.TASK_TIMER;
    }
  }

  /** A workload's own event (a request arrival). */
  record WorkloadAction(Runnable action) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.WORKLOAD;
    }
  }

  /** A policy timer expires. */
  record PolicyTimerFire(PolicyTimerImpl timer, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.POLICY_TIMER;
    }
  }

  /**
   * An IPI lands on {@code cpu}: a remote assignment ({@code occupant} non-null) or a request to
   * reschedule ({@code occupant} null).
   */
  record Ipi(int cpu, Occupant occupant, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.IPI;
    }
  }

  /** The slice of the resource of {@code cpu} expires. */
  record Slice(int cpu, long gen) implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.SLICE;
    }
  }

  /** Report progress (a utility event). */
  record Progress() implements Event {
    @Override
    public EventClass eventClass() {
      return EventClass.PROGRESS;
    }
  }
}
