package org.hvsched.harness.run;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.hvsched.core.trace.TraceSink;
import org.hvsched.harness.scenario.PolicyRef;

/**
 * What a command changes about a scenario for one run: {@code --policy}, {@code --set},
 * {@code --seed}, {@code --duration}, a compare configuration's SMT setting and name, the trace
 * sink and the per-event invariant check.
 *
 * <p>{@code policy} replaces the scenario's {@code policy:} and the policy of every pool without
 * one of its own. From {@code --policy ID} ({@link #withPolicy(String)}) the scenario's settings
 * are kept when it names the scenario's policy id; a configuration's policy
 * ({@link #withPolicy(PolicyRef)}) replaces id and settings exactly. {@code set} applies on top,
 * to those same pools.
 *
 * @param policy replacement policy ({@code --policy ID} or a configuration's)
 * @param exactPolicy whether {@code policy} replaces the scenario's settings even for the same id
 * @param set settings by name ({@code --set K=V}), in command-line order
 * @param seed replacement seed
 * @param durationNs replacement duration
 * @param smt SMT on or off instead of the scenario's {@code smt:}
 * @param config the compare configuration's name (results' {@code config}), empty for run
 * @param trace where trace events go
 * @param validate call the policies' {@code checkInvariants()} after every event
 */
public record RunOverrides(Optional<PolicyRef> policy, boolean exactPolicy,
    Map<String, String> set,
    OptionalLong seed, OptionalLong durationNs, Optional<Boolean> smt, Optional<String> config,
    TraceSink trace, boolean validate) {

  public RunOverrides {
    requireNonNull(policy, "policy");
    set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
    requireNonNull(seed, "seed");
    requireNonNull(durationNs, "durationNs");
    requireNonNull(smt, "smt");
    requireNonNull(config, "config");
    requireNonNull(trace, "trace");
  }

  /** Nothing changed, no trace, no per-event validation. */
  public static RunOverrides none() {
    return new RunOverrides(Optional.empty(), false, Map.of(), OptionalLong.empty(),
        OptionalLong.empty(), Optional.empty(), Optional.empty(), TraceSink.NONE, false);
  }

  /** With {@code --policy ID}: the scenario's settings stay when the id is the scenario's. */
  public RunOverrides withPolicy(String id) {
    return new RunOverrides(Optional.of(PolicyRef.of(id, "--policy")), false, set, seed,
        durationNs, smt, config, trace, validate);
  }

  /** With exactly this policy and settings (a compare configuration's), defaults for the rest. */
  public RunOverrides withPolicy(PolicyRef p) {
    return new RunOverrides(Optional.of(p), true, set, seed, durationNs, smt, config, trace,
        validate);
  }

  /** With {@code --set} settings. */
  public RunOverrides withSet(Map<String, String> settings) {
    return new RunOverrides(policy, exactPolicy, settings, seed, durationNs, smt, config, trace,
        validate);
  }

  /** With {@code --seed}. */
  public RunOverrides withSeed(long s) {
    return new RunOverrides(policy, exactPolicy, set, OptionalLong.of(s), durationNs, smt,
        config, trace, validate);
  }

  /** With {@code --duration}. */
  public RunOverrides withDurationNs(long ns) {
    return new RunOverrides(policy, exactPolicy, set, seed, OptionalLong.of(ns), smt, config,
        trace, validate);
  }

  /** With SMT on or off. */
  public RunOverrides withSmt(boolean on) {
    return new RunOverrides(policy, exactPolicy, set, seed, durationNs, Optional.of(on), config,
        trace, validate);
  }

  /** As compare configuration {@code name}. */
  public RunOverrides withConfig(String name) {
    return new RunOverrides(policy, exactPolicy, set, seed, durationNs, smt, Optional.of(name),
        trace, validate);
  }

  /** Streaming trace events to {@code sink}. */
  public RunOverrides withTrace(TraceSink sink) {
    return new RunOverrides(policy, exactPolicy, set, seed, durationNs, smt, config, sink,
        validate);
  }

  /** With the policies' invariants checked after every event (tests). */
  public RunOverrides withValidate(boolean on) {
    return new RunOverrides(policy, exactPolicy, set, seed, durationNs, smt, config, trace, on);
  }
}
