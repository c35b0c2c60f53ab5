/**
 * Sweeps (spec.md section 6, docs/scale-out.md): a {@code SWEEP} file's axes, which address
 * scenario values by key path or are synthetic ({@code vms}, {@code configs}, {@code seeds}),
 * are applied to the scenario's YAML tree before it is parsed, so the scenario parser checks
 * every point ({@link org.hvsched.harness.sweep.SweepPlanner}); the cross product becomes a plan
 * of JSON lines with content-derived ids; {@link org.hvsched.harness.sweep.SweepRunner} runs a
 * plan or one shard of it on several threads, writing each result atomically and skipping those
 * already written; {@link org.hvsched.harness.sweep.SweepMerger} folds the results point by
 * point, streaming, with compare's own summaries, into {@code merged.json} and
 * {@code merged.csv}.
 */
package org.hvsched.harness.sweep;
