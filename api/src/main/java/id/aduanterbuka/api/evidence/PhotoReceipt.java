package id.aduanterbuka.api.evidence;

import id.aduanterbuka.evidence.SubmittedPhoto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a submitter learns of a stored photo: it waits for an operator's approval. */
@Schema(description = "A submitted photo, stored and waiting for review")
public record PhotoReceipt(
    @Schema(example = "42") long id,
    @Schema(
            example = "after",
            enumeration = {"before", "after"})
        String role,
    @Schema(
            example = "PENDING",
            enumeration = {"PENDING", "APPROVED", "REJECTED"})
        String status,
    @Schema(description = "Width of the stored web size", example = "1600") int width,
    @Schema(description = "Height of the stored web size", example = "1200") int height) {
  public static PhotoReceipt of(SubmittedPhoto p) {
    return new PhotoReceipt(
        p.id(),
        p.role().name().toLowerCase(java.util.Locale.ROOT),
        p.status().name(),
        p.width(),
        p.height());
  }
}
