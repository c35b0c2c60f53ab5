/**
 * Randomness and durations: named streams derived from (seed, name) for common random numbers,
 * the distributions scenarios write, and duration parsing.
 */
package org.hvsched.core.random;
