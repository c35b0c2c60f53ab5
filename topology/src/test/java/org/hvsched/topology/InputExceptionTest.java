package org.hvsched.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** InputException formats FILE:LINE:COL, leaving out unknown parts. */
final class InputExceptionTest {

  @Test
  void message_leavesOutUnknownParts() {
    assertThat(new InputException("a.yaml", 3, 7, "bad").getMessage()).isEqualTo("a.yaml:3:7: bad");
    assertThat(new InputException("a.yaml", 3, 0, "bad").getMessage()).isEqualTo("a.yaml:3: bad");
    assertThat(new InputException("a.yaml", "bad").getMessage()).isEqualTo("a.yaml: bad");
    assertThat(new InputException("", 0, 0, "bad").getMessage()).isEqualTo("bad");
    InputException e = new InputException("f", 2, 1, "what");
    assertThat(e.file()).isEqualTo("f");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.detail()).isEqualTo("what");
  }
}
