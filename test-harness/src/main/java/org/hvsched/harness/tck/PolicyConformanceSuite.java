package org.hvsched.harness.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hvsched.api.Capability;
import org.hvsched.api.Policies;
import org.hvsched.api.PolicyProvider;
import org.hvsched.api.settings.ResolvedSettings;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy conformance kit: every policy module subclasses this suite in its tests, e.g.
 *
 * <pre>{@code
 * final class Credit2ConformanceTest extends PolicyConformanceSuite {
 *   protected String policyId() { return "xen.credit2"; }
 *   protected List<SettingVariant> settingVariants() {
 *     return List.of(SettingVariant.of("cpu", "schedGran", "cpu"),
 *         SettingVariant.of("core", "schedGran", "core"));
 *   }
 * }
 * }</pre>
 *
 * <p>Every check runs once per setting variant (by default one, {@link #settings()}). The
 * randomized checks share one batch of scenarios per variant ({@link ScenarioGenerator}; 200 by
 * default, {@code -Dhvsched.tck.scenarios=N} for more, {@code -Dhvsched.seed=N} to replay the
 * scenario a failure names), each run once with the engine's invariant checks after every event
 * and the {@link RunObserver} on its trace. Checks that need a capability the provider does not
 * declare are skipped through a JUnit assumption that names the capability.
 *
 * <p>What is checked, and with which tolerance:
 * <ul>
 *   <li>invariants after every event (the engine's and the policy's {@code checkInvariants});
 *       a task on at most one CPU and a consistent trace, from outside;
 *   <li>the trace, integrated from outside, equals the results (per-task {@code cpuNs}, host
 *       time per state, guest/guest time): exactly;
 *   <li>a blocked task never runs; hard affinity is never violated ({@code HARD_AFFINITY});
 *   <li>work conservation ({@code WORK_CONSERVING}): no thread in plain idle beside a waiting
 *       task allowed there for longer than {@link #workConservationSlackNs} (2 ms by default;
 *       forced idle, reserved idle and capped domains are exempt, and a policy that corrects
 *       imbalance only at its balance period raises the slack to that period);
 *   <li>no starvation: every runnable task (capped domains aside) runs within
 *       {@link #starvationBoundNs} (50 ms by default) under the generator's bounded load;
 *   <li>isolation ({@code CORE_ISOLATION}, on runs whose instances claim cores): no guest/guest
 *       exposure outside switch windows on a claimed core;
 *   <li>determinism: the first {@value KitConfig#DETERMINISM_SCENARIOS} scenarios run twice
 *       give equal SHA-256 hashes of their full trace event stream;
 *   <li>proportional share ({@code WEIGHTS}): two always-busy domains of weights 1:2 pinned to
 *       one CPU (of {@code 1x2x2}; on a {@code 1x1x1} host when the policy lacks
 *       {@code HARD_AFFINITY} or pins no single threads) share it 1:2 within
 *       {@link #shareTolerance} (5%) of the ratio;
 *   <li>caps ({@code CAPS}): a busy domain capped at 50 gets half a CPU within
 *       {@link #capTolerance} (5%), alone and with two vCPUs beside a busy neighbour.
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PolicyConformanceSuite {
  private final Map<String, List<KitRun>> runs = new LinkedHashMap<>();

  /** The id of the policy under test, as its provider declares it. */
  protected abstract String policyId();

  /** The settings of the default single variant. */
  protected Map<String, ?> settings() {
    return Map.of();
  }

  /** The setting variants every check runs with; override to test several. */
  protected List<SettingVariant> settingVariants() {
    return List.of(new SettingVariant("default", settings()));
  }

  /** Longest allowed idle episode beside a waiting task (raise to the balance period). */
  protected long workConservationSlackNs(SettingVariant variant) {
    return 2_000_000L;
  }

  /** Longest allowed wait of a runnable task in the generated scenarios. */
  protected long starvationBoundNs(SettingVariant variant) {
    return 50_000_000L;
  }

  /** Relative tolerance of the 1:2 share by weight. */
  protected double shareTolerance() {
    return 0.05;
  }

  /** Relative tolerance of a capped domain's share. */
  protected double capTolerance() {
    return 0.05;
  }

  /**
   * Whether the generator may pin single vCPUs to single threads; return false for variants
   * whose affinity is per scheduling unit (Xen {@code sched-gran=core}: pinning one vCPU pins
   * its unit).
   */
  protected boolean pinsSingleThreads(SettingVariant variant) {
    return true;
  }

  /**
   * Whether the variant runs on SMT-off views (one thread per core); return false for settings
   * that need SMT and are refused without it (Linux core scheduling: {@code prctl} fails with
   * {@code ENODEV}).
   */
  protected boolean runsWithSmtOff(SettingVariant variant) {
    return true;
  }

  /** The variants, for the parameterized checks. */
  protected final Stream<SettingVariant> variants() {
    return settingVariants().stream();
  }

  /** The provider under test. */
  protected final PolicyProvider provider() {
    return Policies.byId(policyId());
  }

  private Set<Capability> capabilities() {
    return provider().capabilities();
  }

  private void require(Capability c, String check) {
    assumeTrue(capabilities().contains(c), () -> policyId() + " does not declare " + c + ": "
        + check + " not checked");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void randomScenarios_afterEveryEvent_invariantsHold(SettingVariant variant) {
    expectNone(variant, "invariants", KitRun.Check.INVARIANTS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void randomScenarios_traceFromOutside_equalsResults(SettingVariant variant) {
    expectNone(variant, "trace against results", KitRun.Check.RESULTS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void randomScenarios_blockedTask_neverRuns(SettingVariant variant) {
    expectNone(variant, "blocked task never runs", KitRun.Check.BLOCKED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void randomScenarios_hardAffinity_neverViolated(SettingVariant variant) {
    require(Capability.HARD_AFFINITY, "hard affinity");
    expectNone(variant, "hard affinity", KitRun.Check.AFFINITY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void randomScenarios_idleBesideWaitingTask_endsWithinSlack(
      SettingVariant variant) {
    require(Capability.WORK_CONSERVING, "work conservation");
    expectNone(variant, "work conservation", KitRun.Check.WORK_CONSERVATION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void randomScenarios_runnableTask_runsWithinBound(SettingVariant variant) {
    expectNone(variant, "no starvation", KitRun.Check.STARVATION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void randomScenarios_claimedCores_noGuestGuestExposure(SettingVariant variant) {
    require(Capability.CORE_ISOLATION, "isolation of claimed cores");
    List<KitRun> batch = runsOf(variant);
    List<KitRun> claiming = batch.stream().filter(r -> r.failed() || r.claims()).toList();
    assumeTrue(!claiming.isEmpty(), () -> policyId() + " with " + variant
        + " claims no cores in any scenario: isolation not checked");
    report(variant, "isolation", claiming, r -> r.problem(KitRun.Check.ISOLATION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void sameSeedTwice_equalTraceHash(SettingVariant variant) {
    List<KitRun> batch = runsOf(variant);
    List<KitRun> twice = batch.subList(0, Math.min(batch.size(),
        KitConfig.DETERMINISM_SCENARIOS));
    report(variant, "determinism", twice, first -> {
      KitRun second = KitRun.of(first.scenario(), provider(), resolve(variant),
          limits(variant));
      if (first.traceCalls() == 0) {
        return Optional.of("the trace is empty");
      }
      return first.traceHash().equals(second.traceHash()) ? Optional.empty()
          : Optional.of("trace hashes differ: " + first.traceHash() + " (" + first.traceCalls()
              + " calls) then " + second.traceHash() + " (" + second.traceCalls() + " calls)");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void twoBusyDomainsOnOneCpu_weights1to2_shareCpu1to2(SettingVariant variant) {
    require(Capability.WEIGHTS, "proportional share by weight");
    boolean pin = capabilities().contains(Capability.HARD_AFFINITY)
        && pinsSingleThreads(variant);
    FixedScenarios.Ratio r = FixedScenarios.weightShares(provider(), resolve(variant), pin);
    assertThat(r.value()).as("%s %s: two busy domains on one CPU, %s", policyId(), variant, r)
        .isBetween(2 * (1 - shareTolerance()), 2 * (1 + shareTolerance()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  public final void cappedDomain_cap50_getsHalfACpu(SettingVariant variant) {
    require(Capability.CAPS, "caps");
    for (FixedScenarios.Ratio r : FixedScenarios.capShares(provider(), resolve(variant))) {
      assertThat(r.value()).as("%s %s: CPUs used, %s", policyId(), variant, r)
          .isBetween(0.5 * (1 - capTolerance()), 0.5 * (1 + capTolerance()));
    }
  }

  /** The runs of {@code variant}'s batch, run on first use. */
  protected final synchronized List<KitRun> runsOf(SettingVariant variant) {
    return runs.computeIfAbsent(variant.name(), k -> {
      PolicyProvider provider = provider();
      ResolvedSettings settings = resolve(variant);
      ScenarioGenerator generator = new ScenarioGenerator(provider.capabilities(),
          pinsSingleThreads(variant), runsWithSmtOff(variant));
      List<KitRun> out = new ArrayList<>();
      KitChecks.Limits limits = limits(variant);
      for (long seed : KitConfig.seeds(policyId() + " " + variant)) {
        out.add(KitRun.of(generator.generate(seed), provider, settings, limits));
      }
      return List.copyOf(out);
    });
  }

  private KitChecks.Limits limits(SettingVariant variant) {
    return new KitChecks.Limits(workConservationSlackNs(variant), starvationBoundNs(variant));
  }

  private ResolvedSettings resolve(SettingVariant variant) {
    return provider().resolve(variant.settings());
  }

  private void expectNone(SettingVariant variant, String check, KitRun.Check which) {
    report(variant, check, runsOf(variant), r -> r.problem(which));
  }

  private void report(SettingVariant variant, String check, List<KitRun> batch,
      Function<KitRun, Optional<String>> problem) {
    int failing = 0;
    String first = null;
    for (KitRun run : batch) {
      Optional<String> p = problem.apply(run);
      if (p.isPresent()) {
        failing++;
        if (first == null) {
          first = run.header() + "\n" + p.get();
        }
      }
    }
    if (failing > 0) {
      fail("%s %s: %s failed in %d of %d scenarios; the first:%n%s", policyId(), variant,
          check, failing, batch.size(), first);
    }
  }
}
