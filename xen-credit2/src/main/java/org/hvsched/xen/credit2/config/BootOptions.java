package org.hvsched.xen.credit2.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Xen command line says about scheduling, in hvsched's terms.
 *
 * @param settings {@code xen.credit2} settings by canonical name, values as Xen would use them
 *     (after its boot-time resets), in command-line order
 * @param scheduler the {@code sched=} value as given, if any
 * @param smt the {@code smt=} boolean, if given (the run's SMT view, not a policy setting)
 * @param ignored options that do not concern CPU scheduling, as written
 * @param warnings what Xen would warn about (invalid values, resets), one line each
 */
public record BootOptions(Map<String, String> settings, Optional<String> scheduler,
    Optional<Boolean> smt, List<String> ignored, List<String> warnings) {
  public BootOptions {
    settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    requireNonNull(scheduler, "scheduler");
    requireNonNull(smt, "smt");
    ignored = List.copyOf(ignored);
    warnings = List.copyOf(warnings);
  }
}
