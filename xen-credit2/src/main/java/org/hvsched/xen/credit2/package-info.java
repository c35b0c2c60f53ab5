/**
 * Xen credit2 with scheduling-unit granularity, as an SPI policy.
 */
package org.hvsched.xen.credit2;
