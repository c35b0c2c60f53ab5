/**
 * The cookie model of Linux core scheduling ({@code kernel/sched/core_sched.c}, Linux 5.14+):
 * a process tree of threads (tid, tgid, pgid, uid), reference-counted cookies inherited on
 * fork, and {@code prctl(PR_SCHED_CORE, cmd, pid, scope, uaddr)} with the kernel's argument
 * checks and error results, close enough that Linux's own selftest
 * ({@code tools/testing/selftests/sched/cs_prctl_test.c}) ports case by case. It also holds how
 * libvirt's {@code sched_core} setting of {@code qemu.conf} uses that API to tag a VM's threads.
 * Nothing here knows the scheduler: the policy only asks which cookie a thread holds.
 */
package org.hvsched.kvm.cfs.cookie;
