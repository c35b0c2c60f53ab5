/**
 * Measurements of a run: per task, per domain, host totals and the isolation auditor's report,
 * over the measured window (duration minus warm-up).
 */
package org.hvsched.core.stats;
