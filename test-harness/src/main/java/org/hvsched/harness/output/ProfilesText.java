package org.hvsched.harness.output;

import java.util.Locale;
import org.hvsched.harness.profile.Profile;
import org.hvsched.harness.profile.Profiles;
import org.hvsched.harness.workload.ParamDoc;

/**
 * What {@code hvsched profiles} prints: every profile with its description, interference class,
 * primary metric and unit, each parameter with its default and meaning, and where the defaults
 * come from.
 */
public final class ProfilesText {
  private ProfilesText() {}

  /** The listing, each line ending with {@code \n}. */
  public static String render() {
    StringBuilder sb = new StringBuilder();
    for (Profile p : Profiles.all()) {
      sb.append(p.name()).append(": ").append(p.description()).append('\n');
      sb.append(String.format(Locale.ROOT, "  primary metric: %s (%s, %s is better); class %s%n",
          p.primaryMetric(), p.unit(), p.higherIsBetter() ? "higher" : "lower",
          p.defaultClass().id()));
      int width = p.params().stream().mapToInt(d -> d.name().length()).max().orElse(0);
      for (ParamDoc d : p.params()) {
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s  default %s: %s%n", d.name(),
            d.defaultValue(), d.meaning()));
      }
      sb.append("  every workload also takes class: and vcpus:\n");
      sb.append("  defaults: ").append(p.calibration()).append("\n\n");
    }
    return sb.toString();
  }
}
