/**
 * The policy under the project's engine and harness: scenarios run end to end (isolation
 * audit, forced idle, libvirt imports) and golden ftrace traces of small scenarios.
 */
package org.hvsched.kvm.cfs.engine;
