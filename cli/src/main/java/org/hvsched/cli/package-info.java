/**
 * The hvsched command line.
 */
package org.hvsched.cli;
