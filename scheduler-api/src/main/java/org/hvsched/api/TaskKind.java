package org.hvsched.api;

/** What a task is within its VM: a vCPU or another thread the VM brings to the host. */
public enum TaskKind {
  /** A virtual CPU (Xen vCPU; a KVM vCPU thread). */
  VCPU,
  /** QEMU's emulator (main loop) thread. */
  EMULATOR,
  /** A QEMU I/O thread. */
  IO_THREAD,
  /** A kernel worker acting for the VM (vhost-like); untagged under Linux core scheduling. */
  KERNEL_WORKER;

  /** Lowercase name used in files and reports. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
