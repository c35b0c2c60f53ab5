/**
 * The hardware model of one host: NUMA nodes, sockets, cores and SMT threads keyed by the OS CPU number, CPU sets in every dialect users meet, the SMT speed model, and importers for sysfs, lscpu, hwloc XML, xl info and synthetic specs.
 */
package org.hvsched.topology;
