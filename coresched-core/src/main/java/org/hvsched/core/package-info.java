/**
 * The simulated host.
 */
package org.hvsched.core;
