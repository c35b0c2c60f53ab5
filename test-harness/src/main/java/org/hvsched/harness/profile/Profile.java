package org.hvsched.harness.profile;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hvsched.harness.workload.ParamDoc;
import org.hvsched.harness.workload.WorkloadCommon;
import org.hvsched.harness.workload.WorkloadSpec;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.topology.InterferenceClass;

/**
 * A named workload profile ({@code workload: {profile: NAME, ...}}), modelled on a benchmark the
 * field uses to judge core scheduling, built from the harness's workload types; what
 * {@code hvsched profiles} lists.
 *
 * @param name the profile name
 * @param description what it models and what it is built from
 * @param defaultClass interference class when {@code class:} is not given
 * @param primaryMetric name of its primary metric (spec.md's profile table)
 * @param unit unit of the primary metric
 * @param higherIsBetter whether a larger primary metric is an improvement
 * @param params its parameters with defaults, sizes included
 * @param calibration where the defaults come from
 * @param builder reads its parameters
 */
public record Profile(String name, String description, InterferenceClass defaultClass,
    String primaryMetric, String unit, boolean higherIsBetter, List<ParamDoc> params,
    String calibration,
    Builder builder) {

  public Profile {
    requireNonNull(name, "name");
    params = List.copyOf(params);
  }

  /** Reads a profile's parameters. */
  @FunctionalInterface
  public interface Builder {
    /** The workload from {@code r}'s parameters; the caller rejects unknown keys afterwards. */
    WorkloadSpec build(MapReader r, WorkloadCommon common);
  }
}
