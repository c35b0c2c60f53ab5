package org.hvsched.harness.scenario;

import org.hvsched.harness.profile.Profiles;
import org.hvsched.harness.workload.WorkloadContext;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.workload.WorkloadTypes;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.YamlNode;

/** Reads a {@code workload:} mapping: a {@code type:} workload or a {@code profile:}. */
public final class WorkloadParser {
  private WorkloadParser() {}

  /** Reads the workload at {@code node}; {@code path} names it in messages. */
  public static WorkloadSpec parse(YamlNode node, String path, WorkloadContext ctx) {
    MapReader r = MapReader.of(node, path);
    boolean profile = r.has("profile");
    boolean type = r.has("type");
    if (profile && type) {
      throw r.keyLocation("profile").error(path + ": found both type and profile, expected one");
    }
    if (profile) {
      return Profiles.parse(r, ctx);
    }
    if (!type) {
      throw r.location().error(path + ": key 'type' is missing, expected a workload type ("
          + WorkloadTypes.known() + ") or a profile (" + Profiles.known() + ")");
    }
    return WorkloadTypes.parse(r, ctx);
  }
}
