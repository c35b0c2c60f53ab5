/**
 * The report of {@code hvsched compare --report DIR}: charts (bars with error bars per metric
 * and configuration, latency CDFs, a per-core timeline) rendered with JFreeChart to PNG and
 * JFreeSVG to SVG, an {@code index.html} that shows them next to the results table and the
 * verdicts from {@code file://}, and the atomic writing of every output file (temp + rename).
 */
package org.hvsched.harness.report;
