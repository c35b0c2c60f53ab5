/**
 * Importers of hypervisor domain configurations (Xen {@code xl.cfg}, libvirt domain XML) into
 * scenario domains, found through {@link java.util.ServiceLoader} so that the harness reads them
 * without depending on the policy modules that know the formats.
 */
package org.hvsched.api.imports;
