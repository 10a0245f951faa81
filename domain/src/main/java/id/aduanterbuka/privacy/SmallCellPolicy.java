package id.aduanterbuka.privacy;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The one rule for publishing statistics without identifying anyone through small groups. A
 * breakdown cell (for example region × category × month) with 1–9 complaints is shown as "&lt;10",
 * never as its exact count; zero is shown as 0 (it identifies no one). Medians, percentiles, means
 * and rates are published only for groups of at least {@link #minimumGroup()} complaints. The
 * statistics, API and portal all ask this policy rather than testing numbers themselves.
 */
public record SmallCellPolicy(int minimumGroup) {
  /** The default: cells under 10 are suppressed. */
  public static final SmallCellPolicy DEFAULT = new SmallCellPolicy(10);

  public SmallCellPolicy {
    if (minimumGroup < 2) {
      throw new IllegalArgumentException("a suppression threshold below 2 suppresses nothing");
    }
  }

  /** Is a count of this size suppressed in a breakdown? */
  public boolean suppresses(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + count);
    }
    return count > 0 && count < minimumGroup;
  }

  /** The count to publish, or empty when it must be shown as "&lt;" + threshold. */
  public OptionalLong publishableCount(long count) {
    return suppresses(count) ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /** How a count reads in a table: the number, or "&lt;10". */
  public String display(long count) {
    return suppresses(count) ? "<" + minimumGroup : Long.toString(count);
  }

  /** May a median, percentile, mean or rate computed over {@code n} items be published? */
  public boolean allowsSummaryOver(long n) {
    return n >= minimumGroup;
  }

  /** {@code value} if it was computed over enough items, else empty. */
  public OptionalDouble publishableSummary(double value, long n) {
    return allowsSummaryOver(n) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }
}
