package id.aduanterbuka.api.category;

import id.aduanterbuka.api.agency.AgencyRef;
import id.aduanterbuka.category.CategoryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report category as the API shows it. */
@Schema(
    name = "Category",
    description = "A subject of reports, its follow-up deadline and default agency")
public record CategoryDetails(
    @Schema(description = "Stable public code, used in URLs", example = "jalan-rusak") String code,
    @Schema(description = "Name in Indonesian", example = "Jalan rusak") String nameId,
    @Schema(description = "Name in English", example = "Damaged roads") String nameEn,
    @Schema(description = "COMPLAINT, ASPIRATION or INFORMATION_REQUEST", example = "COMPLAINT")
        String reportType,
    @Schema(description = "Follow-up deadline in working days", example = "14") int slaWorkingDays,
    @Schema(description = "Needs an oversight body's examination (60 working days)")
        boolean requiresOversight,
    @Schema(description = "Where reports go unless re-routed", nullable = true)
        AgencyRef defaultAgency) {

  static CategoryDetails of(CategoryView view) {
    return new CategoryDetails(
        view.code(),
        view.nameId(),
        view.nameEn(),
        view.reportType().name(),
        view.slaWorkingDays(),
        view.requiresOversight(),
        AgencyRef.of(view.defaultAgencyCode(), view.defaultAgencyName()));
  }
}
