package id.aduanterbuka.api.intake;

import id.aduanterbuka.api.evidence.PhotoReceipt;
import id.aduanterbuka.intake.IntakeReceipt;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an intake write did; a retry with the same Idempotency-Key gets the same result. */
@Schema(name = "IntakeResult", description = "The complaint written and its state afterwards")
public record IntakeResult(
    @Schema(description = "Public reference of the complaint", example = "ADU-2026-0020001")
        String reference,
    @Schema(
            description = "The public view of the complaint",
            example = "/api/v1/complaints/ADU-2026-0020001")
        String location,
    @Schema(description = "Lifecycle status after the write", example = "ROUTED") String status,
    @Schema(
            description =
                "PUBLISHED, or PENDING_REVIEW when the redactor flagged the text for an operator",
            example = "PUBLISHED")
        String publication,
    @Schema(description = "Position in the timeline of the event written", example = "2")
        int eventSequence,
    @Schema(description = "Type of the event written", example = "ROUTED") String eventType,
    @Schema(
            description = "The note was not published: the redactor could not clear it",
            example = "false")
        boolean noteWithheld,
    @Schema(
            description =
                "The complaint was already here under this sourceSystem and sourceId: nothing was"
                    + " written, and this describes that complaint (status 200 instead of 201)",
            example = "false")
        boolean existing,
    @Schema(
            description =
                "The photos sent with the event, in the order sent, each waiting for review; empty"
                    + " without photos")
        List<PhotoReceipt> photos) {

  static IntakeResult of(IntakeReceipt receipt, String location) {
    return new IntakeResult(
        receipt.reference().value(),
        location,
        receipt.status().name(),
        receipt.publication().name(),
        receipt.eventSequence(),
        receipt.eventType().name(),
        receipt.noteWithheld(),
        receipt.existing(),
        receipt.photos().stream().map(PhotoReceipt::of).toList());
  }
}
