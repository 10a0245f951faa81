package id.aduanterbuka.statistics;

import java.util.Arrays;

/**
 * Median, 90th percentile and mean of a sample, with its size. Percentiles interpolate linearly
 * between the closest ranks (PostgreSQL's {@code percentile_cont}): for sorted values v₀…vₙ₋₁ the
 * p-th percentile is read at position p·(n−1). Empty samples have no figures (null).
 */
public record Summary(long n, Double median, Double p90, Double mean) {
  public static final Summary EMPTY = new Summary(0, null, null, null);

  public static Summary of(double[] values) {
    if (values.length == 0) {
      return EMPTY;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Summary(
        sorted.length,
        percentile(sorted, 0.5),
        percentile(sorted, 0.9),
        Arrays.stream(sorted).average().orElseThrow());
  }

  /** Linear interpolation between closest ranks over {@code sorted}. */
  public static double percentile(double[] sorted, double p) {
    return percentile(sorted.length, p, rank -> sorted[(int) rank]);
  }

  /**
   * The p-th percentile of {@code n} sorted values given by rank (0 … n−1): the one definition the
   * exact arrays, the working-day histograms and the hour sketches share.
   */
  public static double percentile(
      long n, double p, java.util.function.LongToDoubleFunction valueAtRank) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("a percentile is between 0 and 1, was " + p);
    }
    if (n == 0) {
      throw new IllegalStateException("an empty sample has no percentiles");
    }
    double position = p * (n - 1);
    long lower = (long) Math.floor(position);
    long upper = Math.min(lower + 1, n - 1);
    double low = valueAtRank.applyAsDouble(lower);
    double high = valueAtRank.applyAsDouble(upper);
    return low + (position - lower) * (high - low);
  }
}
