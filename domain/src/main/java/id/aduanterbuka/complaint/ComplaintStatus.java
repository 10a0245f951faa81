package id.aduanterbuka.complaint;

/**
 * The lifecycle of a complaint — the single definition every statistic, filter, page and feed asks.
 *
 * <pre>
 * RECEIVED → VERIFIED → ROUTED ⇄ RESPONDED ⇄ IN_PROGRESS → RESOLVED → CLOSED
 *     └──────────┴─────────┴→ REJECTED          REOPENED: RESOLVED/CLOSED → ROUTED
 * </pre>
 */
public enum ComplaintStatus {
  /** Arrived, not yet checked by the admin; may still contain anything — never public. */
  RECEIVED(false, true, false),
  /** Checked as a genuine report, publishable text prepared; waiting to be routed. */
  VERIFIED(true, true, false),
  /** With one or more agencies, who have not answered yet (or it was re-routed or reopened). */
  ROUTED(true, true, false),
  /** An agency gave a first answer. */
  RESPONDED(true, true, false),
  /** An agency reports work under way. */
  IN_PROGRESS(true, true, false),
  /** The agency reports the problem solved. */
  RESOLVED(true, false, true),
  /** Closed after resolution (reporter agreed or the confirmation period ran out). */
  CLOSED(true, false, true),
  /** Not a report the government can act on (spam, duplicate, out of scope): never public. */
  REJECTED(false, false, false);

  private final boolean isPublic;
  private final boolean open;
  private final boolean resolved;

  ComplaintStatus(boolean isPublic, boolean open, boolean resolved) {
    this.isPublic = isPublic;
    this.open = open;
    this.resolved = resolved;
  }

  /** May a complaint in this status be shown on the portal, API and exports? */
  public boolean isPublic() {
    return isPublic;
  }

  /** Is someone still expected to act (counts in backlog)? */
  public boolean isOpen() {
    return open;
  }

  /** Does the complaint count as resolved in resolution rates and times? */
  public boolean countsAsResolved() {
    return resolved;
  }

  /** Can an event of this type happen to a complaint in this status? */
  public boolean allows(EventType event) {
    return event.allowedFrom().contains(this);
  }

  /** The status after {@code event}, or an exception naming the forbidden transition. */
  public ComplaintStatus after(EventType event) {
    if (!allows(event)) {
      throw new IllegalStateException(
          "a complaint that is "
              + this
              + " cannot be "
              + event
              + " (allowed from "
              + event.allowedFrom()
              + ")");
    }
    return event.resultingStatus();
  }
}
