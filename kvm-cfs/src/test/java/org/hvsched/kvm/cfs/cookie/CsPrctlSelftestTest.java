package org.hvsched.kvm.cfs.cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_CREATE;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_GET;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_MAX;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SCOPE_PROCESS_GROUP;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SCOPE_THREAD;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SCOPE_THREAD_GROUP;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SHARE_FROM;
import static org.hvsched.kvm.cfs.cookie.SchedCore.PR_SCHED_CORE_SHARE_TO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Linux's {@code tools/testing/selftests/sched/cs_prctl_test.c}, ported step by step: every
 * validate() of the C test is an assertion here, for every child process (the C test picks one
 * at random) and for the option values -P/-T of the default run and of larger trees.
 */
final class CsPrctlSelftestTest {
  private static final int SELF = 1000;
  private static final int UID = 1000;

  /** The hierarchy of create_processes(): children by clone(SIGCHLD), their threads. */
  private static final class Tree {
    final ProcessTable table = new ProcessTable();
    final UserMemory memory = new UserMemory();
    final SchedCore core = new SchedCore(table, memory, true, true);
    final int[] cpid;
    final int[][] thrTids;

    Tree(int processes, int threads) {
      table.spawn(SELF, SELF, 1, UID);
      table.setpgid(SELF, 0); // setpgid(0, 0): own process group
      cpid = new int[processes];
      thrTids = new int[processes][threads];
      int next = SELF + 1;
      for (int p = 0; p < processes; p++) {
        cpid[p] = next++;
        table.forkProcess(SELF, cpid[p]);
        for (int t = 0; t < threads; t++) {
          thrTids[p][t] = next++;
          table.cloneThread(cpid[p], thrTids[p][t]);
        }
      }
    }

    /** get_cs_cookie(pid): GET with thread scope, -1 on error. */
    long cookie(int pid) {
      long addr = memory.alloc();
      int ret = core.prctl(SELF, PR_SCHED_CORE, PR_SCHED_CORE_GET, pid,
          PR_SCHED_CORE_SCOPE_THREAD, addr);
      return ret == 0 ? memory.read(addr) : -1;
    }

    int prctl(long cmd, int pid, long scope, long uaddr) {
      return core.prctl(SELF, PR_SCHED_CORE, cmd, pid, scope, uaddr);
    }
  }

  @ParameterizedTest(name = "-P {0} -T {1}, child {2}")
  @CsvSource({"2, 3, 0", "2, 3, 1", "1, 1, 0", "4, 8, 3", "128, 2, 77"})
  void selftest_everyStep_passesAsOnLinux(int processes, int threads, int pidx) {
    Tree tree = new Tree(processes, threads);
    int pid = tree.cpid[pidx];
    int t0 = tree.thrTids[pidx][0];

    // 1. Create a thread/process/process group hierarchy
    assertThat(tree.cookie(0)).isZero();

    // 2. Set a cookie on entire process group
    assertThat(tree.prctl(PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_PROCESS_GROUP, 0))
        .isZero();
    assertThat(tree.cookie(0)).isNotZero();
    assertThat(tree.cookie(0)).isEqualTo(tree.cookie(pid));
    assertThat(tree.cookie(0)).isEqualTo(tree.cookie(t0));

    // 3. Set a new cookie on entire process/TGID [pid]
    assertThat(tree.prctl(PR_SCHED_CORE_CREATE, pid, PR_SCHED_CORE_SCOPE_THREAD_GROUP, 0))
        .isZero();
    assertThat(tree.cookie(0)).isNotEqualTo(tree.cookie(pid));
    assertThat(tree.cookie(pid)).isNotZero();
    assertThat(tree.cookie(pid)).isEqualTo(tree.cookie(t0));

    // 4. Copy the cookie of current/PGID to pid as PIDTYPE_PID
    assertThat(tree.prctl(PR_SCHED_CORE_SHARE_TO, pid, PR_SCHED_CORE_SCOPE_THREAD, 0)).isZero();
    assertThat(tree.cookie(0)).isEqualTo(tree.cookie(pid));
    assertThat(tree.cookie(pid)).isNotZero();
    assertThat(tree.cookie(pid)).isNotEqualTo(tree.cookie(t0));

    // 5. Copy cookie from a thread to current/PGID as PIDTYPE_PID
    assertThat(tree.prctl(PR_SCHED_CORE_SHARE_FROM, t0, PR_SCHED_CORE_SCOPE_THREAD, 0))
        .isZero();
    assertThat(tree.cookie(0)).isEqualTo(tree.cookie(t0));
    assertThat(tree.cookie(pid)).isNotEqualTo(tree.cookie(t0));

    // 6. Copy cookie from current to current as pidtype PGID
    assertThat(tree.prctl(PR_SCHED_CORE_SHARE_TO, 0, PR_SCHED_CORE_SCOPE_PROCESS_GROUP, 0))
        .isZero();
    assertThat(tree.cookie(0)).isEqualTo(tree.cookie(pid));
    assertThat(tree.cookie(pid)).isNotZero();
    assertThat(tree.cookie(pid)).isEqualTo(tree.cookie(t0));

    // 7. (6.12's version of the test) invalid command and a non-zero uaddr are EINVAL
    assertThat(tree.prctl(PR_SCHED_CORE_MAX, 0, PR_SCHED_CORE_SCOPE_PROCESS_GROUP, 0))
        .isEqualTo(-Errno.EINVAL.code());
    assertThat(tree.prctl(PR_SCHED_CORE_SHARE_TO, 0, PR_SCHED_CORE_SCOPE_PROCESS_GROUP, 1))
        .isEqualTo(-Errno.EINVAL.code());
  }

  @ParameterizedTest(name = "-P {0} -T {1}")
  @CsvSource({"2, 3", "3, 1"})
  void selftest_step6_tagsEveryThreadOfEveryChild(int processes, int threads) {
    Tree tree = new Tree(processes, threads);
    tree.prctl(PR_SCHED_CORE_CREATE, tree.cpid[0], PR_SCHED_CORE_SCOPE_THREAD_GROUP, 0);
    assertThat(tree.prctl(PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_THREAD, 0)).isZero();
    assertThat(tree.prctl(PR_SCHED_CORE_SHARE_TO, 0, PR_SCHED_CORE_SCOPE_PROCESS_GROUP, 0))
        .isZero();
    long self = tree.cookie(0);
    for (int p = 0; p < processes; p++) {
      assertThat(tree.cookie(tree.cpid[p])).isEqualTo(self);
      for (int t : tree.thrTids[p]) {
        assertThat(tree.cookie(t)).isEqualTo(self);
      }
    }
    assertThat(tree.table.liveCookies()).isEqualTo(1);
  }
}
