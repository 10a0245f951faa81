package id.aduanterbuka.statistics;

import id.aduanterbuka.complaint.IntakeChannel;

/**
 * Which complaints a figure is about; null fields do not filter. Without an agency each complaint
 * counts once, even when it is with two agencies; with one, a complaint counts for every agency it
 * is with.
 */
public record StatisticsScope(
    Long agencyId, Long categoryId, IntakeChannel channel, String regencyCode) {
  public static final StatisticsScope ALL = new StatisticsScope(null, null, null, null);

  public static StatisticsScope agency(long agencyId) {
    return new StatisticsScope(agencyId, null, null, null);
  }

  public static StatisticsScope category(long categoryId) {
    return new StatisticsScope(null, categoryId, null, null);
  }

  public static StatisticsScope channel(IntakeChannel channel) {
    return new StatisticsScope(null, null, channel, null);
  }

  public static StatisticsScope regency(String regencyCode) {
    return new StatisticsScope(null, null, null, regencyCode);
  }

  /** How many of the four filters are set. */
  public int filters() {
    int n = 0;
    n += agencyId != null ? 1 : 0;
    n += categoryId != null ? 1 : 0;
    n += channel != null ? 1 : 0;
    n += regencyCode != null ? 1 : 0;
    return n;
  }
}
