package org.hvsched.kvm.cfs.cookie;

import java.util.List;
import org.hvsched.kvm.cfs.cookie.ProcessTable.ThreadEntry;

/**
 * {@code prctl(PR_SCHED_CORE, cmd, pid, scope, uaddr)} as {@code sched_core_share_pid} in
 * {@code kernel/sched/core_sched.c} (5.14 to 6.12, unchanged in what is modelled): the same
 * commands, scopes, order of checks and error results. Calls return what the system call
 * returns in the kernel: 0 or a negated {@link Errno}.
 *
 * <p>Checks, in order: no SMT core: {@code ENODEV}; scope &gt; 2, command &ge; 4, pid &lt; 0 or
 * a non-zero {@code uaddr} for anything but GET: {@code EINVAL}; unknown pid: {@code ESRCH};
 * {@code ptrace_may_access} refused: {@code EPERM}. GET wants the thread scope and an 8-byte
 * aligned {@code uaddr} ({@code EINVAL}), and a mapped one ({@code EFAULT}); CREATE may fail
 * with {@code ENOMEM}; SHARE_FROM wants the thread scope. Group scopes check every member
 * before changing any.
 *
 * <p>Modelled permission: {@code ptrace_may_access(PTRACE_MODE_READ_REALCREDS)} passes for the
 * caller's own thread group, for root (CAP_SYS_PTRACE) and for the same uid; dumpability and
 * LSMs are not modelled. A kernel without {@code CONFIG_SCHED_CORE} answers {@code EINVAL}.
 */
public final class SchedCore {
  /** {@code PR_SCHED_CORE}, the prctl option. */
  public static final int PR_SCHED_CORE = 62;
  /** Read the cookie of a thread into {@code uaddr}. */
  public static final int PR_SCHED_CORE_GET = 0;
  /** Give the target scope a new cookie. */
  public static final int PR_SCHED_CORE_CREATE = 1;
  /** Give the target scope the caller's cookie (0 untags). */
  public static final int PR_SCHED_CORE_SHARE_TO = 2;
  /** Take the target thread's cookie for the caller. */
  public static final int PR_SCHED_CORE_SHARE_FROM = 3;
  /** One past the last command. */
  public static final int PR_SCHED_CORE_MAX = 4;
  /** Scope: one thread ({@code PIDTYPE_PID}). */
  public static final int PR_SCHED_CORE_SCOPE_THREAD = 0;
  /** Scope: the thread group ({@code PIDTYPE_TGID}). */
  public static final int PR_SCHED_CORE_SCOPE_THREAD_GROUP = 1;
  /** Scope: the process group ({@code PIDTYPE_PGID}). */
  public static final int PR_SCHED_CORE_SCOPE_PROCESS_GROUP = 2;

  private final ProcessTable table;
  private final UserMemory memory;
  private final boolean smtPresent;
  private final boolean configured;

  /**
   * @param table the host's threads
   * @param memory the address space GET writes into
   * @param smtPresent {@code sched_smt_present}: some online core has two threads
   * @param configured the kernel has {@code CONFIG_SCHED_CORE}
   */
  public SchedCore(ProcessTable table, UserMemory memory, boolean smtPresent,
      boolean configured) {
    this.table = table;
    this.memory = memory;
    this.smtPresent = smtPresent;
    this.configured = configured;
  }

  /** The table this interface acts on. */
  public ProcessTable table() {
    return table;
  }

  /**
   * {@code prctl(option, arg2, arg3, arg4, arg5)} made by thread {@code callerTid}; only
   * {@code PR_SCHED_CORE} is modelled (any other option: {@code EINVAL}).
   */
  public int prctl(int callerTid, int option, long arg2, long arg3, long arg4, long arg5) {
    if (option != PR_SCHED_CORE || !configured) {
      return Errno.EINVAL.negated();
    }
    return sharePid(callerTid, arg2, (int) arg3, arg4, arg5);
  }

  /** {@code sched_core_share_pid(cmd, pid, type, uaddr)} for the caller thread. */
  public int sharePid(int callerTid, long cmd, int pid, long scope, long uaddr) {
    if (!smtPresent) {
      return Errno.ENODEV.negated();
    }
    if (Long.compareUnsigned(scope, PR_SCHED_CORE_SCOPE_PROCESS_GROUP) > 0
        || Long.compareUnsigned(cmd, PR_SCHED_CORE_MAX) >= 0 || pid < 0
        || (cmd != PR_SCHED_CORE_GET && uaddr != 0)) {
      return Errno.EINVAL.negated();
    }
    ThreadEntry current = table.thread(callerTid);
    if (current == null) {
      throw new IllegalArgumentException("caller thread " + callerTid + " does not exist");
    }
    ThreadEntry task = pid == 0 ? current : table.thread(pid);
    if (task == null) {
      return Errno.ESRCH.negated();
    }
    if (!mayAccess(current, task)) {
      return Errno.EPERM.negated();
    }
    return switch ((int) cmd) {
      case PR_SCHED_CORE_GET -> get(task, scope, uaddr);
      case PR_SCHED_CORE_CREATE -> create(current, task, scope);
      case PR_SCHED_CORE_SHARE_TO -> shareTo(current, task, scope);
      default -> shareFrom(current, task, scope);
    };
  }

  private int get(ThreadEntry task, long scope, long uaddr) {
    if (scope != PR_SCHED_CORE_SCOPE_THREAD || (uaddr & 7) != 0) {
      return Errno.EINVAL.negated();
    }
    long id = task.cookie == null ? 0 : task.cookie.id();
    return memory.write(uaddr, id) ? 0 : Errno.EFAULT.negated();
  }

  private int create(ThreadEntry current, ThreadEntry task, long scope) {
    CoreCookie cookie = table.allocCookie();
    if (cookie == null) {
      return Errno.ENOMEM.negated();
    }
    int err = apply(current, task, scope, cookie);
    table.putCookie(cookie);
    return err;
  }

  private int shareTo(ThreadEntry current, ThreadEntry task, long scope) {
    CoreCookie cookie = table.cloneCookie(current);
    int err = apply(current, task, scope, cookie);
    table.putCookie(cookie);
    return err;
  }

  private int shareFrom(ThreadEntry current, ThreadEntry task, long scope) {
    if (scope != PR_SCHED_CORE_SCOPE_THREAD) {
      return Errno.EINVAL.negated();
    }
    CoreCookie cookie = table.cloneCookie(task);
    table.setCookie(current, cookie);
    table.putCookie(cookie);
    return 0;
  }

  private int apply(ThreadEntry current, ThreadEntry task, long scope, CoreCookie cookie) {
    if (scope == PR_SCHED_CORE_SCOPE_THREAD) {
      table.setCookie(task, cookie);
      return 0;
    }
    List<ThreadEntry> members = scope == PR_SCHED_CORE_SCOPE_THREAD_GROUP
        ? table.threadGroupOf(task) : table.processGroupOf(task);
    for (ThreadEntry p : members) {
      if (!mayAccess(current, p)) {
        return Errno.EPERM.negated();
      }
    }
    for (ThreadEntry p : members) {
      table.setCookie(p, cookie);
    }
    return 0;
  }

  private boolean mayAccess(ThreadEntry caller, ThreadEntry target) {
    if (caller.tgid == target.tgid) {
      return true;
    }
    int callerUid = table.uidOf(caller);
    return callerUid == ProcessTable.ROOT_UID || callerUid == table.uidOf(target);
  }
}
