package org.hvsched.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hvsched.topology.InterferenceClass.COMPUTE;
import static org.hvsched.topology.InterferenceClass.MEMORY;
import static org.hvsched.topology.InterferenceClass.MIXED;
import static org.hvsched.topology.InterferenceClass.SPIN;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default SMT table has the documented properties of design.md "Hardware". */
final class SmtModelTest {
  private final SmtModel model = SmtModel.defaults();

  @Test
  void alone_runsAtFullSpeed() {
    for (InterferenceClass c : InterferenceClass.values()) {
      assertThat(model.speed(c, List.of())).isEqualTo(1.0);
    }
  }

  @Test
  void twoComputeThreads_yieldBetweenOneAndTwo() {
    double pair = 2 * model.speed(COMPUTE, List.of(COMPUTE));
    assertThat(pair).isStrictlyBetween(1.0, 2.0);
  }

  @Test
  void mixedPair_yieldsAboutThirtyPercent() {
    assertThat(2 * model.speed(MIXED, List.of(MIXED))).isCloseTo(1.3, within(0.05));
  }

  @Test
  void memoryBesideMemory_yieldsAboutOne() {
    assertThat(2 * model.speed(MEMORY, List.of(MEMORY))).isCloseTo(1.0, within(0.05));
  }

  @Test
  void complementaryPair_yieldsMost_upToEightyPercent() {
    double pair = model.speed(COMPUTE, List.of(MEMORY)) + model.speed(MEMORY, List.of(COMPUTE));
    assertThat(pair).isCloseTo(1.8, within(0.05));
    for (InterferenceClass a : List.of(COMPUTE, MEMORY, MIXED)) {
      for (InterferenceClass b : List.of(COMPUTE, MEMORY, MIXED)) {
        assertThat(model.speed(a, List.of(b)) + model.speed(b, List.of(a))).isLessThanOrEqualTo(pair);
      }
    }
  }

  @Test
  void spinSibling_stealsLittle() {
    for (InterferenceClass c : InterferenceClass.values()) {
      assertThat(model.speed(c, List.of(SPIN))).isStrictlyBetween(0.9, 1.0);
    }
  }

  @Test
  void moreSiblings_neverFaster() {
    for (InterferenceClass c : InterferenceClass.values()) {
      double one = model.speed(c, List.of(COMPUTE));
      double three = model.speed(c, List.of(COMPUTE, COMPUTE, COMPUTE));
      assertThat(three).isLessThan(one).isPositive();
      assertThat(4 * model.speed(COMPUTE, List.of(COMPUTE, COMPUTE, COMPUTE))).isGreaterThan(1.0);
    }
  }

  @Test
  void memoryScale_limitsStreamsPerSocket() {
    assertThat(model.memoryScale(8)).isEqualTo(1.0);
    SmtModel limited = SmtModel.builder().memoryStreamsPerSocket(4).build();
    assertThat(limited.memoryScale(2)).isEqualTo(1.0);
    assertThat(limited.memoryScale(8)).isEqualTo(0.5);
    assertThat(limited.memoryScale(0)).isEqualTo(1.0);
    assertThat(limited.memoryStreamsPerSocket()).hasValue(4.0);
  }

  @Test
  void builder_customPair_validated() {
    SmtModel custom = SmtModel.builder().pairSpeed(COMPUTE, COMPUTE, 0.9).build();
    assertThat(custom.speed(COMPUTE, List.of(COMPUTE))).isEqualTo(0.9);
    assertThat(SmtModel.defaults().pairSpeed(COMPUTE, COMPUTE)).isEqualTo(0.6);
    assertThatThrownBy(() -> SmtModel.builder().pairSpeed(MEMORY, MEMORY, 1.5))
        .hasMessageContaining("memory/memory").hasMessageContaining("1.5");
  }

  @Test
  void interferenceClass_parsesIds() {
    assertThat(InterferenceClass.parse("Memory")).isEqualTo(MEMORY);
    assertThat(SPIN.id()).isEqualTo("spin");
    assertThatThrownBy(() -> InterferenceClass.parse("io")).hasMessageContaining("'io'");
  }
}
