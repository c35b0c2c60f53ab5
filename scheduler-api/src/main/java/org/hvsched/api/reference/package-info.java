/**
 * The reference policies, written only against the SPI, as the examples to copy:
 * {@code basic.rr} (per-thread round robin, the SMT-on baseline without isolation) and
 * {@code basic.gang} (per-core gang scheduling by trust domain, the simplest isolating policy).
 */
package org.hvsched.api.reference;
