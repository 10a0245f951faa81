package id.aduanterbuka.statistics;

/**
 * What the statistics keep of one complaint once its clocks are read: durations in working days and
 * hours, its SLA and what happened to it. The {@code complaint_fact} table holds exactly these (per
 * agency the complaint is with); {@link StatisticsCell} sums them.
 *
 * @param counted in response statistics (not rejected, not unverified)
 * @param responseWorkingDays working days to first response, null when unanswered
 * @param resolutionWorkingDays working days to resolution, null unless resolved now
 * @param satisfaction the citizen's rating, 1–5 stars, or null
 */
public record ComplaintFact(
    boolean counted,
    boolean rejected,
    Integer responseWorkingDays,
    Double responseHours,
    Integer resolutionWorkingDays,
    Double resolutionHours,
    int slaWorkingDays,
    boolean rerouted,
    boolean reopened,
    Integer satisfaction) {

  /** The fact of a complaint's clock, working days counted with {@code calendar}. */
  public static ComplaintFact of(ComplaintClock c, WorkingCalendar calendar) {
    return new ComplaintFact(
        c.counts(),
        c.status() == id.aduanterbuka.complaint.ComplaintStatus.REJECTED,
        c.isAnswered() ? calendar.workingDaysBetween(c.receivedAt(), c.firstResponseAt()) : null,
        c.isAnswered() ? ResponseFigures.hours(c.receivedAt(), c.firstResponseAt()) : null,
        c.isResolved() ? calendar.workingDaysBetween(c.receivedAt(), c.resolvedAt()) : null,
        c.isResolved() ? ResponseFigures.hours(c.receivedAt(), c.resolvedAt()) : null,
        c.slaWorkingDays(),
        c.reroutes() > 0,
        c.reopened(),
        c.satisfaction());
  }
}
