/**
 * Linux CFS/EEVDF with core scheduling, as an SPI policy.
 */
package org.hvsched.kvm.cfs;
