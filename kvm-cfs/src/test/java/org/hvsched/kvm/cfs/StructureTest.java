package org.hvsched.kvm.cfs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The module's packages form no cycle, and simulation code uses no clock and no unseeded
 * randomness (style.md determinism rules).
 */
final class StructureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.hvsched.kvm.cfs");

  @Test
  void subpackages_formNoCycle() {
    slices().matching("org.hvsched.kvm.cfs.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void simulationCode_usesNoClockAndNoRandomness() {
    noClasses().should().callMethod(Math.class, "random")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callConstructor(Random.class)
        .orShould().dependOnClassesThat().areAssignableTo(ThreadLocalRandom.class)
        .check(MAIN);
  }
}
