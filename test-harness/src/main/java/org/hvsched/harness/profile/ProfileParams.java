package org.hvsched.harness.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hvsched.core.random.Distribution;
import org.hvsched.harness.workload.Metric;
import org.hvsched.harness.workload.WorkloadResult;
import org.hvsched.harness.yaml.MapReader;
import org.hvsched.harness.yaml.Values;
import org.hvsched.harness.yaml.YamlNode;

/** Reading profile parameters and reshaping results; shared by the profiles. */
final class ProfileParams {
  private ProfileParams() {}

  static long integer(MapReader r, String key, long min, long max, long def) {
    return r.get(key).map(n -> Values.integer(n, r.path(key), min, max)).orElse(def);
  }

  static long duration(MapReader r, String key, long def) {
    return r.get(key).map(n -> Values.positiveDurationNs(n, r.path(key))).orElse(def);
  }

  static Distribution distribution(MapReader r, String key, Distribution def) {
    return r.get(key).map(n -> Values.distribution(n, r.path(key))).orElse(def);
  }

  /** A rate, or empty when absent or {@code none}. */
  static OptionalDouble optionalRate(MapReader r, String key) {
    Optional<YamlNode> n = r.get(key);
    if (n.isEmpty() || n.get() instanceof YamlNode.Scalar s && s.text().equals("none")) {
      return OptionalDouble.empty();
    }
    double rate = Values.ratePerSec(n.get(), r.path(key));
    if (rate <= 0) {
      throw Values.error(n.get(), r.path(key), "a rate greater than zero, or none");
    }
    return OptionalDouble.of(rate);
  }

  /** {@code result} with metric {@code name} moved first and renamed {@code newName}. */
  static WorkloadResult primary(WorkloadResult result, String name, String newName) {
    List<Metric> out = new ArrayList<>();
    for (Metric m : result.metrics()) {
      if (m.name().equals(name)) {
        out.add(0, m.renamed(newName));
      } else {
        out.add(m);
      }
    }
    if (!out.get(0).name().equals(newName)) {
      throw new IllegalStateException("no metric " + name + " in " + result.metrics());
    }
    return new WorkloadResult(out, result.requests(), result.makespanNs());
  }
}
