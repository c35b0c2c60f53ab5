/**
 * KVM-shaped configuration: libvirt domain XML ({@code virsh dumpxml}) read into a
 * {@link org.hvsched.kvm.cfs.config.LibvirtDomain} record, and the scenario importer that turns
 * it into a neutral domain ({@code domains: [{libvirt: vm.xml}]}). Parsing is pure: no network,
 * no DTDs or external entities; every rejected or ignored element is reported with its line and
 * column.
 */
package org.hvsched.kvm.cfs.config;
