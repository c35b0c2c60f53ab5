package org.hvsched.harness.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.hvsched.topology.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of bad scenario input fails with FILE:LINE:COL, the key and what was expected. */
final class ScenarioErrorsTest {
  private static final String HEAD = "name: t\ntopology: 1x4x2\nduration: 1s\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        bad(HEAD + "colour: red\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:1: scenario: unknown key 'colour', expected one of: name, description,"),
        bad("topology: 1x4x2\nduration: 1s\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:1:1: scenario: key 'name' is missing, expected the scenario's name"),
        bad("name: t\ntopology: 1x4x2\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:1:1: scenario: key 'duration' is missing"),
        bad("name: t\ntopology: 0x4x2\nduration: 1s\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:2:11: topology: bad topology spec '0x4x2'"),
        bad("name: t\ntopology: {spec: 1x4x2, numbering: ibm}\nduration: 1s\n"
            + "domains: [{name: a, vcpus: 1}]\n",
            "s.yaml:2:36: topology.numbering: found 'ibm', expected linux or xen"),
        bad("name: t\ntopology: {file: missing.txt}\nduration: 1s\n"
            + "domains: [{name: a, vcpus: 1}]\n", "s.yaml:2:18: topology.file: found"),
        bad(HEAD + "smt: maybe\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:6: smt: found 'maybe', expected on or off"),
        bad("name: t\ntopology: 1x4x2\nduration: 10\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:3:11: duration: found 10, expected a duration with a unit"),
        bad(HEAD + "warmup: 2s\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:9: warmup: found '2s', expected a warm-up shorter than duration"),
        bad(HEAD + "seed: -3\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:7: seed: found -3, expected a whole number in 0.."),
        bad(HEAD + "host: {ipiLatency: fast}\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:20: host.ipiLatency: found 'fast', expected a duration"),
        bad(HEAD + "host: {interruptRate: 5}\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:23: host.interruptRate: found 5, expected a rate"),
        bad(HEAD + "host: {interruptCost: gamma(1us)}\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:23: host.interruptCost: 'gamma(1us)' is not a distribution"),
        bad(HEAD + "host: {tick: 1ms}\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:8: host: unknown key 'tick', expected one of: contextSwitch,"),
        bad(HEAD + "pools: [{name: p, cpus: '0-1'}]\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:25: pools[0].cpus: found part of the core of CPU 0 (0 of 0,4),"
                + " expected whole cores"),
        bad(HEAD + "pools: [{name: p, cpus: '0,4'}, {name: q, cpus: '0-1,4-5'}]\n"
            + "domains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:33: pools[1].cpus: CPUs 0,4 are already in another pool"),
        bad(HEAD + "pools: [{name: p, cpus: '0-15'}]\ndomains: [{name: a, vcpus: 1}]\n",
            "s.yaml:4:25: pools[0].cpus: CPUs 8-15 are not online on the host"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, pool: nope}]\n",
            "s.yaml:4:37: domains[0].pool: unknown pool 'nope', expected one of: pool0"),
        bad(HEAD + "domains: [{name: a}]\n",
            "s.yaml:4:11: domains[0]: key 'vcpus' is missing"),
        bad(HEAD + "domains: [{name: a, vcpus: 0}]\n",
            "s.yaml:4:28: domains[0].vcpus: found 0, expected a whole number in 1..4096"),
        bad(HEAD + "domains: [{name: a, vcpus: 2, weight: 70000}]\n",
            "s.yaml:4:39: domains[0].weight: found 70000, expected a whole number in 1..65535"),
        bad(HEAD + "domains: [{name: a, vcpus: 2, cap: 201}]\n",
            "s.yaml:4:36: domains[0].cap: found 201, expected a whole number in 0..200"),
        bad(HEAD + "domains: [{name: a, vcpus: 2, affinity: '9'}]\n",
            "s.yaml:4:41: domains[0].affinity: CPUs 9 are not online on the host"),
        bad(HEAD + "domains: [{name: a, vcpus: 1}, {name: a, vcpus: 1}]\n",
            "s.yaml:4:32: domains[1].name: found 'a' again"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, colour: red}]\n",
            "s.yaml:4:31: domains[0]: unknown key 'colour', expected one of: name, vcpus,"),
        bad(HEAD + "domains: [{xl: vm.cfg}]\n",
            "s.yaml:4:12: domains[0]: no importer for 'xl' is installed"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, workload: {type: spin-loop}}]\n",
            "s.yaml:4:48: domains[0].workload.type: unknown workload type 'spin-loop', expected"
                + " one of: cpu-bound, periodic, sleep-run, request-response, closed-loop,"
                + " parallel-jobs, barrier, pipe"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, workload: {profile: specjbb}}]\n",
            "s.yaml:4:51: domains[0].workload.profile: unknown profile 'specjbb', expected one"
                + " of: kernbench, hackbench, stream, mutilate, netperf-rr, cpu-hog"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, workload: {type: cpu-bound, burst: 1ms}}]\n",
            "s.yaml:4:59: domains[0].workload: unknown key 'burst', expected one of: type,"
                + " class, vcpus"),
        bad(HEAD + "domains: [{name: a, vcpus: 2, workload: {type: cpu-bound, vcpus: '1-2'}}]\n",
            "s.yaml:4:66: domains[0].workload.vcpus: found '1-2', expected vCPU indices"
                + " within 0-1"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, workload: {type: cpu-bound, class: ram}}]\n",
            "s.yaml:4:66: domains[0].workload.class: found 'ram', expected compute, memory,"
                + " mixed or spin"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, workload: {type: barrier, wait: doze}}]\n",
            "s.yaml:4:63: domains[0].workload.wait: found 'doze', expected block or spin"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, workload: {type: sleep-run, run: exp(0)}}]\n",
            "s.yaml:4:64: domains[0].workload.run: 'exp(0)' is not a distribution"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, threads: [{name: vcpu3}]}]\n",
            "s.yaml:4:41: domains[0].threads[0].name: found 'vcpu3', expected a name that is"
                + " not a vCPU's"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, threads: [{name: e, workload:"
            + " {type: cpu-bound, vcpus: 0}}]}]\n",
            "s.yaml:4:86: domains[0].threads[0].workload.vcpus: found a vCPU subset on a VM"
                + " thread's workload"),
        bad(HEAD + "domains: [{name: a, vcpus: 1}]\nconfigs: [xen-fast]\n",
            "s.yaml:5:11: configs[0]: unknown configuration 'xen-fast', expected one of:"
                + " xen-smt-on,"),
        bad(HEAD + "domains: [{name: a, vcpus: 1}]\nconfigs: [{name: my}]\n",
            "s.yaml:5:11: configs[0]: key 'policy' is missing"),
        bad(HEAD + "domains: [{name: a, vcpus: 1, workload: {type: sleep-run, run: 0}}]\n",
            "s.yaml:4:41: domains[0].workload.run: found bursts of zero work"),
        bad(HEAD + "domains: []\n", "s.yaml:4:10: domains: found a list, expected a non-empty"
            + " list of domains"));
  }

  private static Arguments bad(String yaml, String messageStart) {
    return Arguments.of(yaml, messageStart);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void corruptInput_failsNamingPositionKeyAndExpectation(String yaml, String messageStart) {
    assertThatThrownBy(() -> ScenarioParser.parse(yaml, "s.yaml", Path.of(".")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(messageStart);
  }
}
