package org.hvsched.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.hvsched.core.random.Distribution;

/**
 * What real hosts pay, modelled by the engine (scenario key {@code host:}).
 *
 * <p>Defaults: a context switch of 2 us and an IPI of 1 us are the order of magnitude measured
 * for VM switches and reschedule IPIs on current x86 servers (a KVM vCPU thread switch with
 * VMCS reload is 1-3 us; an x86 IPI is delivered in about 1 us): with a switch slower than
 * the IPI, Linux's core-wide pick has no sibling overlap ({@code transitionNs} is zero, design.md).
 * The Xen rendezvous adds 1 us of spinning per core-wide switch. Host interrupt load is off by
 * default.
 *
 * @param contextSwitchNs time a thread spends in host state switching to another occupant
 * @param ipiLatencyNs time from a remote request to the target thread noticing it
 * @param rendezvousNs extra time of Xen's core-wide rendezvous before the decision
 * @param interruptRatePerSec host interrupt / VM-exit arrivals per CPU per second (Poisson)
 * @param interruptCost duration of one interrupt (trust domain {@code host})
 */
public record HostCosts(long contextSwitchNs, long ipiLatencyNs, long rendezvousNs,
    double interruptRatePerSec, Distribution interruptCost) {

  public HostCosts {
    checkArgument(contextSwitchNs >= 0, "contextSwitch must be >= 0: %s", contextSwitchNs);
    checkArgument(ipiLatencyNs >= 0, "ipiLatency must be >= 0: %s", ipiLatencyNs);
    checkArgument(rendezvousNs >= 0, "rendezvous must be >= 0: %s", rendezvousNs);
    checkArgument(interruptRatePerSec >= 0, "interruptRate must be >= 0: %s",
        interruptRatePerSec);
    requireNonNull(interruptCost, "interruptCost");
  }

  /** The documented defaults. */
  public static HostCosts defaults() {
    return new HostCosts(2_000, 1_000, 1_000, 0, new Distribution.Exp(5_000));
  }
}
