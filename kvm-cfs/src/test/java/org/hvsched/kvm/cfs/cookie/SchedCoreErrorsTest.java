package org.hvsched.kvm.cfs.cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_CREATE;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_GET;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SCOPE_PROCESS_GROUP;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SCOPE_THREAD;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SCOPE_THREAD_GROUP;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SHARE_FROM;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SHARE_TO;

import org.junit.jupiter.api.Test;

/**
 * The parts of the prctl contract the selftest does not cover (linux.md 5.2): error results and
 * their order, fork inheritance after tagging, kernel threads, cookie lifetime and enablement.
 */
final class SchedCoreErrorsTest {
  private static final int QEMU_UID = 107;
  private final ProcessTable table = new ProcessTable();
  private final UserMemory memory = new UserMemory();
  private final SchedCore core = new SchedCore(table, memory, true, true);

  SchedCoreErrorsTest() {
    table.spawn(1, 1, 1, ProcessTable.ROOT_UID); // init
    table.spawn(2, 2, 2, ProcessTable.ROOT_UID); // kthreadd
    table.spawn(100, 100, 100, QEMU_UID); // a QEMU process
    table.cloneThread(100, 101);
    table.spawn(200, 200, 200, 1000); // another user's process
  }

  private int call(int caller, long cmd, int pid, long scope, long uaddr) {
    return core.prctl(caller, PR_SCHED_CORE, cmd, pid, scope, uaddr);
  }

  @Test
  void noSmtCore_anyCall_isEnodevBeforeArgumentChecks() {
    SchedCore noSmt = new SchedCore(table, memory, false, true);
    assertThat(noSmt.prctl(100, PR_SCHED_CORE, 99, -1, 7, 0)).isEqualTo(-19);
    assertThat(noSmt.prctl(100, PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0, memory.alloc()))
        .isEqualTo(Errno.ENODEV.negated());
  }

  @Test
  void kernelWithoutSchedCore_call_isEinval() {
    SchedCore off = new SchedCore(table, memory, true, false);
    assertThat(off.prctl(100, PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 0, 0, 0)).isEqualTo(-22);
  }

  @Test
  void badArguments_eachAlone_isEinval() {
    assertThat(call(100, PR_SCHED_CORE_CREATE, 0, 3, 0)).isEqualTo(-22);
    assertThat(call(100, PR_SCHED_CORE_CREATE, 0, -1, 0)).isEqualTo(-22);
    assertThat(call(100, 4, 0, PR_SCHED_CORE_SCOPE_THREAD, 0)).isEqualTo(-22);
    assertThat(call(100, -1, 0, PR_SCHED_CORE_SCOPE_THREAD, 0)).isEqualTo(-22);
    assertThat(call(100, PR_SCHED_CORE_CREATE, -5, PR_SCHED_CORE_SCOPE_THREAD, 0))
        .isEqualTo(-22);
    assertThat(call(100, PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_THREAD, 8))
        .isEqualTo(-22);
    assertThat(core.prctl(100, 61, PR_SCHED_CORE_CREATE, 0, 0, 0)).isEqualTo(-22);
    assertThat(table.liveCookies()).isZero();
  }

  @Test
  void badArgumentsAndUnknownPid_together_isEinvalFirst() {
    assertThat(call(100, PR_SCHED_CORE_CREATE, 4242, 9, 0)).isEqualTo(-22);
  }

  @Test
  void unknownPid_validArguments_isEsrch() {
    assertThat(call(100, PR_SCHED_CORE_CREATE, 4242, PR_SCHED_CORE_SCOPE_THREAD, 0))
        .isEqualTo(Errno.ESRCH.negated());
    assertThat(call(100, PR_SCHED_CORE_GET, 4242, PR_SCHED_CORE_SCOPE_THREAD, memory.alloc()))
        .isEqualTo(-3);
  }

  @Test
  void otherUsersTask_unprivilegedCaller_isEperm() {
    assertThat(call(100, PR_SCHED_CORE_CREATE, 200, PR_SCHED_CORE_SCOPE_THREAD, 0))
        .isEqualTo(Errno.EPERM.negated());
    assertThat(call(200, PR_SCHED_CORE_SHARE_FROM, 100, PR_SCHED_CORE_SCOPE_THREAD, 0))
        .isEqualTo(-1);
    assertThat(call(1, PR_SCHED_CORE_CREATE, 200, PR_SCHED_CORE_SCOPE_THREAD, 0)).isZero();
  }

  @Test
  void processGroupWithForeignMember_create_isEpermAndChangesNothing() {
    table.forkProcess(100, 300);
    table.spawn(400, 400, 100, 1000); // another user's process in QEMU's process group
    assertThat(call(100, PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_PROCESS_GROUP, 0))
        .isEqualTo(-1);
    assertThat(table.cookieOf(100)).isZero();
    assertThat(table.cookieOf(300)).isZero();
    assertThat(table.liveCookies()).isZero();
  }

  @Test
  void get_groupScopeOrMisalignedAddress_isEinval_unmappedIsEfault() {
    assertThat(call(100, PR_SCHED_CORE_GET, 0, PR_SCHED_CORE_SCOPE_THREAD_GROUP,
        memory.alloc())).isEqualTo(-22);
    assertThat(call(100, PR_SCHED_CORE_GET, 0, PR_SCHED_CORE_SCOPE_THREAD,
        memory.alloc() + 4)).isEqualTo(-22);
    assertThat(call(100, PR_SCHED_CORE_GET, 0, PR_SCHED_CORE_SCOPE_THREAD, 0))
        .isEqualTo(Errno.EFAULT.negated());
    assertThat(call(100, PR_SCHED_CORE_GET, 0, PR_SCHED_CORE_SCOPE_THREAD, 0x10_0000L))
        .isEqualTo(-14);
  }

  @Test
  void shareFrom_groupScope_isEinval() {
    assertThat(call(100, PR_SCHED_CORE_SHARE_FROM, 101, PR_SCHED_CORE_SCOPE_THREAD_GROUP, 0))
        .isEqualTo(-22);
  }

  @Test
  void create_allocationFails_isEnomem() {
    ProcessTable small = new ProcessTable(1);
    small.spawn(10, 10, 10, 0);
    small.spawn(11, 11, 11, 0);
    SchedCore c = new SchedCore(small, memory, true, true);
    assertThat(c.prctl(10, PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 0, 0, 0)).isZero();
    assertThat(c.prctl(11, PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 0, 0, 0))
        .isEqualTo(Errno.ENOMEM.negated());
    assertThat(small.cookieOf(11)).isZero();
  }

  @Test
  void forkAndClone_afterTagging_inheritCreatorsCookie_kernelThreadsStayUntagged() {
    call(100, PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_THREAD_GROUP, 0);
    long qemu = table.cookieOf(100);
    table.cloneThread(101, 102); // a new vCPU thread
    table.forkProcess(100, 500); // a helper forked by QEMU
    table.forkProcess(2, 600); // a kernel thread forked by kthreadd
    assertThat(table.cookieOf(102)).isEqualTo(qemu).isNotZero();
    assertThat(table.cookieOf(500)).isEqualTo(qemu);
    assertThat(table.cookieOf(600)).isZero();
  }

  @Test
  void shareToWithUntaggedCaller_untagsTarget() {
    call(100, PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_THREAD, 0);
    assertThat(table.cookieOf(100)).isNotZero();
    assertThat(call(1, PR_SCHED_CORE_SHARE_TO, 100, PR_SCHED_CORE_SCOPE_THREAD, 0)).isZero();
    assertThat(table.cookieOf(100)).isZero();
    assertThat(table.coreSchedEnabled()).isFalse();
  }

  @Test
  void cookie_lastHolderExits_isFreedAndCoreSchedulingTurnsOff() {
    call(100, PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_THREAD_GROUP, 0);
    assertThat(table.coreSchedEnabled()).isTrue();
    table.exit(100);
    assertThat(table.coreSchedEnabled()).isTrue();
    table.exit(101);
    assertThat(table.liveCookies()).isZero();
    assertThat(table.coreSchedEnabled()).isFalse();
  }

  @Test
  void get_equalCookies_reportEqualIds_untaggedReportsZero() {
    call(100, PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_THREAD_GROUP, 0);
    long a = memory.alloc();
    long b = memory.alloc();
    long c = memory.alloc();
    assertThat(call(100, PR_SCHED_CORE_GET, 100, PR_SCHED_CORE_SCOPE_THREAD, a)).isZero();
    assertThat(call(100, PR_SCHED_CORE_GET, 101, PR_SCHED_CORE_SCOPE_THREAD, b)).isZero();
    assertThat(call(1, PR_SCHED_CORE_GET, 1, PR_SCHED_CORE_SCOPE_THREAD, c)).isZero();
    assertThat(memory.read(a)).isEqualTo(memory.read(b)).isNotZero();
    assertThat(memory.read(c)).isZero();
  }

  @Test
  void describe_namesResults() {
    assertThat(Errno.describe(0)).isEqualTo("0");
    assertThat(Errno.describe(-19)).isEqualTo("-ENODEV");
    assertThat(Errno.describe(-99)).isEqualTo("-99");
  }
}
