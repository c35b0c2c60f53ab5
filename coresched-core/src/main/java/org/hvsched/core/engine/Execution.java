package org.hvsched.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.hvsched.core.ThreadState;
import org.hvsched.topology.InterferenceClass;
import org.hvsched.topology.SmtModel;

/**
 * Progress of the bursts running on a core. A task in guest state progresses in work-ns at the
 * speed the {@link SmtModel} gives for its class beside its busy siblings (guest or host state);
 * whenever a thread of the core changes state, progress is settled at the old speeds and the
 * finish times are recomputed at the new ones. With a per-socket memory-bandwidth limit, memory
 * work is scaled by the number of memory streams on the socket, so the whole socket is settled.
 */
final class Execution {
  /** Remaining work below this (work-ns) counts as done: absorbs floating-point residue. */
  static final double DONE_EPSILON = 1e-3;

  private final Engine engine;
  private final SmtModel model;
  private final boolean socketWide;
  private final List<List<CoreRt>> coresBySocket;
  private final int[] memoryThreads;
  private final List<InterferenceClass> scratch = new ArrayList<>(8);

  Execution(Engine engine, SmtModel model, List<List<CoreRt>> coresBySocket) {
    this.engine = engine;
    this.model = model;
    this.socketWide = model.memoryStreamsPerSocket().isPresent();
    this.coresBySocket = coresBySocket;
    this.memoryThreads = new int[coresBySocket.size()];
  }

  /** Settles progress up to {@code nowNs} on everything a change of {@code core} affects. */
  void settle(CoreRt core, long nowNs) {
    if (socketWide) {
      for (CoreRt c : coresBySocket.get(core.threads[0].socket)) {
        settleCore(c, nowNs);
      }
    } else {
      settleCore(core, nowNs);
    }
  }

  /** Recomputes speeds and finish times after a change of {@code core}. */
  void reschedule(CoreRt core, long nowNs) {
    if (socketWide) {
      int socket = core.threads[0].socket;
      memoryThreads[socket] = countMemory(coresBySocket.get(socket));
      for (CoreRt c : coresBySocket.get(socket)) {
        rescheduleCore(c, nowNs);
      }
    } else {
      rescheduleCore(core, nowNs);
    }
  }

  private void settleCore(CoreRt core, long nowNs) {
    for (CpuRt cpu : core.threads) {
      TaskRt t = executing(cpu);
      long dt = nowNs - cpu.progressSinceNs;
      cpu.progressSinceNs = nowNs;
      if (t == null || dt <= 0) {
        continue;
      }
      if (t.spinning) {
        t.spinNs += engine.window().clip(nowNs - dt, nowNs);
        continue;
      }
      double done = Math.min(t.remainingWork, dt * cpu.speed);
      t.remainingWork -= done;
      long measured = engine.window().clip(nowNs - dt, nowNs);
      t.workDone += measured == dt ? done : done * measured / dt;
    }
  }

  private void rescheduleCore(CoreRt core, long nowNs) {
    for (CpuRt cpu : core.threads) {
      TaskRt t = executing(cpu);
      cpu.progressSinceNs = nowNs;
      double speed = t == null ? 0 : speedOf(core, cpu, t);
      if (t == null || t.spinning) {
        if (cpu.speed != speed || t == null) {
          supersedeBurst(cpu);
        }
        cpu.speed = speed;
        continue;
      }
      cpu.speed = speed;
      supersedeBurst(cpu);
      if (speed > 0) {
        long finish = nowNs + (long) Math.ceil(Math.max(0, t.remainingWork) / speed);
        cpu.burstHandle = engine.pushHandle(finish, new Event.BurstEnd(cpu.id, cpu.burstGen));
      }
    }
  }

  /** A new burst generation: the pending burst end, if any, is removed from the queue. */
  private void supersedeBurst(CpuRt cpu) {
    if (cpu.burstHandle >= 0) {
      engine.cancel(cpu.burstHandle);
      cpu.burstHandle = -1;
    }
    cpu.burstGen++;
  }

  private double speedOf(CoreRt core, CpuRt cpu, TaskRt t) {
    scratch.clear();
    for (CpuRt s : core.threads) {
      if (s == cpu) {
        continue;
      }
      if (s.state == ThreadState.GUEST) {
        TaskRt o = Engine.loadedTask(s);
        scratch.add(o == null ? InterferenceClass.MIXED : o.busyClass());
      } else if (s.state == ThreadState.HOST) {
        scratch.add(InterferenceClass.MIXED);
      }
    }
    InterferenceClass own = t.busyClass();
    double speed = model.speed(own, scratch);
    if (socketWide && own == InterferenceClass.MEMORY) {
      speed *= model.memoryScale(memoryThreads[cpu.socket]);
    }
    return speed;
  }

  private static int countMemory(List<CoreRt> cores) {
    int n = 0;
    for (CoreRt c : cores) {
      for (CpuRt cpu : c.threads) {
        TaskRt t = executing(cpu);
        if (t != null && !t.spinning && t.cls == InterferenceClass.MEMORY) {
          n++;
        }
      }
    }
    return n;
  }

  /** The task making progress on {@code cpu}: loaded and the thread in guest state. */
  static TaskRt executing(CpuRt cpu) {
    return cpu.state == ThreadState.GUEST ? Engine.loadedTask(cpu) : null;
  }
}
