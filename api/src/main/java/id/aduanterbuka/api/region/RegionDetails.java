package id.aduanterbuka.api.region;

import id.aduanterbuka.region.RegionView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as the API shows it. */
@Schema(name = "Region", description = "A province, regency/city, district or village")
public record RegionDetails(
    @Schema(description = "Kemendagri code, used in URLs and filters", example = "33.74")
        String code,
    @Schema(description = "Official name without its kind", example = "Semarang") String name,
    @Schema(description = "Name as written in running text", example = "Kota Semarang")
        String displayName,
    @Schema(
            description = "PROVINSI, KABUPATEN, KOTA, KECAMATAN, KELURAHAN or DESA",
            example = "KOTA")
        String kind,
    @Schema(description = "PROVINCE, REGENCY, DISTRICT or VILLAGE", example = "REGENCY")
        String level,
    @Schema(description = "Code of the region one level up; null for a province", example = "33")
        String parentCode) {

  static RegionDetails of(RegionView view) {
    return new RegionDetails(
        view.code().value(),
        view.name(),
        view.displayName(),
        view.kind().name(),
        view.level().name(),
        view.parentCode() == null ? null : view.parentCode().value());
  }
}
