package id.aduanterbuka.intake;

import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.privacy.Publication;

/**
 * What an intake write did, as stored for replays of the same idempotency key.
 *
 * @param eventSequence the position of the event written last in the timeline
 * @param noteWithheld the event's note was not published: the redactor saw a residual risk in it
 * @param replayed answered from the idempotency record, nothing was written this time
 */
public record IntakeReceipt(
    ComplaintReference reference,
    ComplaintStatus status,
    Publication publication,
    int eventSequence,
    EventType eventType,
    boolean noteWithheld,
    boolean replayed) {
  public IntakeReceipt asReplay() {
    return new IntakeReceipt(
        reference, status, publication, eventSequence, eventType, noteWithheld, true);
  }
}
