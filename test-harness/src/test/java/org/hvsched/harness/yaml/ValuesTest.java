package org.hvsched.harness.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hvsched.core.random.Distribution;
import org.hvsched.topology.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations, rates, percentages and distributions read as spec.md section 3 writes them. */
final class ValuesTest {

  private static YamlNode scalar(String yaml) {
    return ((YamlNode.Mapping) YamlTrees.parse("v: " + yaml, "t.yaml")).entries().get("v");
  }

  @ParameterizedTest
  @CsvSource({"250us, 250000", "1.5ms, 1500000", "10s, 10000000000", "2m, 120000000000",
      "7ns, 7", "0, 0", "0s, 0", "0.5us, 500"})
  void duration_withUnit_isNanoseconds(String text, long ns) {
    assertThat(Values.durationNs(scalar(text), "d")).isEqualTo(ns);
  }

  @ParameterizedTest
  @CsvSource({"10", "1.5", "fast", "-1ms", "1.5xs"})
  void duration_malformed_namesPositionAndExpectation(String text) {
    assertThatThrownBy(() -> Values.durationNs(scalar(text), "duration"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.yaml:1:4: duration: found ")
        .hasMessageContaining("expected a duration");
  }

  @ParameterizedTest
  @CsvSource({"1000/s, 1000", "2.5/ms, 2500", "3/us, 3000000", "0, 0", "0/s, 0"})
  void rate_perUnit_isPerSecond(String text, double perSec) {
    assertThat(Values.ratePerSec(scalar(text), "r")).isEqualTo(perSec);
  }

  @ParameterizedTest
  @CsvSource({"1000", "1000/h", "x/s", "-5/s"})
  void rate_malformed_isAnError(String text) {
    assertThatThrownBy(() -> Values.ratePerSec(scalar(text), "host.interruptRate"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.yaml:1:4: host.interruptRate: found ")
        .hasMessageContaining("expected a rate");
  }

  @Test
  void distribution_everyForm_parses() {
    assertThat(DistributionParser.parse("250us")).isEqualTo(new Distribution.Const(250_000));
    assertThat(DistributionParser.parse("const(1ms)")).isEqualTo(
        new Distribution.Const(1_000_000));
    assertThat(DistributionParser.parse("exp(5us)")).isEqualTo(new Distribution.Exp(5_000));
    assertThat(DistributionParser.parse("uniform(1us, 3us)"))
        .isEqualTo(new Distribution.Uniform(1_000, 3_000));
    assertThat(DistributionParser.parse("lognormal(1ms,0.5)"))
        .isEqualTo(new Distribution.LogNormal(1_000_000, 0.5));
    assertThat(DistributionParser.parse("pareto(2ms,1.5)"))
        .isEqualTo(new Distribution.Pareto(2_000_000, 1.5));
  }

  @Test
  void distribution_format_roundTrips() {
    for (String text : new String[] {"250us", "exp(5us)", "uniform(1us,3us)",
        "lognormal(1ms,0.5)", "pareto(2ms,1.5)"}) {
      Distribution d = DistributionParser.parse(text);
      assertThat(DistributionParser.parse(DistributionParser.format(d))).isEqualTo(d);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"exp(0)", "exp(1ms,2ms)", "uniform(3us,1us)",
      "pareto(1ms,1)", "lognormal(1ms,x)", "gamma(1ms)", "exp(1ms", "lognormal(1ms,-1)"})
  void distribution_malformed_namesTheText(String text) {
    assertThatThrownBy(() -> Values.distribution(scalar("'" + text + "'"), "workload.run"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.yaml:1:4: workload.run: '" + text + "' is not");
  }

  @Test
  void percent_withOrWithoutSign() {
    assertThat(Values.percent(scalar("50%"), "duty", 0, 100)).isEqualTo(50);
    assertThat(Values.percent(scalar("12.5"), "duty", 0, 100)).isEqualTo(12.5);
    assertThatThrownBy(() -> Values.percent(scalar("150%"), "duty", 0, 100))
        .hasMessageContaining("expected a percentage");
  }

  @Test
  void bool_acceptsOnOffTrueFalseYesNo() {
    assertThat(Values.bool(scalar("on"), "smt")).isTrue();
    assertThat(Values.bool(scalar("off"), "smt")).isFalse();
    assertThat(Values.bool(scalar("true"), "smt")).isTrue();
    assertThat(Values.bool(scalar("'off'"), "smt")).isFalse();
    assertThatThrownBy(() -> Values.bool(scalar("maybe"), "smt"))
        .hasMessage("t.yaml:1:4: smt: found 'maybe', expected on or off (true or false)");
  }
}
