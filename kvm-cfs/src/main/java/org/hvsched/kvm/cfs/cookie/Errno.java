package org.hvsched.kvm.cfs.cookie;

/**
 * The Linux error numbers that {@code prctl(PR_SCHED_CORE)} can return
 * ({@code include/uapi/asm-generic/errno-base.h}); system calls return them negated.
 */
public enum Errno {
  /** Operation not permitted: {@code ptrace_may_access} refused. */
  EPERM(1),
  /** No such process: the pid names no thread. */
  ESRCH(3),
  /** Out of memory: the cookie allocation failed. */
  ENOMEM(12),
  /** Bad address: GET could not write the cookie to {@code uaddr}. */
  EFAULT(14),
  /** No such device: no SMT core is present ({@code sched_smt_present} is off). */
  ENODEV(19),
  /** Invalid argument: bad command, scope, pid or address. */
  EINVAL(22);

  private final int code;

  Errno(int code) {
    this.code = code;
  }

  /** The positive error number. */
  public int code() {
    return code;
  }

  /** The kernel-style return value: the negated number. */
  public int negated() {
    return -code;
  }

  /** Name of a kernel-style return value: "0" for success, else the errno name. */
  public static String describe(int result) {
    if (result == 0) {
      return "0";
    }
    for (Errno e : values()) {
      if (e.code == -result) {
        return "-" + e.name();
      }
    }
    return Integer.toString(result);
  }
}
