/**
 * Xen's own configuration read as hvsched input: {@code xl.cfg} domain files ({@link
 * org.hvsched.xen.credit2.config.XlConfig}, and {@link org.hvsched.xen.credit2.config.XlImporter}
 * for scenarios' {@code xl:} domains) and the hypervisor command line ({@link
 * org.hvsched.xen.credit2.config.XenBootOptions}), each following the upstream parser's rules and
 * failing with an {@link org.hvsched.topology.InputException} that names file and line.
 */
package org.hvsched.xen.credit2.config;
