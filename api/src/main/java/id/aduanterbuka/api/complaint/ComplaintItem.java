package id.aduanterbuka.api.complaint;

import id.aduanterbuka.publicdata.ComplaintSummary;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published complaint in a list. */
@Schema(name = "ComplaintItem", description = "A published, redacted complaint")
public record ComplaintItem(
    @Schema(description = "Public reference", example = "LG-2024-0001234") String reference,
    @Schema(description = "When the complaint was received (UTC)") Instant receivedAt,
    @Schema(description = "Lifecycle status", example = "RESOLVED") String status,
    @Schema(description = "Channel the complaint came in through", example = "WHATSAPP")
        String channel,
    @Schema(description = "Category code", example = "jalan-rusak") String category,
    @Schema(description = "Category name in Indonesian") String categoryNameId,
    @Schema(description = "Category name in English") String categoryNameEn,
    @Schema(description = "Kemendagri code of the place concerned", example = "33.74.01")
        String region,
    @Schema(description = "Name of that place") String regionName,
    @Schema(description = "Agencies the complaint is with now") List<AgencyRef> agencies,
    @Schema(description = "First agency response, if any") Instant firstResponseAt,
    @Schema(description = "Resolution, if resolved now") Instant resolvedAt,
    @Schema(description = "Start of the redacted text") String excerpt) {

  /** An agency by code and name. */
  @Schema(name = "AgencyRef")
  public record AgencyRef(
      @Schema(example = "DPU-3374") String code,
      @Schema(example = "Dinas Pekerjaan Umum") String name) {}

  /**
   * JSON-B (Yasson) puts every object it writes into a hash set to detect cycles, so a record's
   * generated hashCode — all thirteen components, the excerpt and the agency list included — ran
   * twice per item: a fifth of the execution samples of a JFR profile of the list (1M complaints;
   * under wrk without the profiler the gain was within this VM's noise). The reference identifies
   * the complaint; equal items have equal references, so equals stays whole.
   */
  @Override
  public int hashCode() {
    return reference == null ? 0 : reference.hashCode();
  }

  static ComplaintItem of(ComplaintSummary s) {
    return new ComplaintItem(
        s.reference(),
        s.receivedAt(),
        s.status(),
        s.channel(),
        s.categoryCode(),
        s.categoryNameId(),
        s.categoryNameEn(),
        s.regionCode(),
        s.regionName(),
        s.agencies().stream().map(a -> new AgencyRef(a.code(), a.name())).toList(),
        s.firstResponseAt(),
        s.resolvedAt(),
        s.excerpt());
  }
}
