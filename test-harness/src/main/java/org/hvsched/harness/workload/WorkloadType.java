package org.hvsched.harness.workload;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.topology.InterferenceClass;

/**
 * A workload type ({@code type:} word): its documentation and its parser.
 *
 * @param id the {@code type:} word
 * @param description one paragraph: what it models
 * @param defaultClass the interference class when {@code class:} is not given
 * @param primaryMetric name of its primary metric
 * @param unit unit of the primary metric
 * @param params its own keys (besides {@code class} and {@code vcpus}) with defaults
 * @param parser reads its keys
 */
public record WorkloadType(String id, String description, InterferenceClass defaultClass,
    String primaryMetric, String unit, List<ParamDoc> params, Parser parser) {

  public WorkloadType {
    requireNonNull(id, "id");
    params = List.copyOf(params);
  }

  /** Reads the type's own keys; {@code common} already holds class and vcpus. */
  @FunctionalInterface
  public interface Parser {
    /** A spec from {@code r}; unknown keys are rejected by the caller afterwards. */
    WorkloadSpec parse(MapReader r, WorkloadCommon common);
  }
}
