package org.hvsched.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.hvsched.api.layeringfixture.ApiReachingIntoEngine;
import org.hvsched.core.layeringfixture.EngineInternals;
import org.hvsched.xen.credit2.layeringfixture.PolicyUsingCli;
import org.junit.jupiter.api.Test;

/** The module dependency direction of design.md holds, and the rules catch a violation. */
final class LayeringTest {
  private static final String TOPOLOGY = "org.hvsched.topology..";
  private static final String API = "org.hvsched.api..";
  private static final String CORE = "org.hvsched.core..";
  private static final String HARNESS = "org.hvsched.harness..";
  private static final String XEN = "org.hvsched.xen.credit2..";
  private static final String KVM = "org.hvsched.kvm.cfs..";

  static final ArchRule TOPOLOGY_RULE = hvschedOnly(TOPOLOGY);
  static final ArchRule API_RULE = hvschedOnly(API, TOPOLOGY);
  static final ArchRule CORE_RULE = hvschedOnly(CORE, API, TOPOLOGY);
  static final ArchRule HARNESS_RULE = hvschedOnly(HARNESS, CORE, API, TOPOLOGY);
  static final ArchRule XEN_RULE = policy(XEN);
  static final ArchRule KVM_RULE = policy(KVM);
  static final ArchRule NOTHING_BUT_BENCH_USES_CLI = noClasses()
      .that().resideOutsideOfPackages("org.hvsched.cli..", "org.hvsched.bench..")
      .should().dependOnClassesThat().resideInAPackage("org.hvsched.cli..")
      .because("design.md: no module depends on cli except benchmarks")
      .allowEmptyShould(true);

  static final List<ArchRule> RULES = List.of(TOPOLOGY_RULE, API_RULE, CORE_RULE, HARNESS_RULE,
      XEN_RULE, KVM_RULE, NOTHING_BUT_BENCH_USES_CLI);

  @Test
  void productionClasses_followDesignLayering() {
    JavaClasses production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.hvsched");
    assertThat(production.contain(Main.class)).isTrue();
    assertThat(production.contain(org.hvsched.topology.Topology.class)).isTrue();
    RULES.forEach(rule -> rule.check(production));
  }

  @Test
  void apiReachingIntoEngine_caught() {
    JavaClasses fixture = new ClassFileImporter()
        .importClasses(ApiReachingIntoEngine.class, EngineInternals.class);
    assertThat(API_RULE.evaluate(fixture).hasViolation()).isTrue();
    assertThatThrownBy(() -> API_RULE.check(fixture)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ApiReachingIntoEngine").hasMessageContaining("EngineInternals");
  }

  @Test
  void policyUsingCli_caughtTwice() {
    JavaClasses fixture = new ClassFileImporter().importClasses(PolicyUsingCli.class, Main.class);
    assertThat(XEN_RULE.evaluate(fixture).hasViolation()).isTrue();
    assertThat(NOTHING_BUT_BENCH_USES_CLI.evaluate(fixture).hasViolation()).isTrue();
    assertThat(KVM_RULE.evaluate(fixture).hasViolation()).isFalse();
  }

  /** Classes of {@code module} depend on no hvsched package but their own and {@code allowed}. */
  private static ArchRule hvschedOnly(String module, String... allowed) {
    String[] own = concat(module, allowed);
    return noClasses().that().resideInAPackage(module)
        .should().dependOnClassesThat(resideInAPackage("org.hvsched..").and(not(resideInAnyPackage(own))))
        .because("design.md: " + module + " may depend only on " + String.join(", ", own))
        .allowEmptyShould(true);
  }

  /**
   * A policy module sees only the SPI, the topology, the JDK (the XML APIs included: the
   * importers of xl.cfg and libvirt XML read files) and Guava.
   */
  private static ArchRule policy(String module) {
    DescribedPredicate<JavaClass> allowed = resideInAnyPackage(module, API, TOPOLOGY, "java..",
        "com.google.common..", "com.google.errorprone.annotations..", "org.checkerframework..",
        "javax.annotation..", "javax.xml..", "org.xml.sax..", "org.w3c.dom..")
        .or(DescribedPredicate.describe("primitive or array", c -> c.isPrimitive() || c.isArray()));
    return classes().that().resideInAPackage(module)
        .should().onlyDependOnClassesThat(allowed)
        .because("design.md: a policy module depends on scheduler-api (and topology) only")
        .allowEmptyShould(true);
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
