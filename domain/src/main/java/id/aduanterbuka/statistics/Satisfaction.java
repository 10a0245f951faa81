package id.aduanterbuka.statistics;

import java.util.Arrays;

/**
 * Ratings citizens gave the handling of their complaint (1–5 stars, asked after resolution; most do
 * not answer). {@code counts[k]} is the number of (k+1)-star ratings.
 */
public record Satisfaction(long[] counts) {
  public static final int STARS = 5;

  public Satisfaction {
    if (counts.length != STARS) {
      throw new IllegalArgumentException("ratings are 1 to " + STARS + " stars");
    }
    counts = counts.clone();
  }

  public static Satisfaction none() {
    return new Satisfaction(new long[STARS]);
  }

  /** Number of complaints rated. */
  public long n() {
    return Arrays.stream(counts).sum();
  }

  /** Mean stars; null when nobody rated. */
  public Double mean() {
    long n = n();
    if (n == 0) {
      return null;
    }
    long stars = 0;
    for (int k = 0; k < STARS; k++) {
      stars += (k + 1) * counts[k];
    }
    return (double) stars / n;
  }

  /** Number of ratings with this many stars. */
  public long count(int stars) {
    return counts[stars - 1];
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Satisfaction s && Arrays.equals(counts, s.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "Satisfaction" + Arrays.toString(counts);
  }

  /** Validates one rating. */
  public static int checkStars(int stars) {
    if (stars < 1 || stars > STARS) {
      throw new IllegalArgumentException("a rating is 1 to " + STARS + " stars, was " + stars);
    }
    return stars;
  }
}
