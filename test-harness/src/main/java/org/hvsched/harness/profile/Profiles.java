package org.hvsched.harness.profile;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadContext;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.workload.WorkloadTypes;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;

/** The registry of workload profiles, in spec.md's order; what {@code hvsched profiles} lists. */
public final class Profiles {
  private static final List<Profile> ALL = List.of(Kernbench.PROFILE, Hackbench.PROFILE,
      Stream.PROFILE, Mutilate.PROFILE, NetperfRr.PROFILE, CpuHog.PROFILE);

  private Profiles() {}

  /** Every profile. */
  public static List<Profile> all() {
    return ALL;
  }

  /** The profile called {@code name}. */
  public static Optional<Profile> byName(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The known names, comma-separated. */
  public static String known() {
    return ALL.stream().map(Profile::name).collect(Collectors.joining(", "));
  }

  /**
   * Reads a {@code profile:} workload from {@code r} (whose {@code profile} key is present),
   * then rejects unknown keys.
   */
  public static WorkloadSpec parse(MapReader r, WorkloadContext ctx) {
    YamlNode nameNode = r.require("profile", "a profile: " + known());
    String name = Values.text(nameNode, r.path("profile"), "a profile: " + known());
    Profile profile = byName(name).orElseThrow(() -> nameNode.location().error(
        r.path("profile") + ": unknown profile '" + name + "', expected one of: " + known()));
    WorkloadCommon common = WorkloadTypes.parseCommon(r, ctx, profile.defaultClass());
    WorkloadSpec spec = profile.builder().build(r, common);
    r.finish();
    return spec;
  }
}
