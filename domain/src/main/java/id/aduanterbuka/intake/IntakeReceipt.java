package id.aduanterbuka.intake;

import id.aduanterbuka.complaint.ComplaintReference;
import id.aduanterbuka.complaint.ComplaintStatus;
import id.aduanterbuka.complaint.EventType;
import id.aduanterbuka.evidence.SubmittedPhoto;
import id.aduanterbuka.privacy.Publication;
import java.util.List;

/**
 * What an intake write did, as stored for replays of the same idempotency key.
 *
 * @param eventSequence the position of the event written last in the timeline
 * @param noteWithheld the event's note was not published: the redactor saw a residual risk in it
 * @param replayed answered from the idempotency record, nothing was written this time
 * @param existing the complaint was already there under the submission's source system and id:
 *     nothing was written, and the receipt describes that complaint as it is
 * @param photos the photos sent with an event, in the order sent; empty for everything else
 */
public record IntakeReceipt(
    ComplaintReference reference,
    ComplaintStatus status,
    Publication publication,
    int eventSequence,
    EventType eventType,
    boolean noteWithheld,
    boolean replayed,
    boolean existing,
    List<SubmittedPhoto> photos) {
  public IntakeReceipt {
    photos = List.copyOf(photos);
  }

  /** A receipt for a write without photos. */
  public IntakeReceipt(
      ComplaintReference reference,
      ComplaintStatus status,
      Publication publication,
      int eventSequence,
      EventType eventType,
      boolean noteWithheld,
      boolean replayed) {
    this(
        reference,
        status,
        publication,
        eventSequence,
        eventType,
        noteWithheld,
        replayed,
        false,
        List.of());
  }

  public IntakeReceipt asReplay() {
    return new IntakeReceipt(
        reference,
        status,
        publication,
        eventSequence,
        eventType,
        noteWithheld,
        true,
        existing,
        photos);
  }
}
