package org.hvsched.kvm.cfs.cookie;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.TreeMap;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;

/**
 * How libvirt tags a VM's threads for its {@code qemu.conf} {@code sched_core} value, replayed
 * with {@link SchedCore#prctl} calls on a {@link ProcessTable} ({@code src/qemu/qemu_process.c},
 * {@code qemu_domain.c}, {@code src/util/virprocess.c}, libvirt 8.9+):
 * <ul>
 *   <li>{@code none}: nothing is tagged.
 *   <li>{@code vcpus}: a helper forked from libvirtd creates a cookie (CREATE, thread-group
 *       scope, on itself) and pushes it to each vCPU thread (SHARE_TO, thread scope) once the
 *       vCPU thread ids are known; emulator and I/O threads stay untagged.
 *   <li>{@code emulator}/{@code full}: a dummy child creates the cookie before QEMU starts; the
 *       QEMU process takes it (SHARE_FROM the dummy) before exec, so every thread QEMU creates
 *       inherits it. {@code full} also tags helper processes (virtiofsd, swtpm, ...), which are
 *       not modelled as tasks, so both give the same cookies here.
 * </ul>
 * Kernel workers ({@link TaskKind#KERNEL_WORKER}) are kernel threads forked by kthreadd
 * (cookie 0) on kernels before 6.4, and {@code vhost_task} threads cloned from QEMU (inheriting
 * its cookie) from 6.4 on. Pids of the helper processes, libvirtd and kthreadd are taken from a
 * range above 4,190,000 (below Linux's pid_max of 4,194,304), which scenario pids must avoid.
 */
public final class LibvirtSchedCore {
  private static final int LIBVIRTD = 4_190_000;
  private static final int KTHREADD = 4_190_001;
  private final CoreSchedMode mode;
  private final boolean vhostTasks;
  private final ProcessTable table = new ProcessTable();
  private final SchedCore prctl;
  private final TreeMap<Integer, Integer> helperOfVm = new TreeMap<>();
  private int nextHelperPid = 4_190_002;

  /**
   * @param mode the {@code sched_core} value
   * @param vhostTasks kernel 6.4 or later: vhost workers are threads of QEMU
   * @param smtPresent some core of the host has two online threads
   */
  public LibvirtSchedCore(CoreSchedMode mode, boolean vhostTasks, boolean smtPresent) {
    this.mode = mode;
    this.vhostTasks = vhostTasks;
    this.prctl = new SchedCore(table, new UserMemory(), smtPresent, true);
    table.spawn(LIBVIRTD, LIBVIRTD, LIBVIRTD, ProcessTable.ROOT_UID);
    table.spawn(KTHREADD, KTHREADD, KTHREADD, ProcessTable.ROOT_UID);
  }

  /** The process table the cookies live in. */
  public ProcessTable table() {
    return table;
  }

  /** Creates {@code task}'s thread as QEMU or the kernel would, tagged as libvirt would. */
  public void add(Task task) {
    checkArgument(task.pid() < LIBVIRTD && task.tgid() < LIBVIRTD,
        "task %s: pids from %s up are reserved for libvirtd and its helpers", task, LIBVIRTD);
    if (task.kind() == TaskKind.KERNEL_WORKER && !vhostTasks) {
      table.forkProcess(KTHREADD, task.pid());
      return;
    }
    int qemu = ensureQemu(task.tgid(), task.pgid());
    if (task.pid() != qemu) {
      table.cloneThread(qemu, task.pid());
    }
    if (mode == CoreSchedMode.VCPUS && task.isVcpu()) {
      check(task, prctl.prctl(vcpuHelper(task.tgid()), SchedCore.PR_SCHED_CORE,
          SchedCore.PR_SCHED_CORE_SHARE_TO, task.pid(), SchedCore.PR_SCHED_CORE_SCOPE_THREAD, 0));
    }
  }

  /** The cookie {@code task} holds (0 untagged). */
  public long cookieOf(Task task) {
    return table.cookieOf(task.pid());
  }

  private int ensureQemu(int tgid, int pgid) {
    if (table.exists(tgid)) {
      checkArgument(table.tgidOf(tgid) == tgid, "pid %s is a thread, not a QEMU process", tgid);
      return tgid;
    }
    int parent = LIBVIRTD;
    if (mode == CoreSchedMode.EMULATOR || mode == CoreSchedMode.FULL) {
      int dummy = nextHelperPid++;
      table.forkProcess(LIBVIRTD, dummy);
      check(null, prctl.prctl(dummy, SchedCore.PR_SCHED_CORE, SchedCore.PR_SCHED_CORE_CREATE, 0,
          SchedCore.PR_SCHED_CORE_SCOPE_THREAD_GROUP, 0));
      table.forkProcess(LIBVIRTD, tgid);
      check(null, prctl.prctl(tgid, SchedCore.PR_SCHED_CORE, SchedCore.PR_SCHED_CORE_SHARE_FROM,
          dummy, SchedCore.PR_SCHED_CORE_SCOPE_THREAD, 0));
      table.exit(dummy);
      parent = tgid;
    } else {
      table.forkProcess(LIBVIRTD, tgid);
    }
    table.setpgid(tgid, pgid);
    return parent == LIBVIRTD ? tgid : parent;
  }

  private int vcpuHelper(int tgid) {
    Integer helper = helperOfVm.get(tgid);
    if (helper == null) {
      helper = nextHelperPid++;
      table.forkProcess(LIBVIRTD, helper);
      check(null, prctl.prctl(helper, SchedCore.PR_SCHED_CORE, SchedCore.PR_SCHED_CORE_CREATE, 0,
          SchedCore.PR_SCHED_CORE_SCOPE_THREAD_GROUP, 0));
      helperOfVm.put(tgid, helper);
    }
    return helper;
  }

  private static void check(Task task, int result) {
    if (result != 0) {
      throw new IllegalStateException("libvirt sched_core: prctl(PR_SCHED_CORE) failed with "
          + Errno.describe(result) + (task == null ? "" : " for " + task)
          + "; libvirt refuses to start the VM");
    }
  }
}
