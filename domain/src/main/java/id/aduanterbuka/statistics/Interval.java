package id.aduanterbuka.statistics;

/** A 95 % uncertainty interval around an estimate. */
public record Interval(double low, double high) {
  private static final double Z = 1.959963984540054;

  public Interval {
    if (low > high) {
      throw new IllegalArgumentException("interval low " + low + " > high " + high);
    }
  }

  /**
   * Wilson score interval for a share {@code successes / n}: sound for small n and shares near 0 or
   * 1, where the textbook ±1.96·√(p(1−p)/n) interval leaves [0, 1].
   */
  public static Interval wilson(long successes, long n) {
    if (n <= 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException(successes + " of " + n + " is not a share");
    }
    double p = (double) successes / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
  }

  /**
   * Distribution-free interval for a median from the sample's order statistics: the values at ranks
   * ⌊n/2 − 0.98√n⌋ and ⌈n/2 + 0.98√n⌉ (1-based, clamped), from the normal approximation to the
   * binomial(n, ½). {@code sorted} holds the sample in ascending order.
   */
  public static Interval ofMedian(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalArgumentException("no median of an empty sample");
    }
    double half = Z * Math.sqrt(n) / 2;
    int low = Math.max(1, (int) Math.floor(n / 2.0 - half));
    int high = Math.min(n, (int) Math.ceil(n / 2.0 + half) + 1);
    return new Interval(sorted[low - 1], sorted[high - 1]);
  }
}
