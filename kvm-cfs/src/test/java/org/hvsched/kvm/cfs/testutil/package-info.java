/**
 * Test support: {@link org.hvsched.kvm.cfs.testutil.FakeHost}, a tiny deterministic host that
 * drives a policy through the SPI (wake, block, schedule, timers, IPIs, switches) until the
 * project's engine and harness take over; seeds for random tests.
 */
package org.hvsched.kvm.cfs.testutil;
