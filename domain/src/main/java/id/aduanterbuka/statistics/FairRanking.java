package id.aduanterbuka.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks agencies fairly: only agencies with at least {@code minimumN} decided complaints are
 * ranked, every figure carries its sample size and a 95 % interval, and agencies below the minimum
 * are listed unranked with their size only (no rate, no median: the small-cell rule). Order: SLA
 * compliance, highest first; ties by median working days to first response, fastest first.
 */
public final class FairRanking {
  public static final int DEFAULT_MINIMUM_N = 10;

  private FairRanking() {}

  /** One agency's raw material: SLA outcome counts and the histogram of response working days. */
  public record AgencySample(
      long agencyId, long slaDecided, long slaMet, Map<Integer, Long> responseWorkingDays) {
    public AgencySample {
      responseWorkingDays = Map.copyOf(responseWorkingDays);
    }
  }

  /** A line of the ranking; rates, medians and rank are null below the minimum sample. */
  public record Ranked(
      long agencyId,
      long n,
      Double slaCompliance,
      Interval slaInterval,
      Long answered,
      Double medianResponseWorkingDays,
      Interval medianInterval,
      Integer rank) {}

  public static List<Ranked> rank(List<AgencySample> samples, int minimumN) {
    if (minimumN < 1) {
      throw new IllegalArgumentException("the minimum sample is at least 1, was " + minimumN);
    }
    List<Ranked> eligible = new ArrayList<>();
    List<Ranked> small = new ArrayList<>();
    for (AgencySample s : samples) {
      double[] sorted = expand(s.responseWorkingDays());
      if (s.slaDecided() < minimumN) {
        small.add(
            new Ranked(
                s.agencyId(), s.slaDecided(), null, null, (long) sorted.length, null, null, null));
        continue;
      }
      Double median = sorted.length == 0 ? null : Summary.percentile(sorted, 0.5);
      eligible.add(
          new Ranked(
              s.agencyId(),
              s.slaDecided(),
              (double) s.slaMet() / s.slaDecided(),
              Interval.wilson(s.slaMet(), s.slaDecided()),
              (long) sorted.length,
              median,
              sorted.length == 0 ? null : Interval.ofMedian(sorted),
              null));
    }
    eligible.sort(
        Comparator.comparing(Ranked::slaCompliance, Comparator.reverseOrder())
            .thenComparing(
                r ->
                    r.medianResponseWorkingDays() == null
                        ? Double.MAX_VALUE
                        : r.medianResponseWorkingDays())
            .thenComparingLong(Ranked::agencyId));
    List<Ranked> result = new ArrayList<>();
    for (int i = 0; i < eligible.size(); i++) {
      Ranked r = eligible.get(i);
      result.add(
          new Ranked(
              r.agencyId(),
              r.n(),
              r.slaCompliance(),
              r.slaInterval(),
              r.answered(),
              r.medianResponseWorkingDays(),
              r.medianInterval(),
              i + 1));
    }
    small.sort(Comparator.comparingLong(Ranked::agencyId));
    result.addAll(small);
    return result;
  }

  private static double[] expand(Map<Integer, Long> histogram) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    double[] values = new double[Math.toIntExact(n)];
    int i = 0;
    for (Map.Entry<Integer, Long> bin : new TreeMap<>(histogram).entrySet()) {
      for (long k = 0; k < bin.getValue(); k++) {
        values[i++] = bin.getKey();
      }
    }
    return values;
  }
}
