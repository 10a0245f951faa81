package id.aduanterbuka.intake;

import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.shared.InvalidValueException;
import java.time.OffsetDateTime;

/**
 * A step of a complaint's timeline as an agency's or operator's system reports it.
 *
 * @param occurredAt when it happened; null for now
 * @param note a note for the public timeline, redacted before publication
 * @param agency the agency that acted (or is routed to); an agency key's own by default
 */
public record EventSubmission(
    EventType type, OffsetDateTime occurredAt, String note, AgencyCode agency) {
  public static final int MAX_NOTE = 2000;

  public EventSubmission {
    if (type == null) {
      throw new InvalidValueException("type", "type is required, e.g. RESPONDED or RESOLVED.");
    }
    if (type == EventType.RECEIVED) {
      throw new InvalidValueException(
          "type", "RECEIVED starts a complaint: submit the complaint itself instead.");
    }
    note = ComplaintSubmission.limited("note", note, MAX_NOTE);
  }

  /** Every field, unambiguously: what the idempotency hash covers. */
  String canonical() {
    return String.join(
        "\u0000",
        type.name(),
        String.valueOf(occurredAt),
        String.valueOf(note),
        String.valueOf(agency));
  }

  /** Never the note, which may hold personal data until redacted. */
  @Override
  public String toString() {
    return "EventSubmission[type="
        + type
        + ", occurredAt="
        + occurredAt
        + ", agency="
        + agency
        + "]";
  }
}
