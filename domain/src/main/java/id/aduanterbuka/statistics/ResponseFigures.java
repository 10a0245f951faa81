package id.aduanterbuka.statistics;

import id.aduanterbuka.complaint.ComplaintStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one group of complaints (an agency, a category, a month…), computed exactly from
 * their clocks. This is the definition the SQL read models must reproduce; docs/statistics.md says
 * the same in words.
 *
 * @param received complaints in the group that counted (not rejected, not unverified)
 * @param rejected complaints rejected (reported, never in the other figures)
 * @param slaDecided complaints whose SLA outcome is known: answered, or open past their SLA
 * @param slaMet answered within their category's SLA working days
 * @param rerouted complaints sent on from one agency to another at least once
 * @param reopened complaints reopened at least once
 * @param reopenedUnresolved reopened complaints not resolved again
 * @param satisfaction ratings given by citizens of counted complaints
 */
public record ResponseFigures(
    long received,
    long rejected,
    long answered,
    long resolved,
    long open,
    Summary firstResponseHours,
    Summary firstResponseWorkingDays,
    Summary resolutionHours,
    Summary resolutionWorkingDays,
    long slaDecided,
    long slaMet,
    long rerouted,
    long reopened,
    long reopenedUnresolved,
    Map<BacklogBucket, Long> backlog,
    Satisfaction satisfaction) {

  public ResponseFigures {
    backlog = Map.copyOf(backlog);
    java.util.Objects.requireNonNull(satisfaction, "satisfaction");
  }

  /** Share answered within SLA among decided complaints; null when none is decided. */
  public Double slaCompliance() {
    return slaDecided == 0 ? null : (double) slaMet / slaDecided;
  }

  /** Share of counted complaints resolved now; null for an empty group. */
  public Double resolutionRate() {
    return received == 0 ? null : (double) resolved / received;
  }

  /**
   * Share of ever-resolved complaints that were reopened; a reopened complaint not resolved again
   * was still resolved once. Null when none was ever resolved.
   */
  public Double reopenRate() {
    long everResolved = resolved + reopenedUnresolved;
    return everResolved == 0 ? null : (double) reopened / everResolved;
  }

  /** Computes every figure for {@code clocks} as of {@code asOf} (ages of open complaints). */
  public static ResponseFigures compute(
      List<ComplaintClock> clocks, WorkingCalendar calendar, Instant asOf) {
    long received = 0;
    long rejected = 0;
    long answered = 0;
    long resolved = 0;
    long open = 0;
    long slaDecided = 0;
    long slaMet = 0;
    long rerouted = 0;
    long reopened = 0;
    long reopenedUnresolved = 0;
    Map<BacklogBucket, Long> backlog = new EnumMap<>(BacklogBucket.class);
    for (BacklogBucket b : BacklogBucket.values()) {
      backlog.put(b, 0L);
    }
    double[] responseHours = new double[clocks.size()];
    double[] responseDays = new double[clocks.size()];
    double[] resolutionHours = new double[clocks.size()];
    double[] resolutionDays = new double[clocks.size()];
    int responses = 0;
    int resolutions = 0;
    long[] ratings = new long[Satisfaction.STARS];
    for (ComplaintClock c : clocks) {
      if (!c.counts()) {
        rejected += c.status() == ComplaintStatus.REJECTED ? 1 : 0;
        continue;
      }
      received++;
      if (c.satisfaction() != null) {
        ratings[c.satisfaction() - 1]++;
      }
      rerouted += c.reroutes() > 0 ? 1 : 0;
      reopened += c.reopened() ? 1 : 0;
      reopenedUnresolved += c.reopened() && !c.isResolved() ? 1 : 0;
      if (c.isAnswered()) {
        answered++;
        int days = calendar.workingDaysBetween(c.receivedAt(), c.firstResponseAt());
        responseHours[responses] = hours(c.receivedAt(), c.firstResponseAt());
        responseDays[responses++] = days;
        slaDecided++;
        slaMet += days <= c.slaWorkingDays() ? 1 : 0;
      } else if (calendar.workingDaysBetween(c.receivedAt(), asOf) > c.slaWorkingDays()) {
        slaDecided++;
      }
      if (c.isResolved()) {
        resolved++;
        resolutionHours[resolutions] = hours(c.receivedAt(), c.resolvedAt());
        resolutionDays[resolutions++] = calendar.workingDaysBetween(c.receivedAt(), c.resolvedAt());
      }
      if (c.status().isOpen()) {
        open++;
        backlog.merge(
            BacklogBucket.of(calendar.workingDaysBetween(c.receivedAt(), asOf)), 1L, Long::sum);
      }
    }
    return new ResponseFigures(
        received,
        rejected,
        answered,
        resolved,
        open,
        Summary.of(Arrays.copyOf(responseHours, responses)),
        Summary.of(Arrays.copyOf(responseDays, responses)),
        Summary.of(Arrays.copyOf(resolutionHours, resolutions)),
        Summary.of(Arrays.copyOf(resolutionDays, resolutions)),
        slaDecided,
        slaMet,
        rerouted,
        reopened,
        reopenedUnresolved,
        backlog,
        new Satisfaction(ratings));
  }

  static double hours(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds() / 3600.0;
  }
}
