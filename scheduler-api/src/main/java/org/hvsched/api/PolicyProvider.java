package org.hvsched.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hvsched.api.settings.ResolvedSettings;
import org.hvsched.api.settings.SettingDef;
import org.hvsched.api.settings.Settings;

/**
 * A scheduler family, found through {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/org.hvsched.api.PolicyProvider}). The engine and the command line know
 * policies only through this interface.
 */
public interface PolicyProvider {

  /** Stable id used in scenarios and results, e.g. {@code xen.credit2}. */
  String id();

  /** One line for {@code hvsched policies}: what is modelled and after which upstream version. */
  String description();

  /** What the policy can do (the conformance kit gates its checks on these). */
  Set<Capability> capabilities();

  /** Every tunable, in the order results print them. */
  List<SettingDef> settings();

  /**
   * Resolves and validates raw settings; the default resolves names, types and ranges, then
   * calls {@link #validate}. Errors are {@link IllegalArgumentException}s naming the setting.
   */
  default ResolvedSettings resolve(Map<String, ?> raw) {
    ResolvedSettings resolved = Settings.resolve(id(), settings(), raw);
    validate(resolved);
    return resolved;
  }

  /**
   * Cross-field validation (typically: build the policy's settings record, whose compact
   * constructor checks). The default accepts everything the declarations accept.
   */
  default void validate(ResolvedSettings settings) {}

  /**
   * The settings a hypervisor's own command line implies (Xen: {@code sched-gran=core
   * sched_ratelimit_us=500 ...}, e.g. {@code xl info}'s {@code xen_commandline}), by setting
   * name; options that do not concern this policy are ignored. A scenario gives it as
   * {@code policy: {id: ..., commandLine: "..."}}. The default: this policy reads none.
   *
   * @throws IllegalArgumentException when the line is malformed or names another scheduler
   */
  default java.util.Map<String, String> settingsFromCommandLine(String commandLine) {
    throw new IllegalArgumentException("policy " + id() + " reads no hypervisor command line");
  }

  /** Creates an instance for one pool. */
  SchedPolicy create(ResolvedSettings settings, PoolSpec pool, PolicyContext context);
}
