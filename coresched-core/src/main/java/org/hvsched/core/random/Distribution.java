package org.hvsched.core.random;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A distribution of durations (or amounts of work) in nanoseconds, as scenarios write them
 * (spec.md section 3): a constant, {@code exp(MEAN)}, {@code uniform(LO,HI)},
 * {@code lognormal(MEAN,SIGMA)} (SIGMA of the underlying normal) and {@code pareto(MEAN,ALPHA)}.
 * Samples are whole nanoseconds, at least 0.
 */
public sealed interface Distribution {

  /** Draws one value from {@code stream}. */
  long sample(RandomStream stream);

  /** The mean in ns (infinite for a Pareto with alpha <= 1). */
  double meanNs();

  /** The spelling a scenario uses, e.g. {@code exp(5us)}. */
  String spec();

  /** Always {@code valueNs}. */
  record Const(long valueNs) implements Distribution {
    public Const {
      checkArgument(valueNs >= 0, "constant must be >= 0: %s", valueNs);
    }

    @Override
    public long sample(RandomStream stream) {
      return valueNs;
    }

    @Override
    public double meanNs() {
      return valueNs;
    }

    @Override
    public String spec() {
      return "const(" + Durations.format(valueNs) + ")";
    }
  }

  /** Exponential with mean {@code meanNs}. */
  record Exp(long meanValueNs) implements Distribution {
    public Exp {
      checkArgument(meanValueNs > 0, "exp mean must be > 0: %s", meanValueNs);
    }

    @Override
    public long sample(RandomStream stream) {
      return Math.round(-Math.log(stream.nextOpenDouble()) * meanValueNs);
    }

    @Override
    public double meanNs() {
      return meanValueNs;
    }

    @Override
    public String spec() {
      return "exp(" + Durations.format(meanValueNs) + ")";
    }
  }

  /** Uniform in [lowNs, highNs]. */
  record Uniform(long lowNs, long highNs) implements Distribution {
    public Uniform {
      checkArgument(lowNs >= 0 && highNs >= lowNs, "uniform needs 0 <= LO <= HI: %s, %s", lowNs,
          highNs);
    }

    @Override
    public long sample(RandomStream stream) {
      return lowNs + Math.round(stream.nextDouble() * (highNs - lowNs));
    }

    @Override
    public double meanNs() {
      return (lowNs + highNs) / 2.0;
    }

    @Override
    public String spec() {
      return "uniform(" + Durations.format(lowNs) + "," + Durations.format(highNs) + ")";
    }
  }

  /** Log-normal with the given mean and sigma of the underlying normal. */
  record LogNormal(long meanValueNs, double sigma) implements Distribution {
    public LogNormal {
      checkArgument(meanValueNs > 0, "lognormal mean must be > 0: %s", meanValueNs);
      checkArgument(sigma >= 0, "lognormal sigma must be >= 0: %s", sigma);
    }

    @Override
    public long sample(RandomStream stream) {
      double mu = Math.log(meanValueNs) - sigma * sigma / 2;
      return Math.round(Math.exp(mu + sigma * stream.nextGaussian()));
    }

    @Override
    public double meanNs() {
      return meanValueNs;
    }

    @Override
    public String spec() {
      return "lognormal(" + Durations.format(meanValueNs) + "," + sigma + ")";
    }
  }

  /** Pareto (type I) with the given mean and shape alpha > 1. */
  record Pareto(long meanValueNs, double alpha) implements Distribution {
    public Pareto {
      checkArgument(meanValueNs > 0, "pareto mean must be > 0: %s", meanValueNs);
      checkArgument(alpha > 1, "pareto alpha must be > 1 for a finite mean: %s", alpha);
    }

    @Override
    public long sample(RandomStream stream) {
      double scale = meanValueNs * (alpha - 1) / alpha;
      return Math.round(scale / Math.pow(stream.nextOpenDouble(), 1 / alpha));
    }

    @Override
    public double meanNs() {
      return meanValueNs;
    }

    @Override
    public String spec() {
      return "pareto(" + Durations.format(meanValueNs) + "," + alpha + ")";
    }
  }
}
