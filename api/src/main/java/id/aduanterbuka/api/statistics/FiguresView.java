package id.aduanterbuka.api.statistics;

import id.aduanterbuka.privacy.SmallCellPolicy;
import id.aduanterbuka.statistics.BacklogBucket;
import id.aduanterbuka.statistics.Interval;
import id.aduanterbuka.statistics.ResponseFigures;
import id.aduanterbuka.statistics.Summary;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of a group as published: a group of 1–9 complaints shows no counts at all ({@code
 * suppressed}), and every median, percentile, mean or rate needs at least 10 items behind it (the
 * small-cell policy); otherwise it is null. Definitions: docs/statistics.md.
 */
@Schema(name = "Figures", description = "Response figures of a group of complaints")
@JsonbNillable
public record FiguresView(
    @Schema(description = "True when the group has 1–9 complaints: counts are withheld")
        boolean suppressed,
    @Schema(description = "Complaints that count (not rejected, not unverified)", example = "1520")
        Long received,
    @Schema(description = "Rejected complaints (spam, duplicates, out of scope)") Long rejected,
    @Schema(description = "Complaints with a first agency response") Long answered,
    @Schema(description = "Complaints resolved now") Long resolved,
    @Schema(description = "Complaints open now") Long open,
    @Schema(description = "Time from receipt to first agency response") Clock firstResponse,
    @Schema(description = "Time from receipt to resolution") Clock resolution,
    @Schema(description = "Answered within the category's SLA, among decided complaints") Rate sla,
    @Schema(description = "Resolved ÷ received", example = "0.82") Double resolutionRate,
    @Schema(description = "Complaints re-routed to another agency at least once") Long rerouted,
    @Schema(description = "Complaints reopened at least once") Long reopened,
    @Schema(description = "Reopened ÷ ever resolved", example = "0.03") Double reopenRate,
    @Schema(description = "Open complaints by age in working days: 0-5, 6-14, 15-60, over-60")
        Map<String, Long> backlog,
    @Schema(description = "Citizens' ratings (1–5 stars)") Stars satisfaction) {

  /** Median, p90 and mean of one clock, in hours and in working days. */
  @Schema(name = "Clock")
  @JsonbNillable
  public record Clock(
      @Schema(description = "Complaints measured") Long n,
      @Schema(example = "26.5") Double medianHours,
      Double p90Hours,
      Double meanHours,
      @Schema(example = "1") Double medianWorkingDays,
      Double p90WorkingDays,
      Double meanWorkingDays) {}

  /** A rate with its numerator, denominator and Wilson 95 % interval. */
  @Schema(name = "Rate")
  @JsonbNillable
  public record Rate(
      @Schema(description = "Complaints whose outcome is known") Long decided,
      @Schema(description = "Of which within the SLA") Long met,
      @Schema(example = "0.91") Double rate,
      @Schema(description = "Wilson 95 % interval, lower bound") Double lower,
      @Schema(description = "Wilson 95 % interval, upper bound") Double upper) {}

  /** Ratings. */
  @Schema(name = "Stars")
  @JsonbNillable
  public record Stars(
      @Schema(description = "Complaints rated") Long n,
      @Schema(example = "4.1") Double mean,
      @Schema(description = "Ratings with 1, 2, 3, 4 and 5 stars") long[] counts) {}

  public static FiguresView of(ResponseFigures f) {
    SmallCellPolicy policy = SmallCellPolicy.DEFAULT;
    if (policy.suppresses(f.received())) {
      return new FiguresView(
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
    return new FiguresView(
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
