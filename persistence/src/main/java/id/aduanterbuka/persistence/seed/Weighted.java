package id.aduanterbuka.persistence.seed;

import java.util.SplittableRandom;

/** Weighted random choice over a cumulative-weight table. */
final class Weighted {
  private Weighted() {}

  /** Running sums of {@code weights}, the table {@link #pick} expects. */
  static double[] cumulative(double[] weights) {
    double[] out = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      out[i] = sum;
    }
    return out;
  }

  /** An index, each with probability proportional to its weight. */
  static int pick(double[] cumulative, SplittableRandom rnd) {
    double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
