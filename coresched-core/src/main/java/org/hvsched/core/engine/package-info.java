/**
 * The engine: one single-threaded discrete-event loop per simulation. Events are a sealed type
 * ordered by (time, class, sequence) with lazy cancellation by generation; threads execute
 * tasks at the speed of the SMT model; decisions are carried out with the host's costs (context
 * switch, IPI latency, Xen's rendezvous); the auditor and the accounting measure.
 */
package org.hvsched.core.engine;
