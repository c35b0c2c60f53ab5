package org.hvsched.kvm.cfs.balance;

/**
 * The core-scheduling tests placement and balancing make ({@code sched_cpu_cookie_match},
 * {@code sched_core_cookie_match}); all true when core scheduling is off.
 */
public interface CookieMatch {

  /** No core scheduling: everything matches. */
  CookieMatch NONE = new CookieMatch() {
    @Override
    public boolean cpuCookieMatch(int cpu, long cookie) {
      return true;
    }

    @Override
    public boolean coreCookieMatch(int cpu, long cookie) {
      return true;
    }
  };

  /** {@code sched_cpu_cookie_match}: the CPU's core runs {@code cookie}. */
  boolean cpuCookieMatch(int cpu, long cookie);

  /** {@code sched_core_cookie_match}: the whole core is idle, or it runs {@code cookie}. */
  boolean coreCookieMatch(int cpu, long cookie);
}
