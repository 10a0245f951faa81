package id.aduanterbuka.api.mpp;

import id.aduanterbuka.api.agency.AgencyRef;
import id.aduanterbuka.mpp.MppServiceStandardView;
import id.aduanterbuka.mpp.MppServiceView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One service with its whole service standard. */
@Schema(
    name = "MppService",
    description =
        "A service in the MPP catalogue with its service standard: requirements, procedure,"
            + " duration, fee, output and legal basis")
public record MppServiceDetails(
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
    @Schema(description = "Where to apply online, if possible", nullable = true) String onlineUrl,
    @Schema(description = "What to bring, in order") List<String> requirements,
    @Schema(description = "The steps of the service, in order") List<String> procedure,
    @Schema(
            description = "The regulations the service standard rests on",
            nullable = true,
            example = "UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018")
        String legalBasis) {

  static MppServiceDetails of(MppServiceStandardView standard) {
    MppServiceView view = standard.service();
    return new MppServiceDetails(
        view.code(),
        view.name(),
        AgencyRef.of(view.agencyCode(), view.agencyName()),
        view.mppCodes(),
        view.feeRupiah(),
        view.free(),
        ServiceDurationDetails.of(view.durationAmount(), view.durationUnit()),
        view.output(),
        view.onlineUrl(),
        standard.requirements(),
        standard.procedure(),
        standard.legalBasis());
  }
}
