/**
 * The YAML layer of scenario files: a tree of nodes that remember their file, line and column
 * (read with Jackson's streaming parser), a reader of mappings that rejects unknown keys, and the
 * typed scalar values (durations, rates, distributions, CPU sets) whose errors name where they
 * were written and what was expected.
 */
package org.hvsched.harness.yaml;
