/**
 * Trace events of a run, streamed to {@link org.hvsched.core.trace.TraceSink}s (ftrace text,
 * Chrome trace-event JSON) as they happen.
 */
package org.hvsched.core.trace;
