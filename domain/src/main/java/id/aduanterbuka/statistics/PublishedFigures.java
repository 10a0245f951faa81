package id.aduanterbuka.statistics;

import id.aduanterbuka.privacy.SmallCellPolicy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group's figures as they may be published, whatever the medium (API, portal, export): a group of
 * 1–9 complaints shows no counts at all ({@code suppressed}), and every median, percentile, mean or
 * rate needs at least 10 items behind it (the {@link SmallCellPolicy}); otherwise it is null. Hours
 * and rates are rounded to two decimals. Definitions: docs/statistics.md.
 *
 * @param backlog open complaints by age in working days, keyed {@code 0-5}, {@code 6-14}, {@code
 *     15-60} and {@code over-60}
 */
public record PublishedFigures(
    boolean suppressed,
    Long received,
    Long rejected,
    Long answered,
    Long resolved,
    Long open,
    Clock firstResponse,
    Clock resolution,
    Rate sla,
    Double resolutionRate,
    Long rerouted,
    Long reopened,
    Double reopenRate,
    Map<String, Long> backlog,
    Stars satisfaction) {

  /** Median, p90 and mean of one clock, in hours and in working days (null below 10 items). */
  public record Clock(
      Long n,
      Double medianHours,
      Double p90Hours,
      Double meanHours,
      Double medianWorkingDays,
      Double p90WorkingDays,
      Double meanWorkingDays) {}

  /** A rate with its numerator, denominator and Wilson 95 % interval. */
  public record Rate(Long decided, Long met, Double rate, Double lower, Double upper) {}

  /** Citizens' ratings: how many, their mean and the count per star (1–5). */
  public record Stars(Long n, Double mean, long[] counts) {}

  public static PublishedFigures of(ResponseFigures f) {
    return of(f, SmallCellPolicy.DEFAULT);
  }

  public static PublishedFigures of(ResponseFigures f, SmallCellPolicy policy) {
    if (policy.suppresses(f.received())) {
      return new PublishedFigures(
          true, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
    Map<String, Long> backlog = new LinkedHashMap<>();
    backlog.put("0-5", f.backlog().get(BacklogBucket.UP_TO_5));
    backlog.put("6-14", f.backlog().get(BacklogBucket.FROM_6_TO_14));
    backlog.put("15-60", f.backlog().get(BacklogBucket.FROM_15_TO_60));
    backlog.put("over-60", f.backlog().get(BacklogBucket.OVER_60));
    boolean rateOk = policy.allowsSummaryOver(f.slaDecided());
    Interval wilson = rateOk ? Interval.wilson(f.slaMet(), f.slaDecided()) : null;
    long everResolved = f.resolved() + f.reopenedUnresolved();
    long rated = f.satisfaction().n();
    return new PublishedFigures(
        false,
        f.received(),
        f.rejected(),
        f.answered(),
        f.resolved(),
        f.open(),
        clock(f.firstResponseHours(), f.firstResponseWorkingDays(), policy),
        clock(f.resolutionHours(), f.resolutionWorkingDays(), policy),
        new Rate(
            f.slaDecided(),
            f.slaMet(),
            rateOk ? f.slaCompliance() : null,
            wilson == null ? null : wilson.low(),
            wilson == null ? null : wilson.high()),
        policy.allowsSummaryOver(f.received()) ? f.resolutionRate() : null,
        f.rerouted(),
        f.reopened(),
        policy.allowsSummaryOver(everResolved) ? f.reopenRate() : null,
        backlog,
        new Stars(
            rated,
            policy.allowsSummaryOver(rated) ? f.satisfaction().mean() : null,
            policy.allowsSummaryOver(rated)
                ? f.satisfaction().counts()
                : Arrays.copyOf(new long[0], 0)));
  }

  private static Clock clock(Summary hours, Summary days, SmallCellPolicy policy) {
    if (!policy.allowsSummaryOver(hours.n())) {
      return new Clock(hours.n(), null, null, null, null, null, null);
    }
    return new Clock(
        hours.n(),
        round(hours.median()),
        round(hours.p90()),
        round(hours.mean()),
        days.median(),
        days.p90(),
        round(days.mean()));
  }

  private static Double round(Double v) {
    return v == null ? null : Math.round(v * 100) / 100.0;
  }
}
