/**
 * {@code hvsched compare}: the configuration matrix (the six named configurations of spec.md
 * section 5 and custom ones), running configurations x seeds in parallel with byte-identical
 * results whatever the thread count, the statistics over seeds (mean, Student-t 95% confidence
 * interval, ratio to the family's baseline), the isolation summary, the verdict lines, and the
 * results file {@code results.json} / {@code results.csv}.
 */
package org.hvsched.harness.compare;
