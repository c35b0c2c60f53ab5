/**
 * Trace events of a run, streamed to {@link org.hvsched.core.trace.TraceSink}s as they happen:
 * {@link org.hvsched.core.trace.FtraceWriter} writes Linux ftrace text in the tracefs
 * {@code trace} layout, {@link org.hvsched.core.trace.ChromeTraceWriter} Chrome trace-event JSON
 * with VM, vCPU, CPU and counter tracks (and the ftrace text embedded), both of which
 * ui.perfetto.dev opens; {@link org.hvsched.core.trace.Traces} opens them for a run and
 * {@link org.hvsched.core.trace.CompositeTraceSink} fans events out. Writers keep per-CPU and
 * per-task state only, so memory is bounded by entities, not events. docs/traces.md describes
 * the files.
 */
package org.hvsched.core.trace;
