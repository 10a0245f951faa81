package id.aduanterbuka.complaint;

import java.util.EnumSet;
import java.util.Set;

/** What can happen to a complaint; each event moves it to a {@link ComplaintStatus}. */
public enum EventType {
  RECEIVED(ComplaintStatus.RECEIVED, false, false),
  VERIFIED(ComplaintStatus.VERIFIED, false, false),
  ROUTED(ComplaintStatus.ROUTED, true, false),
  RESPONDED(ComplaintStatus.RESPONDED, true, true),
  IN_PROGRESS(ComplaintStatus.IN_PROGRESS, true, true),
  RESOLVED(ComplaintStatus.RESOLVED, true, true),
  CLOSED(ComplaintStatus.CLOSED, false, false),
  REJECTED(ComplaintStatus.REJECTED, false, false),
  REOPENED(ComplaintStatus.ROUTED, false, false);

  private final ComplaintStatus resultingStatus;
  private final boolean requiresAgency;
  private final boolean agencyResponse;

  EventType(ComplaintStatus resultingStatus, boolean requiresAgency, boolean agencyResponse) {
    this.resultingStatus = resultingStatus;
    this.requiresAgency = requiresAgency;
    this.agencyResponse = agencyResponse;
  }

  public ComplaintStatus resultingStatus() {
    return resultingStatus;
  }

  /** Must the event name the agency that acted (routed to, answered, resolved)? */
  public boolean requiresAgency() {
    return requiresAgency;
  }

  /** Does this event count as the agency answering (stops the first-response clock)? */
  public boolean isAgencyResponse() {
    return agencyResponse;
  }

  /** The statuses in which this event may happen; RECEIVED only starts a complaint. */
  public Set<ComplaintStatus> allowedFrom() {
    return switch (this) {
      case RECEIVED -> EnumSet.noneOf(ComplaintStatus.class);
      case VERIFIED -> EnumSet.of(ComplaintStatus.RECEIVED);
      case ROUTED ->
          EnumSet.of(
              ComplaintStatus.RECEIVED,
              ComplaintStatus.VERIFIED,
              ComplaintStatus.ROUTED,
              ComplaintStatus.RESPONDED,
              ComplaintStatus.IN_PROGRESS);
      case RESPONDED, IN_PROGRESS, RESOLVED ->
          EnumSet.of(
              ComplaintStatus.ROUTED, ComplaintStatus.RESPONDED, ComplaintStatus.IN_PROGRESS);
      case CLOSED -> EnumSet.of(ComplaintStatus.RESOLVED);
      case REJECTED ->
          EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED, ComplaintStatus.ROUTED);
      case REOPENED -> EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED);
    };
  }
}
