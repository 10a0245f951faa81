package id.aduanterbuka.statistics;

import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The clocks of one complaint, derived from its timeline by the one set of rules every figure uses:
 * the first-response clock runs from receipt to the first agency response (responded, in progress
 * or resolved); the resolution clock from receipt to the last resolution of a complaint that is
 * resolved now (a reopened complaint is resolved again later, or not at all).
 */
public record ComplaintClock(
    Instant receivedAt,
    ComplaintStatus status,
    Instant firstResponseAt,
    Instant resolvedAt,
    int reroutes,
    boolean reopened,
    int slaWorkingDays,
    Integer satisfaction) {

  /** One timeline event, as the statistics need it. */
  public record Event(EventType type, Instant at) {}

  public ComplaintClock {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(status, "status");
    if (satisfaction != null) {
      Satisfaction.checkStars(satisfaction);
    }
  }

  /** The same clocks with the citizen's rating (1–5 stars) or none. */
  public ComplaintClock withSatisfaction(Integer stars) {
    return new ComplaintClock(
        receivedAt, status, firstResponseAt, resolvedAt, reroutes, reopened, slaWorkingDays, stars);
  }

  /**
   * Derives the clocks from a timeline in order. {@code reroutes} counts routings that were ended
   * because the complaint was sent on to another agency.
   */
  public static ComplaintClock of(
      Instant receivedAt,
      ComplaintStatus status,
      List<Event> timeline,
      int reroutes,
      int slaWorkingDays) {
    Instant firstResponse = null;
    Instant lastResolution = null;
    boolean reopened = false;
    for (Event e : timeline) {
      if (firstResponse == null && e.type().isAgencyResponse()) {
        firstResponse = e.at();
      }
      if (e.type() == EventType.RESOLVED) {
        lastResolution = e.at();
      }
      reopened |= e.type() == EventType.REOPENED;
    }
    return new ComplaintClock(
        receivedAt,
        status,
        firstResponse,
        status.countsAsResolved() ? lastResolution : null,
        reroutes,
        reopened,
        slaWorkingDays,
        null);
  }

  /**
   * Rejected and unverified complaints are not in response statistics (nobody was asked to act).
   */
  public boolean counts() {
    return counts(status);
  }

  /** The rule above for a status: rejected and unverified complaints do not count. */
  public static boolean counts(ComplaintStatus status) {
    return status != ComplaintStatus.REJECTED && status != ComplaintStatus.RECEIVED;
  }

  public boolean isAnswered() {
    return firstResponseAt != null;
  }

  public boolean isResolved() {
    return resolvedAt != null;
  }
}
