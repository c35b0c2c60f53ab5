/**
 * Results output: the run-result JSON of spec.md section 4 ({@link
 * org.hvsched.harness.output.RunResultJson}), its CSV with one row per domain ({@link
 * org.hvsched.harness.output.RunResultCsv}) and the compact table {@code hvsched run} prints
 * ({@link org.hvsched.harness.output.RunTable}). Byte-identical for identical runs: no wall time,
 * no paths, fixed number formats and line ends.
 */
package org.hvsched.harness.output;
