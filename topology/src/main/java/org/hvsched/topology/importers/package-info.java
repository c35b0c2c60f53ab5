/**
 * Importers that turn the artifacts users already have into a {@link org.hvsched.topology.Topology}:
 * a copied Linux sysfs tree, {@code lscpu -p} output, hwloc v2 XML ({@code lstopo --of xml}), the
 * {@code cpu_topology}/{@code numa_info} sections of Xen's {@code xl info -n}, and synthetic specs.
 * {@link org.hvsched.topology.importers.TopologySource} detects the kind from content. Every
 * importer reports malformed or inconsistent input as an {@link
 * org.hvsched.topology.InputException} naming the file, line or element, and what was expected.
 * Threads are grouped into cores by sibling lists, masks or parent objects, never by raw core ids.
 */
package org.hvsched.topology.importers;
