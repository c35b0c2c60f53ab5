package org.hvsched.xen.credit2;

import java.util.function.Supplier;
import org.hvsched.api.PolicyContext;

/**
 * credit2's trace output through the context: a {@code credit <unit>} counter whenever a unit's
 * credit changes (as xenalyze plots {@code CREDIT_BURN}/{@code CREDIT_RESET}), and notes naming
 * the rule that decided ({@code runq_candidate: ...}, {@code tickle: ...}). Nothing is built
 * unless a trace is being written.
 */
final class Tracer {
  private final PolicyContext ctx;

  Tracer(PolicyContext ctx) {
    this.ctx = ctx;
  }

  boolean on() {
    return ctx.tracing();
  }

  void credit(UnitState u) {
    if (ctx.tracing()) {
      ctx.counter("credit " + u, u.credit);
    }
  }

  void note(int cpu, Supplier<String> what) {
    if (ctx.tracing()) {
      ctx.note(cpu, what.get());
    }
  }
}
