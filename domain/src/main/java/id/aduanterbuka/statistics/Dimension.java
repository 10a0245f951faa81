package id.aduanterbuka.statistics;

/** What figures can be broken down by. */
public enum Dimension {
  AGENCY,
  CATEGORY,
  CHANNEL,
  REGENCY
}
