package id.aduanterbuka.statistics;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact distribution of non-negative whole numbers (working days): a count per value. Adding
 * and merging lose nothing, so medians, percentiles and means read from a merged histogram equal
 * those of the values themselves ({@link Summary} definitions).
 */
public final class IntHistogram {
  private long[] counts;
  private long n;
  private long sum;

  public IntHistogram() {
    this.counts = new long[0];
  }

  /** A histogram from stored counts: {@code counts[v]} values equal to {@code v}. */
  public static IntHistogram of(long[] counts) {
    IntHistogram h = new IntHistogram();
    h.counts = counts.clone();
    for (int v = 0; v < counts.length; v++) {
      if (counts[v] < 0) {
        throw new IllegalArgumentException("a count cannot be negative: " + counts[v]);
      }
      h.n += counts[v];
      h.sum += v * counts[v];
    }
    return h;
  }

  public void add(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("a histogram of working days holds no " + value);
    }
    grow(value + 1);
    counts[value]++;
    n++;
    sum += value;
  }

  /** Takes one occurrence of {@code value} out (a complaint that changed leaves its old cell). */
  public void remove(int value) {
    if (value < 0 || value >= counts.length || counts[value] == 0) {
      throw new IllegalStateException("the histogram holds no " + value + " to remove");
    }
    counts[value]--;
    n--;
    sum -= value;
  }

  public void merge(IntHistogram other) {
    grow(other.counts.length);
    for (int v = 0; v < other.counts.length; v++) {
      counts[v] += other.counts[v];
    }
    n += other.n;
    sum += other.sum;
  }

  private void grow(int length) {
    if (counts.length < length) {
      counts = Arrays.copyOf(counts, Math.max(length, counts.length * 2));
    }
  }

  public long n() {
    return n;
  }

  /** The counts up to the largest value present (trailing zeros trimmed). */
  public long[] counts() {
    int length = counts.length;
    while (length > 0 && counts[length - 1] == 0) {
      length--;
    }
    return Arrays.copyOf(counts, length);
  }

  /** Value → count for the values present. */
  public Map<Integer, Long> asMap() {
    Map<Integer, Long> map = new TreeMap<>();
    for (int v = 0; v < counts.length; v++) {
      if (counts[v] > 0) {
        map.put(v, counts[v]);
      }
    }
    return map;
  }

  /** Median, p90 and mean, exactly as {@link Summary#of} over the values. */
  public Summary summary() {
    if (n == 0) {
      return Summary.EMPTY;
    }
    return new Summary(n, percentile(0.5), percentile(0.9), (double) sum / n);
  }

  /** {@code percentile_cont(p)}: interpolates between the values at the two closest ranks. */
  public double percentile(double p) {
    return Summary.percentile(n, p, this::valueAtRank);
  }

  private int valueAtRank(long rank) {
    long seen = 0;
    for (int v = 0; v < counts.length; v++) {
      seen += counts[v];
      if (seen > rank) {
        return v;
      }
    }
    throw new IllegalArgumentException("rank " + rank + " beyond " + n + " values");
  }
}
