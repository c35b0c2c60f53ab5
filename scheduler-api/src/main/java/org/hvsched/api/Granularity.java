package org.hvsched.api;

import java.util.Locale;

/**
 * The scheduling resource one decision is made for (Xen's {@code sched_resource}).
 *
 * <p>With {@link #CORE} or {@link #SOCKET} the engine runs Xen's rendezvous: every thread of the
 * resource enters host state, the decision is made when the last one arrives, and all switch
 * together (design.md; xen.md section 2.4).
 */
public enum Granularity {
  /** One logical CPU (Xen {@code sched-gran=cpu}, Linux with or without core scheduling). */
  THREAD,
  /** All online threads of a core in the pool ({@code sched-gran=core}). */
  CORE,
  /** All online threads of a socket in the pool ({@code sched-gran=socket}). */
  SOCKET;

  /** Lowercase name as written in files ("cpu" for THREAD, as Xen names it). */
  public String id() {
    return this == THREAD ? "cpu" : name().toLowerCase(Locale.ROOT);
  }
}
