package org.hvsched.core.layeringfixture;

/** Test fixture for LayeringTest: stands for an engine class that policy/SPI code must not see. */
public final class EngineInternals {
  private EngineInternals() {}

  /** Something to call. */
  public static long nowNs() {
    return 0L;
  }
}
