package id.aduanterbuka.api.mpp;

import id.aduanterbuka.api.agency.AgencyRef;
import id.aduanterbuka.mpp.MppServiceView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service as the catalogue listing shows it; the detail adds its requirements and steps. */
@Schema(
    name = "MppServiceSummary",
    description = "A service in the MPP catalogue: provider, where, duration, fee and output")
public record MppServiceSummary(
    @Schema(description = "Stable public code, used in URLs", example = "disdukcapil-3302-ktp-el")
        String code,
    @Schema(example = "Perekaman dan penerbitan KTP-el") String name,
    @Schema(description = "The agency providing the service") AgencyRef agency,
    @Schema(description = "Codes of the MPPs offering it", example = "[\"MPP-3302\"]")
        List<String> mppCodes,
    @Schema(description = "Fee in rupiah; 0 means free", example = "0") long feeRupiah,
    @Schema(description = "True when there is no fee") boolean free,
    @Schema(description = "Promised completion time") ServiceDurationDetails duration,
    @Schema(description = "What the citizen receives", example = "KTP-el") String output,
    @Schema(description = "Where to apply online, if possible", nullable = true) String onlineUrl) {

  static MppServiceSummary of(MppServiceView view) {
    return new MppServiceSummary(
        view.code(),
        view.name(),
        AgencyRef.of(view.agencyCode(), view.agencyName()),
        view.mppCodes(),
        view.feeRupiah(),
        view.free(),
        ServiceDurationDetails.of(view.durationAmount(), view.durationUnit()),
        view.output(),
        view.onlineUrl());
  }
}
