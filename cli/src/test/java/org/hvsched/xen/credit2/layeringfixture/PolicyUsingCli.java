package org.hvsched.xen.credit2.layeringfixture;

import org.hvsched.cli.Main;

/** Test fixture for LayeringTest: a policy class that deliberately depends on the CLI (forbidden). */
public final class PolicyUsingCli {
  private PolicyUsingCli() {}

  /** The forbidden call. */
  public static int launch() {
    return Main.run(new String[] {"--version"}, System.out, System.err);
  }
}
