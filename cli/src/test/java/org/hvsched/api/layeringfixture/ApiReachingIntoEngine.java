package org.hvsched.api.layeringfixture;

import org.hvsched.core.layeringfixture.EngineInternals;

/** Test fixture for LayeringTest: an SPI class that deliberately depends on the engine (forbidden). */
public final class ApiReachingIntoEngine {
  private ApiReachingIntoEngine() {}

  /** The forbidden call. */
  public static long peek() {
    return EngineInternals.nowNs();
  }
}
