/**
 * Linux's fair scheduling class (CFS as in 6.1, EEVDF as in 6.6) with core scheduling, as a KVM
 * host schedules its VMs, written against the scheduler SPI only: the providers
 * {@code kvm.cfs} and {@code kvm.eevdf}, their settings, and {@link org.hvsched.kvm.cfs.CfsPolicy},
 * which wires the fair class ({@code fair}), cgroup arithmetic ({@code group}), the prctl cookie
 * model and libvirt's tagging ({@code cookie}), the core-wide pick ({@code coresched}) and
 * placement/balancing ({@code balance}) to the SPI's callbacks. {@code config} reads libvirt
 * domain XML.
 */
package org.hvsched.kvm.cfs;
