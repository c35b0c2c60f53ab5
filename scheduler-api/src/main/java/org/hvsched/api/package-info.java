/**
 * The scheduler SPI.
 */
package org.hvsched.api;
