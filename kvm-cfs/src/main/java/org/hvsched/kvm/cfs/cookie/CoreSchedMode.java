package org.hvsched.kvm.cfs.cookie;

import java.util.Locale;

/**
 * libvirt's {@code sched_core} of {@code qemu.conf} (libvirt 8.9+): which threads of a VM share
 * the VM's core-scheduling cookie.
 */
public enum CoreSchedMode {
  /** Nothing is tagged (libvirt's default); core scheduling stays off. */
  NONE,
  /** Only the vCPU threads get the VM's cookie; emulator, I/O and kernel threads stay untagged. */
  VCPUS,
  /** QEMU and every thread it creates get the cookie (vhost tasks on 6.4+ kernels too). */
  EMULATOR,
  /** As {@code emulator}, plus QEMU's helper processes (not modelled as tasks). */
  FULL;

  /** The setting value. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
