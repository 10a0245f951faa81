package id.aduanterbuka.api.statistics;

import id.aduanterbuka.statistics.PublishedFigures;
import id.aduanterbuka.statistics.ResponseFigures;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of a group as the API publishes them: the JSON shape, documented for OpenAPI, of
 * {@link PublishedFigures} (the small-cell policy: a group of 1–9 complaints shows no counts, a
 * summary over fewer than 10 items is null). Definitions: docs/statistics.md.
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

  /** The published figures ({@link PublishedFigures}: small-cell policy, rounding) as JSON. */
  public static FiguresView of(ResponseFigures f) {
    PublishedFigures p = PublishedFigures.of(f);
    return new FiguresView(
        p.suppressed(),
        p.received(),
        p.rejected(),
        p.answered(),
        p.resolved(),
        p.open(),
        clock(p.firstResponse()),
        clock(p.resolution()),
        p.sla() == null
            ? null
            : new Rate(
                p.sla().decided(), p.sla().met(), p.sla().rate(), p.sla().lower(), p.sla().upper()),
        p.resolutionRate(),
        p.rerouted(),
        p.reopened(),
        p.reopenRate(),
        p.backlog(),
        p.satisfaction() == null
            ? null
            : new Stars(p.satisfaction().n(), p.satisfaction().mean(), p.satisfaction().counts()));
  }

  private static Clock clock(PublishedFigures.Clock c) {
    return c == null
        ? null
        : new Clock(
            c.n(),
            c.medianHours(),
            c.p90Hours(),
            c.meanHours(),
            c.medianWorkingDays(),
            c.p90WorkingDays(),
            c.meanWorkingDays());
  }
}
