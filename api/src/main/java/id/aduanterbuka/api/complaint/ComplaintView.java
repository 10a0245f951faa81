package id.aduanterbuka.api.complaint;

import id.aduanterbuka.publicdata.ComplaintDetail;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published complaint with its redacted text and public timeline. */
@Schema(name = "Complaint")
public record ComplaintView(
    ComplaintItem complaint,
    @Schema(description = "The redacted text as published") String text,
    @Schema(description = "The citizen's rating, 1–5 stars, if given", example = "4")
        Integer satisfaction,
    List<Step> timeline) {

  /** One step of the public timeline. */
  @Schema(name = "TimelineStep")
  public record Step(
      @Schema(example = "3") int sequence,
      @Schema(description = "Event type", example = "RESPONDED") String type,
      Instant at,
      @Schema(description = "Agency that acted, if any", example = "DPU-3374") String agency,
      String agencyName,
      @Schema(description = "Public note, redacted") String note) {}

  static ComplaintView of(ComplaintDetail d) {
    return new ComplaintView(
        ComplaintItem.of(d.summary()),
        d.text(),
        d.satisfaction(),
        d.timeline().stream()
            .map(
                e ->
                    new Step(
                        e.sequence(), e.type(), e.at(), e.agencyCode(), e.agencyName(), e.note()))
            .toList());
  }
}
