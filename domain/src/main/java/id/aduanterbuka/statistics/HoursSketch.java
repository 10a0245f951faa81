package id.aduanterbuka.statistics;

import java.util.Arrays;

/**
 * The distribution of durations in hours, mergeable: the values themselves while there are at most
 * {@link #EXACT_CAPACITY} (so small groups get exact medians), then logarithmic buckets with a
 * relative accuracy of {@link #RELATIVE_ACCURACY} (DDSketch-style: every value in bucket i lies
 * within 1 % of the bucket's representative). Durations under one minute share one bucket read as
 * 30 seconds. Counts and the sum stay exact, so the mean is exact in both modes.
 */
public final class HoursSketch {
  /** Values kept as they are up to this many. */
  public static final int EXACT_CAPACITY = 128;

  /** Largest relative error of a percentile read from buckets. */
  public static final double RELATIVE_ACCURACY = 0.01;

  private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
  private static final double LOG_GAMMA = Math.log(GAMMA);
  private static final double MINUTE = 1.0 / 60;

  private double[] exact = new double[0];
  private long[] buckets;
  private int offset;
  private long n;
  private double sum;

  /** A sketch from stored form: exact values, or buckets starting at index {@code offset}. */
  public static HoursSketch of(double[] exactValues, int offset, long[] bucketCounts, double sum) {
    HoursSketch s = new HoursSketch();
    if (bucketCounts == null) {
      if (exactValues.length > EXACT_CAPACITY) {
        throw new IllegalArgumentException("more exact values than a sketch keeps");
      }
      s.exact = exactValues.clone();
      s.n = exactValues.length;
    } else {
      s.exact = null;
      s.offset = offset;
      s.buckets = bucketCounts.clone();
      s.n = Arrays.stream(bucketCounts).sum();
    }
    s.sum = sum;
    return s;
  }

  public void add(double hours) {
    double h = Math.max(0, hours);
    n++;
    sum += h;
    if (exact != null && exact.length < EXACT_CAPACITY) {
      exact = Arrays.copyOf(exact, exact.length + 1);
      exact[exact.length - 1] = h;
      return;
    }
    toBuckets();
    count(bucket(h), 1);
  }

  /**
   * Takes one value out (a complaint that changed leaves its old cell). A sketch already in buckets
   * stays in buckets even when it shrinks below the exact capacity; the next full rebuild makes it
   * exact again.
   */
  public void remove(double hours) {
    double h = Math.max(0, hours);
    if (exact != null) {
      for (int i = 0; i < exact.length; i++) {
        if (exact[i] == h) {
          exact[i] = exact[exact.length - 1];
          exact = Arrays.copyOf(exact, exact.length - 1);
          n--;
          sum -= h;
          return;
        }
      }
      throw new IllegalStateException("the sketch holds no " + h + " to remove");
    }
    int index = bucket(h) - offset;
    if (index < 0 || index >= buckets.length || buckets[index] == 0) {
      throw new IllegalStateException("the sketch holds no " + h + " to remove");
    }
    buckets[index]--;
    n--;
    sum -= h;
  }

  public void merge(HoursSketch other) {
    if (other.n == 0) {
      return;
    }
    if (exact != null
        && other.exact != null
        && exact.length + other.exact.length <= EXACT_CAPACITY) {
      double[] joined = Arrays.copyOf(exact, exact.length + other.exact.length);
      System.arraycopy(other.exact, 0, joined, exact.length, other.exact.length);
      exact = joined;
    } else {
      toBuckets();
      if (other.exact != null) {
        for (double h : other.exact) {
          count(bucket(h), 1);
        }
      } else {
        for (int i = 0; i < other.buckets.length; i++) {
          if (other.buckets[i] > 0) {
            count(other.offset + i, other.buckets[i]);
          }
        }
      }
    }
    n += other.n;
    sum += other.sum;
  }

  private void toBuckets() {
    if (exact == null) {
      return;
    }
    double[] values = exact;
    exact = null;
    buckets = new long[0];
    for (double h : values) {
      count(bucket(h), 1);
    }
  }

  private void count(int index, long k) {
    if (buckets.length == 0) {
      offset = index;
      buckets = new long[1];
    } else if (index < offset) {
      long[] grown = new long[buckets.length + offset - index];
      System.arraycopy(buckets, 0, grown, offset - index, buckets.length);
      buckets = grown;
      offset = index;
    } else if (index >= offset + buckets.length) {
      buckets = Arrays.copyOf(buckets, index - offset + 1);
    }
    buckets[index - offset] += k;
  }

  static int bucket(double hours) {
    if (hours < MINUTE) {
      return 0;
    }
    return 1 + (int) Math.floor(Math.log(hours / MINUTE) / LOG_GAMMA);
  }

  /** The value a bucket stands for: within the relative accuracy of every value in it. */
  static double representative(int bucket) {
    if (bucket == 0) {
      return MINUTE / 2;
    }
    double lower = MINUTE * Math.pow(GAMMA, bucket - 1);
    return lower * 2 * GAMMA / (GAMMA + 1);
  }

  public long n() {
    return n;
  }

  public double sum() {
    return sum;
  }

  /** The values when still exact, else null. */
  public double[] exactValues() {
    return exact == null ? null : exact.clone();
  }

  /** Index of the first stored bucket (meaningful when {@link #exactValues()} is null). */
  public int bucketOffset() {
    return offset;
  }

  /** The bucket counts from {@link #bucketOffset()}, or null while exact. */
  public long[] bucketCounts() {
    return buckets == null ? null : buckets.clone();
  }

  public boolean isExact() {
    return exact != null;
  }

  /** Median, p90 and mean: exact while exact, within the relative accuracy after. */
  public Summary summary() {
    if (n == 0) {
      return Summary.EMPTY;
    }
    if (exact != null) {
      double[] sorted = exact.clone();
      Arrays.sort(sorted);
      return new Summary(
          n, Summary.percentile(sorted, 0.5), Summary.percentile(sorted, 0.9), sum / n);
    }
    return new Summary(n, percentile(0.5), percentile(0.9), sum / n);
  }

  private double percentile(double p) {
    return Summary.percentile(n, p, this::valueAtRank);
  }

  private double valueAtRank(long rank) {
    long seen = 0;
    for (int i = 0; i < buckets.length; i++) {
      seen += buckets[i];
      if (seen > rank) {
        return representative(offset + i);
      }
    }
    throw new IllegalArgumentException("rank " + rank + " beyond " + n + " values");
  }
}
