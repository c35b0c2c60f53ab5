package org.hvsched.harness.compare;

import static com.google.common.base.Preconditions.checkArgument;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean and 95% confidence half-width of a metric over seeds: {@code ci95 = t(0.975, n-1) * s /
 * sqrt(n)} with {@code s} the sample standard deviation (Student's t, commons-math3). With one
 * seed there is no spread to estimate and {@code ci95} is 0 (outputs say so).
 *
 * @param mean arithmetic mean, summed in seed order
 * @param ci95 half-width of the two-sided 95% interval, 0 for one seed
 * @param n number of values
 */
public record MeanCi(double mean, double ci95, int n) {

  public MeanCi {
    checkArgument(n > 0, "a mean needs at least one value: %s", n);
    checkArgument(ci95 >= 0, "ci95 must be >= 0: %s", ci95);
  }

  /** Mean and interval of {@code values} (in seed order). */
  public static MeanCi of(double[] values) {
    checkArgument(values.length > 0, "a mean needs at least one value");
    int n = values.length;
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    if (n == 1) {
      return new MeanCi(mean, 0, 1);
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    return new MeanCi(mean, tQuantile975(n - 1) * sd / Math.sqrt(n), n);
  }

  /** The 0.975 quantile of Student's t with {@code degreesOfFreedom}. */
  static double tQuantile975(int degreesOfFreedom) {
    // no random generator: the distribution is only evaluated, never sampled
    TDistribution t = new TDistribution(null, degreesOfFreedom,
        TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    return t.inverseCumulativeProbability(0.975);
  }
}
