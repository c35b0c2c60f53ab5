package org.hvsched.harness.report;

/**
 * A display unit for values of one axis: ns values are shown in the largest of ns, us, ms, s
 * that keeps the largest value at 1 or more.
 *
 * @param divisor what raw values are divided by
 * @param unit the displayed unit
 */
record Scale(double divisor, String unit) {

  /** The scale for values in {@code unit} whose largest magnitude is {@code max}. */
  static Scale of(String unit, double max) {
    if (!unit.equals("ns")) {
      return new Scale(1, unit);
    }
    double abs = Math.abs(max);
    if (abs >= 1e9) {
      return new Scale(1e9, "s");
    }
    if (abs >= 1e6) {
      return new Scale(1e6, "ms");
    }
    if (abs >= 1e3) {
      return new Scale(1e3, "us");
    }
    return new Scale(1, "ns");
  }

  /** {@code raw} in this scale. */
  double apply(double raw) {
    return raw / divisor;
  }

  /** An axis label: {@code makespan (ms)}. */
  String label(String what) {
    return unit.isEmpty() ? what : what + " (" + unit + ")";
  }
}
