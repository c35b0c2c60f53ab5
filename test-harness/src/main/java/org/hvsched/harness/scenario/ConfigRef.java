package org.hvsched.harness.scenario;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hvsched.harness.yaml.Location;

/** A configuration a scenario's {@code configs:} lists for {@code compare} (spec.md section 5). */
public sealed interface ConfigRef {

  /** The six named configurations of spec.md section 5. */
  List<String> NAMED = List.of("xen-smt-on", "xen-smt-off", "xen-core", "kvm-smt-on",
      "kvm-smt-off", "kvm-coresched");

  /** The configuration's name. */
  String name();

  /** Where it was written. */
  Location location();

  /**
   * One of {@link #NAMED}.
   *
   * @param name the name
   * @param location where it was written
   */
  record Named(String name, Location location) implements ConfigRef {
    public Named {
      requireNonNull(name, "name");
    }
  }

  /**
   * A custom configuration: any policy and settings.
   *
   * @param name its name (not one of {@link #NAMED})
   * @param policy policy and settings
   * @param smt SMT on or off, empty = the scenario's
   * @param baseline the configuration it is ratioed to, empty = itself
   * @param location where it was written
   */
  record Custom(String name, PolicyRef policy, Optional<Boolean> smt, Optional<String> baseline,
      Location location) implements ConfigRef {
    public Custom {
      requireNonNull(name, "name");
      requireNonNull(policy, "policy");
      requireNonNull(smt, "smt");
      requireNonNull(baseline, "baseline");
    }
  }
}
