package id.aduanterbuka.statistics;

/** Age of an open complaint in working days since receipt. */
public enum BacklogBucket {
  UP_TO_5(0, 5),
  FROM_6_TO_14(6, 14),
  FROM_15_TO_60(15, 60),
  OVER_60(61, Integer.MAX_VALUE);

  private final int from;
  private final int to;

  BacklogBucket(int from, int to) {
    this.from = from;
    this.to = to;
  }

  public static BacklogBucket of(int workingDays) {
    for (BacklogBucket b : values()) {
      if (workingDays >= b.from && workingDays <= b.to) {
        return b;
      }
    }
    throw new IllegalArgumentException("negative age " + workingDays);
  }
}
