package org.hvsched.harness.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One column of a comparison: a policy with its settings and an SMT state, ratioed to the
 * baseline of its family.
 *
 * @param name configuration name ({@code xen-core}, or a custom name)
 * @param family the family it belongs to (its baseline's family; a baseline names its own)
 * @param baseline the configuration it is ratioed to; equal to {@code name} for a baseline
 * @param policyId provider id, e.g. {@code xen.credit2}
 * @param settings raw settings by the name written; the policy's defaults apply to the rest
 * @param smt SMT on or off; empty = the scenario's {@code smt}
 */
public record Configuration(String name, String family, String baseline, String policyId,
    Map<String, String> settings, Optional<Boolean> smt) {

  public Configuration {
    requireNonNull(name, "name");
    requireNonNull(family, "family");
    requireNonNull(baseline, "baseline");
    requireNonNull(policyId, "policyId");
    checkArgument(!name.isBlank(), "configuration name must not be blank");
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    requireNonNull(smt, "smt");
  }

  /** True when this configuration is its family's baseline (its ratio is 1.0). */
  public boolean isBaseline() {
    return baseline.equals(name);
  }

  /** SMT state of this configuration's runs given the scenario's. */
  public boolean smtOn(boolean scenarioSmt) {
    return smt.orElse(scenarioSmt);
  }
}
