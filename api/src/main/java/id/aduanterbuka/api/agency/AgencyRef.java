package id.aduanterbuka.api.agency;

import id.aduanterbuka.agency.AgencyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency referred to from another payload (a category, an MPP, a service). */
@Schema(
    name = "AgencyRef",
    description = "An agency by code and name; /api/v1/agencies/{code} has the rest")
public record AgencyRef(
    @Schema(example = "DISDUKCAPIL-3302") String code,
    @Schema(example = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas") String name) {

  /** The reference, or null when there is no agency. */
  public static AgencyRef of(AgencyCode code, String name) {
    return code == null ? null : new AgencyRef(code.value(), name);
  }
}
