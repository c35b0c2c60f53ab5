package org.hvsched.harness.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The field's standard core-scheduling study as bundled scenarios ({@code scenarios/study/}):
 * every profile x every placement, on a 1-socket 4-core 2-thread host and on a 2-socket
 * 16-core 2-thread server. {@link StudyScenariosTest} keeps the files equal to this table.
 *
 * <p>Placements: {@code dom0} (the benchmark in the host's own domain, sized to the host),
 * {@code vm-full} (one VM with as many vCPUs as the host has threads), {@code vm-half} (one VM
 * with half as many), {@code overcommit} (the {@code vm-full} VM plus a second VM of as many
 * vCPUs running a {@code cpu-hog}, about 2x overcommitted).
 */
final class StudyScenarios {
  private StudyScenarios() {}

  /**
   * Host interrupts and VM exits per CPU: the order of magnitude of a busy virtualisation host
   * (a local timer tick of 250-1000 Hz plus reschedule IPIs, device interrupts and VM exits), on
   * the low side; the engine's default (spec.md) is a noise-free host.
   */
  static final String HOST_INTERRUPT_RATE = "1000/s";

  /** The two hosts and their thread counts. */
  static final Map<String, Integer> HOSTS = Map.of("1x4x2", 8, "2x16x2", 64);
  /** Host order. */
  static final List<String> HOST_ORDER = List.of("1x4x2", "2x16x2");
  /** Profile order. */
  static final List<String> PROFILES = List.of("kernbench", "hackbench", "stream", "mutilate",
      "netperf-rr", "cpu-hog");
  /** Placement order. */
  static final List<String> PLACEMENTS = List.of("dom0", "vm-full", "vm-half", "overcommit");

  /**
   * One bundled scenario.
   *
   * @param path path under the repository root
   * @param text the file's content
   */
  record File(String path, String text) {}

  /** Every scenario, hosts x profiles x placements. */
  static List<File> all() {
    List<File> out = new ArrayList<>();
    for (String host : HOST_ORDER) {
      for (String profile : PROFILES) {
        for (String placement : PLACEMENTS) {
          out.add(new File("scenarios/study/" + host + "/" + profile + "-" + placement + ".yaml",
              text(host, HOSTS.get(host), profile, placement)));
        }
      }
    }
    return out;
  }

  private static boolean makespan(String profile) {
    return profile.equals("kernbench") || profile.equals("hackbench");
  }

  /**
   * The profile's parameters, sized to a host of {@code threads} threads: a build of 100 ms of
   * work per thread in 8 ms units; hackbench with one group per 8 threads (at least 4); memcached
   * with a worker thread per 4 vCPUs (at least its default 4) and 4 clients per worker; the
   * other profiles at their defaults (sized by the domain's vCPUs).
   */
  static String workload(String profile, int threads, int vcpus) {
    return switch (profile) {
      case "kernbench" -> "{profile: kernbench, work: " + threads * 100 + "ms, tasks: "
          + threads * 12 + "}";
      case "hackbench" -> "{profile: hackbench, groups: " + Math.max(4, threads / 8)
          + ", messages: 50}";
      case "mutilate" -> "{profile: mutilate, threads: " + Math.max(4, vcpus / 4)
          + ", clients: " + 4 * Math.max(4, vcpus / 4) + "}";
      default -> "{profile: " + profile + "}";
    };
  }

  private static String text(String host, int threads, String profile, String placement) {
    int vcpus = placement.equals("vm-half") ? threads / 2 : threads;
    String domain = placement.equals("dom0") ? "dom0" : "vm1";
    String name = profile + "-" + placement + "-" + host;
    String duration = profile.equals("hackbench") && threads > 8
        && placement.equals("overcommit") ? "3s"
        : makespan(profile) ? "1s" : threads > 8 ? "250ms" : "400ms";
    StringBuilder s = new StringBuilder();
    s.append("# The standard core-scheduling study on a ").append(hostText(host)).append(":\n");
    s.append("# ").append(profile).append(", ").append(describe(placement, threads))
        .append(".\n");
    s.append("# Generated from StudyScenarios (test-harness tests); edit there and regenerate"
        + " with\n#   mvn -pl test-harness test -Dtest=StudyScenariosTest"
        + " -Dhvsched.regenerate=true\n");
    s.append("# Run:  ./hvsched compare scenarios/study/").append(host).append('/')
        .append(profile).append('-').append(placement).append(".yaml\n");
    s.append("name: ").append(name).append('\n');
    s.append("description: ").append(profile).append(", ").append(describe(placement, threads))
        .append(".\n");
    s.append("topology: ").append(host).append('\n');
    s.append("duration: ").append(duration).append('\n');
    s.append("warmup: 50ms\n");
    s.append("seed: 1\n");
    s.append("# host noise: a real host takes interrupts and VM exits; with none, equal constant"
        + " costs\n# phase-lock the CPUs (docs/architecture.md, \"Modelling notes\")\n");
    s.append("host: {interruptRate: ").append(HOST_INTERRUPT_RATE).append("}\n");
    s.append("# for `hvsched run`; compare runs each configuration's policy instead\n");
    s.append("policy: {id: basic.rr}\n");
    s.append("domains:\n");
    s.append("  - {name: ").append(domain).append(", vcpus: ").append(vcpus)
        .append(", workload: ").append(workload(profile, threads, vcpus)).append("}\n");
    if (placement.equals("overcommit")) {
      s.append("  - {name: hog, vcpus: ").append(threads)
          .append(", workload: {profile: cpu-hog}}\n");
    }
    return s.toString();
  }

  private static String describe(String placement, int threads) {
    return switch (placement) {
      case "dom0" -> "the benchmark in the host's own domain sized to the host (" + threads
          + " vCPUs)";
      case "vm-full" -> "one VM with as many vCPUs as threads (" + threads + ")";
      case "vm-half" -> "one VM with half as many vCPUs as threads (" + threads / 2 + ")";
      default -> "one VM of " + threads + " vCPUs beside a VM of " + threads
          + " vCPUs running cpu-hog (2x overcommitted)";
    };
  }

  private static String hostText(String host) {
    return host.equals("1x4x2") ? "1-socket 4-core 2-thread host (1x4x2)"
        : "2-socket 16-core 2-thread server (2x16x2)";
  }
}
