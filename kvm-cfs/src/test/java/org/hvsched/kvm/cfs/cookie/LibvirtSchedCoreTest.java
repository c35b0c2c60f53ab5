package org.hvsched.kvm.cfs.cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hvsched.api.Domain;
import org.hvsched.api.Task;
import org.hvsched.api.TaskKind;
import org.hvsched.topology.CpuSet;
import org.junit.jupiter.api.Test;

/** libvirt's sched_core modes give each VM's threads the cookies qemu.conf documents. */
final class LibvirtSchedCoreTest {
  private static final CpuSet ALL = CpuSet.range(0, 3);

  private static Task task(int id, Domain d, TaskKind kind, int pid) {
    int tgid = 1000 * (d.id() + 1);
    return new Task(id, d.name() + "/" + id, d, kind, kind == TaskKind.VCPU ? id : -1, pid, tgid,
        tgid, ALL, ALL);
  }

  private static final Domain VM1 = new Domain(0, "vm1", 2, 256, 0, ALL, ALL, "vm1", "p");
  private static final Domain VM2 = new Domain(1, "vm2", 1, 256, 0, ALL, ALL, "vm2", "p");

  @Test
  void vcpus_tagsVcpusPerVm_leavesOtherThreadsUntagged() {
    LibvirtSchedCore l = new LibvirtSchedCore(CoreSchedMode.VCPUS, false, true);
    Task a0 = task(0, VM1, TaskKind.VCPU, 1001);
    Task a1 = task(1, VM1, TaskKind.VCPU, 1002);
    Task ae = task(2, VM1, TaskKind.EMULATOR, 1000);
    Task b0 = task(3, VM2, TaskKind.VCPU, 2001);
    for (Task t : new Task[] {a0, ae, a1, b0}) {
      l.add(t);
    }
    assertThat(l.cookieOf(a0)).isNotZero().isEqualTo(l.cookieOf(a1));
    assertThat(l.cookieOf(ae)).isZero();
    assertThat(l.cookieOf(b0)).isNotZero().isNotEqualTo(l.cookieOf(a0));
    assertThat(l.table().liveCookies()).isEqualTo(2);
  }

  @Test
  void emulator_everyQemuThreadInheritsTheVmCookie_kthreadWorkersDoNot() {
    LibvirtSchedCore l = new LibvirtSchedCore(CoreSchedMode.EMULATOR, false, true);
    Task a0 = task(0, VM1, TaskKind.VCPU, 1001);
    Task io = task(1, VM1, TaskKind.IO_THREAD, 1003);
    Task vhost = task(2, VM1, TaskKind.KERNEL_WORKER, 1004);
    for (Task t : new Task[] {a0, io, vhost}) {
      l.add(t);
    }
    assertThat(l.cookieOf(a0)).isNotZero().isEqualTo(l.cookieOf(io));
    assertThat(l.cookieOf(vhost)).isZero();
  }

  @Test
  void full_onVhostTaskKernel_workersInheritToo() {
    LibvirtSchedCore l = new LibvirtSchedCore(CoreSchedMode.FULL, true, true);
    Task a0 = task(0, VM1, TaskKind.VCPU, 1001);
    Task vhost = task(1, VM1, TaskKind.KERNEL_WORKER, 1004);
    l.add(a0);
    l.add(vhost);
    assertThat(l.cookieOf(vhost)).isEqualTo(l.cookieOf(a0)).isNotZero();
  }

  @Test
  void none_tagsNothing() {
    LibvirtSchedCore l = new LibvirtSchedCore(CoreSchedMode.NONE, true, true);
    Task a0 = task(0, VM1, TaskKind.VCPU, 1001);
    l.add(a0);
    assertThat(l.cookieOf(a0)).isZero();
    assertThat(l.table().coreSchedEnabled()).isFalse();
  }

  @Test
  void reservedPid_isRejectedNamingTheTask() {
    LibvirtSchedCore l = new LibvirtSchedCore(CoreSchedMode.VCPUS, false, true);
    assertThatThrownBy(() -> l.add(task(0, VM1, TaskKind.VCPU, 4_190_001)))
        .hasMessageContaining("reserved");
  }
}
