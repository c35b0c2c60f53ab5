package org.hvsched.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hvsched.harness.scenario.ConfigRef;
import org.hvsched.harness.scenario.PolicyRef;
import org.hvsched.harness.yaml.Location;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;

/** The configuration matrix: defaults, selection, baselines added, custom families, errors. */
final class ConfigMatrixTest {
  private static final Location AT = new Location("s.yaml", 7, 5);

  private static List<String> names(List<Configuration> cs) {
    return cs.stream().map(Configuration::name).toList();
  }

  private static ConfigRef.Custom custom(String name, String policy, Optional<String> baseline) {
    return new ConfigRef.Custom(name, new PolicyRef(policy, Map.of("sliceUs", "500"),
        "configs[0].policy", AT), Optional.of(true), baseline, AT);
  }

  @Test
  void nothingListed_allSixInSpecOrder() {
    List<Configuration> cs = ConfigMatrix.resolve(List.of(), Optional.empty());
    assertThat(names(cs)).containsExactly("xen-smt-on", "xen-smt-off", "xen-core",
        "kvm-smt-on", "kvm-smt-off", "kvm-coresched");
    assertThat(cs.get(2).settings()).containsEntry("schedGran", "core");
    assertThat(cs.get(1).smt()).contains(false);
    assertThat(cs.get(5).settings()).containsEntry("coreSched", "vcpus");
    assertThat(cs.get(4).family()).isEqualTo("kvm");
  }

  @Test
  void selectionWithoutBaseline_baselineRunsFirst() {
    List<Configuration> cs = ConfigMatrix.resolve(List.of(),
        Optional.of(List.of("kvm-coresched", "xen-core")));
    assertThat(names(cs)).containsExactly("kvm-smt-on", "kvm-coresched", "xen-smt-on",
        "xen-core");
  }

  @Test
  void scenarioConfigs_customWithNamedBaseline_joinsThatFamily() {
    List<ConfigRef> entries = List.of(new ConfigRef.Named("xen-core", AT),
        custom("mine", "basic.gang", Optional.of("xen-smt-on")));
    List<Configuration> cs = ConfigMatrix.resolve(entries, Optional.empty());
    assertThat(names(cs)).containsExactly("xen-smt-on", "xen-core", "mine");
    Configuration mine = cs.get(2);
    assertThat(mine.family()).isEqualTo("xen");
    assertThat(mine.baseline()).isEqualTo("xen-smt-on");
    assertThat(mine.policyId()).isEqualTo("basic.gang");
    assertThat(mine.settings()).containsEntry("sliceUs", "500");
  }

  @Test
  void customWithoutBaseline_isItsOwnFamily() {
    List<Configuration> cs = ConfigMatrix.resolve(
        List.of(custom("rr", "basic.rr", Optional.empty()),
            custom("gang", "basic.gang", Optional.of("rr"))), Optional.empty());
    assertThat(names(cs)).containsExactly("rr", "gang");
    assertThat(cs.get(0).isBaseline()).isTrue();
    assertThat(cs.get(0).family()).isEqualTo("rr");
    assertThat(cs.get(1).family()).isEqualTo("rr");
  }

  @Test
  void selection_picksScenarioCustomByName() {
    List<Configuration> cs = ConfigMatrix.resolve(
        List.of(custom("rr", "basic.rr", Optional.empty()),
            custom("gang", "basic.gang", Optional.of("rr"))), Optional.of(List.of("gang")));
    assertThat(names(cs)).containsExactly("rr", "gang");
  }

  @Test
  void selection_unknownName_errorNamesOptionAndKnownNames() {
    assertThatThrownBy(() -> ConfigMatrix.resolve(List.of(), Optional.of(List.of("xen-cor"))))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--configs: unknown configuration 'xen-cor'; expected one of:")
        .hasMessageContaining("xen-core");
  }

  @Test
  void baselineThatIsNotABaseline_rejectedWithPosition() {
    assertThatThrownBy(() -> ConfigMatrix.resolve(
        List.of(custom("mine", "basic.rr", Optional.of("xen-core"))), Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("s.yaml:7:5: baseline 'xen-core' of configuration 'mine' is"
            + " not a baseline itself");
  }

  @Test
  void unknownBaseline_rejected() {
    assertThatThrownBy(() -> ConfigMatrix.resolve(
        List.of(custom("mine", "basic.rr", Optional.of("nope"))), Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown configuration 'nope'");
  }

  @Test
  void listedTwice_rejected() {
    assertThatThrownBy(() -> ConfigMatrix.resolve(List.of(),
        Optional.of(List.of("xen-core", "xen-core"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void baselinesInACycle_rejected() {
    assertThatThrownBy(() -> ConfigMatrix.resolve(
        List.of(custom("a", "basic.rr", Optional.of("b")),
            custom("b", "basic.rr", Optional.of("a"))), Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cycle");
  }
}
