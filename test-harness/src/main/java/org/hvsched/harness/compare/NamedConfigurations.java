package org.hvsched.harness.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The six named configurations of spec.md section 5, by family, in the order of the spec's table
 * (which is the default matrix and the order of every output). Each is a policy id plus settings,
 * so they run whatever policy provider answers to the id, with exactly these settings and the
 * policy's defaults for the rest. The setting that defines a row is always written out (the
 * {@code -smt-off} rows name the policy defaults, {@code schedGran: cpu} and
 * {@code coreSched: none}), so results state it even if a default changes.
 */
public final class NamedConfigurations {
  private NamedConfigurations() {}

  /** Xen's credit2 policy id. */
  public static final String XEN = "xen.credit2";
  /** KVM's CFS policy id. */
  public static final String KVM = "kvm.cfs";

  /** The default matrix: all six, in spec order. */
  public static final List<Configuration> ALL = List.of(
      new Configuration("xen-smt-on", "xen", "xen-smt-on", XEN, Map.of("schedGran", "cpu"),
          Optional.of(true)),
      new Configuration("xen-smt-off", "xen", "xen-smt-on", XEN, Map.of("schedGran", "cpu"),
          Optional.of(false)),
      new Configuration("xen-core", "xen", "xen-smt-on", XEN, Map.of("schedGran", "core"),
          Optional.of(true)),
      new Configuration("kvm-smt-on", "kvm", "kvm-smt-on", KVM, Map.of("coreSched", "none"),
          Optional.of(true)),
      new Configuration("kvm-smt-off", "kvm", "kvm-smt-on", KVM, Map.of("coreSched", "none"),
          Optional.of(false)),
      new Configuration("kvm-coresched", "kvm", "kvm-smt-on", KVM,
          Map.of("coreSched", "vcpus"), Optional.of(true)));

  /** The named configuration called {@code name}, if there is one. */
  public static Optional<Configuration> byName(String name) {
    return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** True when {@code name} is one of the six. */
  public static boolean isNamed(String name) {
    return byName(name).isPresent();
  }
}
